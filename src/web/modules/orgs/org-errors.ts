import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.js';
import { useErrorMessage } from '../../app/feedback.js';

/** The server's conflicts about units and people, in the reader's language (its own messages are English only). */
const CODES: Record<string, string> = {
  'orgs.unit_cycle': 'units.errors.cycle',
  'orgs.unit_code_taken': 'units.errors.codeTaken',
  'orgs.person_email_taken': 'people.errors.emailTaken',
  'orgs.alternate_not_found': 'people.errors.alternateNotFound',
};

export function useOrgErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  const generic = useErrorMessage();
  return (error) => {
    if (error instanceof ApiError) {
      const key = CODES[error.code];
      if (key) return t(key);
      // Structure is managed from one's own units downwards.
      if (error.status === 403) return t('units.errors.forbiddenUnit');
    }
    return generic(error);
  };
}
