import { randomBytes } from 'node:crypto';
import type { TOrgRole } from '../../../domain/roles.js';
import type { Caller } from '../../../../test/fixtures.js';
import type { TestApp } from '../../../../test/harness.js';
import { actorForUser } from '../auth/actor.js';
import { createToken } from '../auth/tokens.usecases.js';
import { createUser } from '../auth/users.usecases.js';
import { people } from '../orgs/orgs.table.js';

/** A person of the directory with a sign-in account and a role at their own unit (staff by default). */
export async function staffMember(t: TestApp, orgId: string, unitId: string, options: { role?: TOrgRole; language?: string } = {}): Promise<Caller & { personId: string }> {
  const tag = randomBytes(4).toString('hex');
  const email = `staff-${tag}@people.test.example`;
  const now = t.clock.now();
  const [person] = await t.services.db.insert(people).values({ orgId, unitId, fullName: `Staff ${tag}`, email, preferredLanguage: options.language ?? 'en', createdAt: now, updatedAt: now }).returning();
  const { id } = await createUser(t.services, { email, name: `Staff ${tag}`, password: 'correct horse battery', personId: person!.id, roles: [{ orgId, role: options.role ?? 'staff', unitId }] }, 'test');
  const actor = (await actorForUser(t.services.db, id))!;
  const { token } = await createToken({ ...t.services, actor }, { name: 'test', expiresInDays: null });
  return { userId: id, token, email, personId: person!.id };
}

/** A short questionnaire: a scale, a choice and a free text. */
export const QUESTIONS = [
  { key: 'workload', kind: 'scale', text: { en: 'My workload is manageable', fr: 'Ma charge de travail est gérable', ar: 'عبء عملي يمكن التحكم فيه' }, required: true },
  { key: 'where', kind: 'choice', text: { en: 'Where do you work best?' }, options: [{ key: 'home', text: { en: 'At home' } }, { key: 'office', text: { en: 'At the office' } }] },
  { key: 'comment', kind: 'text', text: { en: 'Anything else?' } },
];
