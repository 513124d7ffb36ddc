import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { defineError } from '../../http/errors.js';
import { people } from './orgs.table.js';

const supervisorInvalid = defineError({
  code: 'orgs.supervisor_invalid',
  status: 400,
  message: 'The supervisor must be another person of this organization, not someone the person supervises.',
});

/**
 * Checks a person's new supervisor: someone of the same organization, and not the person
 * themselves or anyone below them, since escalation walks up the chain and must end.
 */
export async function checkSupervisor(db: Db, orgId: string, personId: string | null, supervisorId: string): Promise<void> {
  const fail = () => supervisorInvalid(undefined, [{ path: 'body.supervisorId', message: 'Unknown person, the person themselves, or someone they supervise' }]);
  const seen = new Set<string>();
  for (let at: string | null = supervisorId; at !== null; ) {
    if (at === personId || seen.has(at)) throw fail();
    seen.add(at);
    const [row]: { supervisorId: string | null }[] = await db.select({ supervisorId: people.supervisorId }).from(people).where(and(eq(people.orgId, orgId), eq(people.id, at)));
    if (!row) {
      if (at === supervisorId) throw fail();
      break;
    }
    at = row.supervisorId;
  }
}
