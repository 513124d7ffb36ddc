import { useCodedErrorMessage } from '../../app/coded-errors.js';

const CODES: Record<string, string> = {
  'orgs.unit_cycle': 'units.errors.cycle',
  'orgs.unit_code_taken': 'units.errors.codeTaken',
  'orgs.person_email_taken': 'people.errors.emailTaken',
  'orgs.alternate_not_found': 'people.errors.alternateNotFound',
};

/** Structure is managed from one's own units downwards: a 403 says so. */
export const useOrgErrorMessage = () => useCodedErrorMessage(CODES, 'units.errors.forbiddenUnit');
