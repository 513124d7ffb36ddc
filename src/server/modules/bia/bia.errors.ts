import { defineError } from '../../http/errors.js';

export const biaNotFound = defineError({ code: 'bia.not_found', status: 404, message: 'Business impact analysis not found.' });
export const serviceNotFound = defineError({ code: 'bia.service_not_found', status: 404, message: 'Service not found.' });
export const dependencyNotFound = defineError({ code: 'bia.dependency_not_found', status: 404, message: 'Dependency not found.' });
export const personNotFound = defineError({ code: 'bia.person_not_found', status: 404, message: 'Person not found in this organization.' });
export const campaignNotFound = defineError({ code: 'bia.campaign_not_found', status: 404, message: 'Campaign not found.' });
export const versionNotFound = defineError({ code: 'bia.version_not_found', status: 404, message: 'BIA version not found.' });
export const locked = defineError({
  code: 'bia.locked',
  status: 409,
  message: "This unit's BIA is submitted or approved: its services and dependencies are locked. Open a revision to change them.",
});
export const invalidTransition = defineError({ code: 'bia.invalid_transition', status: 409, message: "The unit's BIA is not in a state that allows this action." });
export const selfApproval = defineError({ code: 'bia.self_approval', status: 403, message: 'The person who submitted a BIA cannot approve it; another approver must.' });
export const incomplete = defineError({ code: 'bia.incomplete', status: 422, message: 'Complete the BIA before submitting it.' });
export const rtoExceedsMtpd = defineError({ code: 'bia.rto_exceeds_mtpd', status: 422, message: 'The recovery time objective is longer than the maximum tolerable period of disruption.' });
export const serviceLevelNotRising = defineError({ code: 'bia.service_level_not_rising', status: 422, message: 'Minimum service levels must step up over time.' });
export const unknownCategory = defineError({ code: 'bia.unknown_category', status: 422, message: "Impacts name a category or time point the organization's scale does not have." });
export const invalidScale = defineError({ code: 'bia.invalid_scale', status: 422, message: 'The impact scale is not consistent.' });
export const campaignClosed = defineError({ code: 'bia.campaign_closed', status: 409, message: 'The campaign is already closed.' });
export const campaignOutsideUnit = defineError({ code: 'bia.campaign_mismatch', status: 422, message: "The campaign does not cover this unit." });
