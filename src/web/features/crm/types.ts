import type { TicketDetail, TicketSummary } from '../../../contracts/tickets';

export type { TicketDetail, TicketSummary };
export type SlaClock = TicketSummary['firstResponse'];
export type TicketEvent = TicketDetail['events'][number];
export type Compensation = TicketDetail['compensations'][number];

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface EmployeeOption {
  id: string;
  name: string;
  assignments: { positionTitle: string }[];
}
export interface DepartmentOption {
  id: string;
  nameZh: string;
  nameEn: string;
}

export interface PendingCompensation {
  id: string;
  ticketId: string;
  ticketNumber: string;
  ticketTitle: string;
  amountFen: number;
  reason: string;
  requestedByName: string;
  createdAt: string;
  version: number;
}

export interface CsiRow {
  name: string;
  responses: number;
  csi: number;
}
export interface TicketStats {
  received: number;
  complaints: number;
  openCount: number;
  breachedOpen: number;
  responseCompliance: number | null;
  resolutionCompliance: number | null;
  byStatus: Record<string, number>;
  byChannel: Record<string, number>;
  backlogByDepartment: { department: string; count: number }[];
  causePareto: { cause: string; count: number; cumulativeShare: number }[];
  csi: { overall: number | null; byHandler: CsiRow[]; byDepartment: CsiRow[]; byPoint: CsiRow[] };
}

export const IMPROVEMENT_STATUSES = ['open', 'in_progress', 'done', 'reviewed'] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];
export interface ImprovementAction {
  id: string;
  causeCategory: string;
  title: string;
  description: string;
  ownerEmployeeId: string | null;
  ownerName: string | null;
  dueOn: string | null;
  status: ImprovementStatus;
  isOverdue: boolean;
  reviewNote: string;
  reviewedAt: string | null;
  version: number;
}
