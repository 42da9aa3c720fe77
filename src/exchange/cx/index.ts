// Customer experience under OMB Circular A-11, Section 280 (docs/customer-experience.md): the operations.
export {
  loadCxCatalogue,
  validateCxFile,
  cxDataFiles,
  surveyContentHash,
  type CxCatalogue,
} from './cx-catalogue.ts';
export { cxKeysFrom, cxKeysOf, tokenHash, type CxKeys } from './cx-keys.ts';
export { registerSurveyVersions } from './register-surveys.ts';
export { createInvitations, type InvitationRun } from './create-invitations.ts';
export { respondToInvitation, type RespondInput, type RespondResult } from './respond-to-invitation.ts';
export {
  importChannelResponses,
  CHANNEL_RESPONSE_COLUMNS,
  TOUCHPOINTS_RESPONSE_COLUMNS,
} from './import-channel-responses.ts';
export { cxInvitationJob, cxInvitationJobOutline, CX_INVITATIONS_JOB } from './invitation-job.ts';
