import { defineError } from '../../http/errors.js';

export const riskNotFound = defineError({ code: 'risks.not_found', status: 404, message: 'Risk not found.' });
export const referenceTaken = defineError({ code: 'risks.reference_taken', status: 409, message: 'Another risk of the register already uses this reference.' });
export const linkedToPlan = defineError({
  code: 'risks.linked_to_plan',
  status: 409,
  message: 'A plan (draft, in review or approved) answers this risk: close the risk instead, or remove it from the plan first.',
});
export const unknownUnit = defineError({ code: 'risks.unknown_unit', status: 400, message: 'The unit is not a unit of this organization.' });
export const unknownOwner = defineError({ code: 'risks.unknown_owner', status: 400, message: 'The owner must be a person of this organization’s directory.' });
export const unknownService = defineError({ code: 'risks.unknown_service', status: 400, message: 'A linked service is not a service of this organization.' });
/** The file as a whole cannot be imported: unreadable, empty, too large, or its mapping is unusable. */
export const importUnreadable = defineError({ code: 'risks.import_unreadable', status: 422, message: 'The file cannot be read as a risk register.' });
export const importInvalid = defineError({ code: 'risks.import_invalid', status: 422, message: 'Some rows are not valid: nothing was imported.' });
