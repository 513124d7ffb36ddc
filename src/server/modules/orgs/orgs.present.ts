import type { TPersonView, TUnitView } from '../../../domain/contract/orgs.js';
import type { TLanguage } from '../../../domain/languages.js';
import type { TUnitKind } from '../../../domain/units.js';
import type { TUnitRow } from './org-scope.js';
import type { people } from './orgs.table.js';

export function presentUnit(u: TUnitRow): TUnitView {
  return {
    id: u.id,
    orgId: u.orgId,
    parentId: u.parentId,
    kind: u.kind as TUnitKind,
    name: u.name,
    code: u.code,
    country: u.country,
    city: u.city,
    timeZone: u.timeZone,
  };
}

export function presentPerson(p: typeof people.$inferSelect, alternateIds: string[]): TPersonView {
  return {
    id: p.id,
    orgId: p.orgId,
    unitId: p.unitId,
    fullName: p.fullName,
    jobTitle: p.jobTitle,
    email: p.email,
    mobilePhone: p.mobilePhone,
    preferredLanguage: p.preferredLanguage as TLanguage,
    alternateIds,
    supervisorId: p.supervisorId,
  };
}
