import type { TPlanStructure } from '../../../domain/contract/plan-structure.js';
import { ARRANGEMENT_KINDS, CONSULTED_FUNCTIONS, RECOVERY_PHASES } from '../../../domain/plans/plan-structure.js';

/**
 * How each list part of a plan's structure is shown and edited: one descriptor per part, so
 * one table and one editor serve them all. Labels are `planning.fields.<name>`; enumerations
 * `enums.<enumKey>.<value>`.
 */
export type TFieldKind = 'text' | 'textarea' | 'enum' | 'person' | 'persons' | 'role' | 'service' | 'dependency' | 'date' | 'number';

export interface TFieldSpec {
  name: string;
  kind: TFieldKind;
  required?: boolean;
  max?: number;
  options?: readonly string[];
  enumKey?: string;
  /** Empty means null for the server (optional references, dates, numbers, contact details). */
  nullable?: boolean;
  /** Shown in the read-only table (others only in the editor). */
  column?: boolean;
}

export type TListPartKey = Exclude<keyof TPlanStructure, 'scenarios' | 'riskIds'>;

export interface TPartSpec {
  key: TListPartKey;
  fields: TFieldSpec[];
  /** Entries carry a client-chosen id that steps and the call tree point at. */
  withId?: boolean;
  /** The part is a list of strings, edited as the single field `text`. */
  primitive?: boolean;
}

export const PART_SPECS: TPartSpec[] = [
  { key: 'criticalFunctions', fields: [{ name: 'serviceId', kind: 'service', required: true, column: true }, { name: 'note', kind: 'text', max: 1000, column: true }] },
  {
    key: 'roles',
    withId: true,
    fields: [
      { name: 'title', kind: 'text', required: true, max: 120, column: true },
      { name: 'primaryPersonId', kind: 'person', nullable: true, column: true },
      { name: 'alternatePersonIds', kind: 'persons', column: true },
      { name: 'calledByRoleId', kind: 'role', nullable: true, column: true },
      { name: 'responsibilities', kind: 'textarea', max: 2000 },
    ],
  },
  { key: 'activationCriteria', primitive: true, fields: [{ name: 'text', kind: 'text', required: true, max: 500, column: true }] },
  {
    key: 'recoverySteps',
    withId: true,
    fields: [
      { name: 'phase', kind: 'enum', options: RECOVERY_PHASES, enumKey: 'recoveryPhase', required: true },
      { name: 'who', kind: 'role', required: true, column: true },
      { name: 'does', kind: 'text', required: true, max: 300, column: true },
      { name: 'what', kind: 'textarea', max: 1000, column: true },
      { name: 'when', kind: 'text', max: 200, column: true },
      { name: 'where', kind: 'text', max: 300, column: true },
      { name: 'how', kind: 'textarea', max: 1000, column: true },
    ],
  },
  {
    key: 'resources',
    fields: [
      { name: 'name', kind: 'text', required: true, max: 200, column: true },
      { name: 'quantity', kind: 'text', max: 60, column: true },
      { name: 'location', kind: 'text', max: 300, column: true },
      { name: 'notes', kind: 'textarea', max: 1000, column: true },
    ],
  },
  {
    key: 'externalContacts',
    fields: [
      { name: 'name', kind: 'text', required: true, max: 200, column: true },
      { name: 'organization', kind: 'text', max: 200, column: true },
      { name: 'purpose', kind: 'text', max: 300, column: true },
      { name: 'phone', kind: 'text', max: 30, nullable: true, column: true },
      { name: 'email', kind: 'text', max: 320, nullable: true, column: true },
      { name: 'verifiedOn', kind: 'date', nullable: true, column: true },
    ],
  },
  {
    key: 'workingArrangements',
    fields: [
      { name: 'kind', kind: 'enum', options: ARRANGEMENT_KINDS, enumKey: 'arrangementKind', required: true, column: true },
      { name: 'description', kind: 'textarea', required: true, max: 2000, column: true },
      { name: 'location', kind: 'text', max: 300, column: true },
      { name: 'capacity', kind: 'number', nullable: true, column: true },
    ],
  },
  {
    key: 'consultations',
    fields: [
      { name: 'function', kind: 'enum', options: CONSULTED_FUNCTIONS, enumKey: 'consultedFunction', required: true, column: true },
      { name: 'consultedOn', kind: 'date', required: true, column: true },
      { name: 'withWhom', kind: 'text', required: true, max: 200, column: true },
      { name: 'notes', kind: 'textarea', max: 1000, column: true },
    ],
  },
  { key: 'ictRecoveries', fields: [{ name: 'dependencyId', kind: 'dependency', required: true, column: true }, { name: 'recoveryMinutes', kind: 'number', required: true, column: true }] },
];

export type TRow = Record<string, unknown>;

/** Form rows from the stored part. */
export function toRows(spec: TPartSpec, value: unknown[]): TRow[] {
  return spec.primitive ? value.map((text) => ({ text })) : (value as TRow[]).map((row) => ({ ...row }));
}

/** The part as the server takes it: new rows get ids, empty optional values become null. */
export function fromRows(spec: TPartSpec, rows: TRow[]): unknown[] {
  if (spec.primitive) return rows.map((r) => String(r.text ?? '').trim());
  return rows.map((row) => {
    const out: TRow = spec.withId ? { id: row.id ?? crypto.randomUUID() } : {};
    for (const f of spec.fields) {
      const v = row[f.name];
      const empty = v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
      if (f.kind === 'persons') out[f.name] = Array.isArray(v) ? v : [];
      else if (empty) out[f.name] = f.nullable ? null : f.kind === 'number' ? undefined : '';
      else out[f.name] = typeof v === 'string' ? v.trim() : v;
    }
    return out;
  });
}
