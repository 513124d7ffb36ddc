import { and, eq, inArray } from 'drizzle-orm';
import { LANGUAGES, type TLanguage } from '../../../domain/languages.js';
import type { Db } from '../../db/database.js';
import { user } from '../auth/auth.table.js';
import { people, roleAssignments, units } from '../orgs/orgs.table.js';

export interface TRecipient {
  email: string;
  personId: string | null;
  language: TLanguage;
}

/**
 * Who holds which role where in an organization, and a finder for the nearest holders of
 * some roles from a unit upwards (a sub-office without a focal point is covered by its
 * country office's).
 */
export async function roleDirectory(db: Db, orgId: string, roles: readonly string[]) {
  const [orgUnits, rows] = await Promise.all([
    db.select({ id: units.id, parentId: units.parentId }).from(units).where(eq(units.orgId, orgId)),
    db
      .select({ unitId: roleAssignments.unitId, role: roleAssignments.role, email: user.email, personId: people.id, personEmail: people.email, language: people.preferredLanguage })
      .from(roleAssignments)
      .innerJoin(user, eq(user.id, roleAssignments.userId))
      .leftJoin(people, and(eq(people.id, user.personId), eq(people.orgId, orgId)))
      .where(and(eq(roleAssignments.orgId, orgId), inArray(roleAssignments.role, [...roles]))),
  ]);
  const parentOf = new Map(orgUnits.map((u) => [u.id, u.parentId]));
  // The directory's address is the one people keep current; the sign-in address is the fallback.
  const holders = rows.map((r) => ({
    unitId: r.unitId,
    role: r.role,
    recipient: { email: r.personEmail ?? r.email, personId: r.personId, language: ((LANGUAGES as readonly string[]).includes(r.language ?? '') ? r.language : 'en') as TLanguage },
  }));
  return {
    /** Holders of the roles at exactly this unit. */
    at(unitId: string, wanted: readonly string[]): TRecipient[] {
      return unique(holders.filter((h) => h.unitId === unitId && wanted.includes(h.role)).map((h) => h.recipient));
    },
    nearest(unitId: string, wanted: readonly string[]): TRecipient[] {
      for (let at: string | null | undefined = unitId; at; at = parentOf.get(at)) {
        const found = holders.filter((h) => h.unitId === at && wanted.includes(h.role));
        if (found.length > 0) return unique(found.map((h) => h.recipient));
      }
      return [];
    },
  };
}

export const unique = (list: TRecipient[]) => [...new Map(list.map((r) => [r.email, r])).values()];
