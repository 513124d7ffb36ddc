import { z } from 'zod';
import { ZId } from './common.js';
import { ZOrgRole } from './orgs.js';

/** A sign-in account of the organization with its roles (each at a unit, applying to its subtree). */
export const ZRoleAssignmentView = z.object({ id: ZId, role: ZOrgRole, unitId: ZId });
export type TRoleAssignmentView = z.infer<typeof ZRoleAssignmentView>;

export const ZMemberView = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  personId: ZId.nullable(),
  roles: z.array(ZRoleAssignmentView),
});
export type TMemberView = z.infer<typeof ZMemberView>;

export const ZMemberList = z.object({ items: z.array(ZMemberView), allowedActions: z.object({ manage: z.boolean() }) });

export const ZAssignRoleRequest = z.object({ userId: z.string().min(1).max(64), role: ZOrgRole, unitId: ZId }).strict();
export type TAssignRoleRequest = z.infer<typeof ZAssignRoleRequest>;

/**
 * Gives a person of the staff directory a sign-in account, with a first role. The
 * initial password is passed on to them by the coordinator; they change it after signing in.
 */
export const ZCreateMemberRequest = z
  .object({ personId: ZId, role: ZOrgRole, unitId: ZId, initialPassword: z.string().min(10).max(200) })
  .strict();
export type TCreateMemberRequest = z.infer<typeof ZCreateMemberRequest>;

export const ZRoleAssignmentRef = z.object({ orgId: ZId, assignmentId: ZId });
