import type { Answer } from '../../api/paths';

export type TicketDetail = Answer<'/tickets/{id}'>;
export type TicketSummary = Answer<'/tickets'>['items'][number];
export type SlaClock = TicketSummary['firstResponse'];
export type TicketEvent = TicketDetail['events'][number];
export type Compensation = TicketDetail['compensations'][number];

export type PendingCompensation = Answer<'/compensations/pending'>['items'][number];

export type TicketStats = Answer<'/ticket-stats'>;
export type CsiRow = TicketStats['csi']['byHandler'][number];

export const IMPROVEMENT_STATUSES = ['open', 'in_progress', 'done', 'reviewed'] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];
export type ImprovementAction = Answer<'/improvement-actions'>['items'][number];
