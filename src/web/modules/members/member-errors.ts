import { useCodedErrorMessage } from '../../app/coded-errors.js';

const CODES: Record<string, string> = {
  'members.person_has_account': 'members.errors.personHasAccount',
  'users.email_taken': 'members.errors.emailTaken',
  'members.role_exists': 'members.errors.roleExists',
  'members.self_revoke': 'members.errors.selfRevoke',
};

/** Managing roles is limited to the caller's own units and those beneath them: a 403 says so. */
export const useMemberErrorMessage = () => useCodedErrorMessage(CODES, 'members.errors.forbiddenUnit');
