import type { TUnitKind } from '../units.js';

/**
 * Alternative working arrangements by level (review Annex XIII: remote-work policies and
 * practices of the participating organizations, by headquarters, regional and field offices).
 */
export const ARRANGEMENT_LEVELS = ['headquarters', 'regional', 'field'] as const;
export type TArrangementLevel = (typeof ARRANGEMENT_LEVELS)[number];

/**
 * Annex XIII distinguishes regular telework (one or two days a week, or some days a month,
 * arranged with the supervisor) from full-time telework; organizations added flexible and
 * staggered hours, compressed weeks and telework away from the duty station.
 */
export const ARRANGEMENT_KINDS = ['regular_telework', 'full_time_telework', 'flexible_hours', 'staggered_hours', 'compressed_week', 'telework_away_from_duty_station'] as const;
export type TArrangementKind = (typeof ARRANGEMENT_KINDS)[number];

/** Annex XIII's adoption scale: widely (all staff), occasionally (some staff), certain functions only, depends on the office, not adopted. */
export const ADOPTION_LEVELS = ['widely', 'occasionally', 'certain_functions', 'depends_on_office', 'not_adopted'] as const;
export type TAdoption = (typeof ADOPTION_LEVELS)[number];

export const PERMANENCE = ['temporary', 'permanent'] as const;
export type TPermanence = (typeof PERMANENCE)[number];

/** Which Annex XIII level a unit belongs to, from its kind. */
export function levelOfUnitKind(kind: string): TArrangementLevel {
  const k = kind as TUnitKind;
  if (k === 'regional_office') return 'regional';
  if (k === 'country_office' || k === 'duty_station') return 'field';
  return 'headquarters';
}

export interface TArrangementRecord {
  id: string;
  level: TArrangementLevel;
  kind: TArrangementKind;
  adoption: TAdoption;
  permanence: TPermanence;
  effectiveFrom: string;
  effectiveTo: string | null;
}

export interface TMatrixCell {
  level: TArrangementLevel;
  kind: TArrangementKind;
  /** Null: nothing recorded in force on that day. */
  adoption: TAdoption | null;
  permanence: TPermanence | null;
  arrangementId: string | null;
}

const inForce = (r: TArrangementRecord, day: string) => r.effectiveFrom <= day && (r.effectiveTo === null || r.effectiveTo >= day);

/**
 * The Annex XIII matrix as of a day: for each kind and level, the arrangement in force (the one
 * that took effect last when periods overlap).
 */
export function arrangementMatrix(records: readonly TArrangementRecord[], day: string): TMatrixCell[] {
  return ARRANGEMENT_KINDS.flatMap((kind) =>
    ARRANGEMENT_LEVELS.map((level) => {
      const current = records
        .filter((r) => r.kind === kind && r.level === level && inForce(r, day))
        .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : a.effectiveFrom > b.effectiveFrom ? -1 : 0))[0];
      return { level, kind, adoption: current?.adoption ?? null, permanence: current?.permanence ?? null, arrangementId: current?.id ?? null };
    }),
  );
}
