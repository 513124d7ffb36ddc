import type { TUnitKind } from '../units.js';

/**
 * The focal-point network: each unit should have a focal point and an alternate (the review's
 * Annex V counts networks by level). Appointments are designations of people in the
 * directory, kept with their history; they are not sign-in roles.
 */
export const APPOINTMENT_KINDS = ['focal_point', 'alternate'] as const;
export type TAppointmentKind = (typeof APPOINTMENT_KINDS)[number];

export const NETWORK_LEVELS = ['headquarters', 'regional', 'country'] as const;
export type TNetworkLevel = (typeof NETWORK_LEVELS)[number];

export function networkLevel(kind: TUnitKind): TNetworkLevel {
  if (kind === 'regional_office') return 'regional';
  if (kind === 'country_office' || kind === 'duty_station') return 'country';
  return 'headquarters';
}

export interface TUnitNetworkFacts {
  kind: TUnitKind;
  hasFocalPoint: boolean;
  hasAlternate: boolean;
}

/** Per level: how many units, how many have a focal point, and how many also an alternate. */
export function networkCoverage(units: readonly TUnitNetworkFacts[]) {
  return NETWORK_LEVELS.map((level) => {
    const at = units.filter((u) => networkLevel(u.kind) === level);
    return { level, units: at.length, withFocalPoint: at.filter((u) => u.hasFocalPoint).length, withAlternate: at.filter((u) => u.hasFocalPoint && u.hasAlternate).length };
  });
}
