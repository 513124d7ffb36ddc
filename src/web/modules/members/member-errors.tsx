import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.js';
import { useErrorMessage } from '../../app/feedback.js';

/** The server's conflicts, in the reader's language (its own messages are English only). */
const CODES: Record<string, string> = {
  'members.person_has_account': 'members.errors.personHasAccount',
  'users.email_taken': 'members.errors.emailTaken',
  'members.role_exists': 'members.errors.roleExists',
  'members.self_revoke': 'members.errors.selfRevoke',
};

export function useMemberErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  const generic = useErrorMessage();
  return (error) => {
    if (error instanceof ApiError) {
      const key = CODES[error.code];
      if (key) return t(key);
      // Managing roles is limited to the caller's own units and those beneath them.
      if (error.status === 403) return t('members.errors.forbiddenUnit');
    }
    return generic(error);
  };
}
