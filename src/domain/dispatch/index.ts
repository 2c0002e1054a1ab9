/** Dispatch (派工): job states, technician eligibility, load-spreading suggestions, QC certificates and workshop measures. */
export { JOB_STATUSES, JOB_STATUS_LABELS, OPEN_JOB_STATUSES, refuseJobAction } from './job-status.js';
export type { JobAction, JobStatus } from './job-status.js';
export {
  MASTER_ONLY_CATEGORIES,
  QUALIFICATION_MARK,
  TECHNICIAN_TRADE_OF,
  TRADE_LABELS,
  certificateValid,
  eligible,
  missingCertificate,
  technicianTradeFor,
} from './eligibility.js';
export type { Eligibility, EligibilityJob, EligibilityTechnician, TechnicianCertificate } from './eligibility.js';
export { suggestAssignments } from './suggest.js';
export type { SuggestJob, SuggestResult, SuggestTechnician, Suggestion } from './suggest.js';
export { CERTIFICATE_CATEGORIES, firstTimeFix, workshopRatios } from './qc.js';
export { PAUSE_REASONS, PAUSE_REASON_LABELS, countPauses, refusePause } from './pause.js';
export type { PauseReason } from './pause.js';
