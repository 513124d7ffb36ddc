import { defineError } from '../../http/errors.js';

export const planNotFound = defineError({ code: 'plans.not_found', status: 404, message: 'Plan not found.' });
export const versionNotFound = defineError({ code: 'plans.version_not_found', status: 404, message: 'Plan version not found.' });
export const invalidTransition = defineError({
  code: 'plans.invalid_transition',
  status: 409,
  message: 'The plan is not in a state that allows this action.',
});
export const notEditable = defineError({ code: 'plans.not_editable', status: 409, message: 'Only a draft can be edited; open a revision of an approved plan.' });
export const selfApproval = defineError({ code: 'plans.self_approval', status: 403, message: 'The person who submitted a plan cannot approve it; another reviewer must.' });
export const incomplete = defineError({ code: 'plans.incomplete', status: 422, message: 'Complete every section before submitting the plan for review.' });
