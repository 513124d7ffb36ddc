/**
 * Roles held by a user within one organization, each scoped to a unit and its subtree
 * (BRIEF: users and roles). Installation roles stand above organizations.
 */
export const ORG_ROLES = [
  'executive',
  'bc_coordinator',
  'focal_point',
  'plan_owner',
  'cmt_member',
  'risk_officer',
  'internal_auditor',
  'external_auditor',
  'oversight_committee',
  'governing_body_reader',
  'staff',
] as const;
export type TOrgRole = (typeof ORG_ROLES)[number];

export const INSTALLATION_ROLES = ['admin', 'analyst'] as const;
export type TInstallationRole = (typeof INSTALLATION_ROLES)[number];

export interface TMembership {
  orgId: string;
  role: TOrgRole;
  /** Root of the subtree the role applies to. */
  unitId: string;
}

export interface TActor {
  userId: string;
  email: string;
  name: string;
  personId: string | null;
  installationRole: TInstallationRole | null;
  memberships: TMembership[];
}

/** Every organization role but the ones named: reads better than a list of nine. */
export function rolesExcept(...excluded: TOrgRole[]): readonly TOrgRole[] {
  return ORG_ROLES.filter((role) => !excluded.includes(role));
}
