import { and, eq, inArray, ne } from 'drizzle-orm';
import type { TUpdatePersonRequest, TUpdateUnitRequest } from '../../../domain/contract/orgs.js';
import { wouldCreateCycle } from '../../../domain/units.js';
import { inTransaction, type Ctx } from '../../context.js';
import { defineError, forbidden } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope } from './org-scope.js';
import { orgsPolicy } from './orgs.policy.js';
import { presentPerson, presentUnit } from './orgs.present.js';
import { people, personAlternates, units } from './orgs.table.js';
import { checkSupervisor } from './supervisors.js';
import { personEmailTaken, unitCodeTaken, unitNotFound } from './orgs.usecases.js';

const personNotFound = defineError({ code: 'orgs.person_not_found', status: 404, message: 'Person not found.' });
const unitCycle = defineError({ code: 'orgs.unit_cycle', status: 409, message: 'A unit cannot be moved beneath itself or one of its own units.' });
const alternateInvalid = defineError({ code: 'orgs.alternate_not_found', status: 400, message: 'An alternate must be another person of this organization.' });

/** What a person may change about themselves without a coordinator: how to reach them. */
const SELF_SERVICE_FIELDS = new Set(['mobilePhone', 'preferredLanguage']);

/** Only the fields that changed, before and after, for the audit trail. */
function changes<T extends Record<string, unknown>>(before: T, after: T) {
  const keys = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return { before: Object.fromEntries(keys.map((k) => [k, before[k]])), after: Object.fromEntries(keys.map((k) => [k, after[k]])) };
}

export async function updateUnit(ctx: Ctx, orgId: string, unitId: string, input: TUpdateUnitRequest) {
  const scope = await loadOrgScope(ctx, orgId);
  const unit = scope.unit(unitId);
  if (!unit) throw unitNotFound();
  if (!orgsPolicy.manageStructure(scope, unitId)) throw forbidden();
  if (input.parentId !== undefined && input.parentId !== unit.parentId) {
    if (!scope.unit(input.parentId)) throw unitNotFound('The new parent unit does not exist in this organization.', [{ path: 'parentId', message: 'Unknown unit' }]);
    if (!orgsPolicy.manageStructure(scope, input.parentId)) throw forbidden();
    if (unit.parentId === null || wouldCreateCycle(scope.units, unitId, input.parentId)) throw unitCycle();
  }
  if (input.code && scope.units.some((u) => u.id !== unitId && u.code.toLowerCase() === input.code!.toLowerCase())) throw unitCodeTaken();
  if (Object.keys(input).length === 0) return presentUnit(unit); // nothing to change, nothing to record
  return inTransaction(ctx, async (t) => {
    const [row] = await t.db.update(units).set(input).where(and(eq(units.id, unitId), eq(units.orgId, orgId))).returning();
    const view = presentUnit(row!);
    await audit(t, { orgId, action: 'unit.updated', entityType: 'unit', entityId: unitId, ...changes(presentUnit(unit), view) });
    return view;
  });
}

export async function updatePerson(ctx: Ctx, orgId: string, personId: string, input: TUpdatePersonRequest) {
  const scope = await loadOrgScope(ctx, orgId);
  const [person] = await ctx.db.select().from(people).where(and(eq(people.id, personId), eq(people.orgId, orgId)));
  const self = ctx.actor.personId === personId;
  if (!person || !(self || orgsPolicy.readDirectory(scope, person.unitId))) throw personNotFound();
  const selfService = self && Object.keys(input).every((k) => SELF_SERVICE_FIELDS.has(k));
  if (!selfService && !orgsPolicy.manageStructure(scope, person.unitId)) throw forbidden();
  if (input.unitId !== undefined && input.unitId !== person.unitId) {
    if (!scope.unit(input.unitId)) throw unitNotFound('The unit does not exist in this organization.', [{ path: 'unitId', message: 'Unknown unit' }]);
    if (!orgsPolicy.manageStructure(scope, input.unitId)) throw forbidden();
  }
  const { alternateIds, ...fields } = input;
  return inTransaction(ctx, async (t) => {
    if (fields.email && fields.email !== person.email) {
      const [taken] = await t.db.select({ id: people.id }).from(people).where(and(eq(people.orgId, orgId), eq(people.email, fields.email), ne(people.id, personId)));
      if (taken) throw personEmailTaken();
    }
    if (fields.supervisorId) await checkSupervisor(t.db, orgId, personId, fields.supervisorId);
    const alternatesBefore = (await t.db.select().from(personAlternates).where(eq(personAlternates.personId, personId))).sort((a, b) => a.rank - b.rank).map((a) => a.alternateId);
    if (alternateIds !== undefined) {
      const unique = [...new Set(alternateIds)];
      const found = unique.length ? await t.db.select({ id: people.id }).from(people).where(and(eq(people.orgId, orgId), inArray(people.id, unique))) : [];
      if (unique.includes(personId) || found.length !== unique.length) throw alternateInvalid(undefined, [{ path: 'body.alternateIds', message: 'Unknown person, or the person themselves' }]);
      await t.db.delete(personAlternates).where(eq(personAlternates.personId, personId));
      if (unique.length) await t.db.insert(personAlternates).values(unique.map((alternateId, rank) => ({ orgId, personId, alternateId, rank })));
    }
    const [row] = await t.db.update(people).set({ ...fields, updatedAt: ctx.clock.now() }).where(eq(people.id, personId)).returning();
    const view = presentPerson(row!, alternateIds !== undefined ? [...new Set(alternateIds)] : alternatesBefore);
    await audit(t, { orgId, action: 'person.updated', entityType: 'person', entityId: personId, ...changes(presentPerson(person, alternatesBefore), view) });
    return view;
  });
}
