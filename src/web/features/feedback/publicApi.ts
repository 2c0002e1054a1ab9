import { request } from '../../api/client';
import type { TicketStatus } from '../../../domain/tickets/status';

/** Calls for the customer's pages: no session, and a 401 never sends anyone to the staff login. */
export const publicApi = {
  get: <T>(path: string) => request<T>(path, { allowUnauthorized: true }),
  post: <T>(path: string, body: unknown) => request<T>(path, { method: 'POST', body, allowUnauthorized: true }),
};

export interface PublicStatus {
  number: string;
  status: TicketStatus;
  title: string;
  receivedAt: string;
  servicePointName: string;
  events: { type: string; body: string; at: string }[];
  canConfirm: boolean;
  canEscalate: boolean;
  surveyToken: string | null;
}

export interface PublicSurvey {
  questions?: { key: string; zh: string; en: string }[];
  submitted: boolean;
  score: number | null;
}

/** Attachments the form accepts (the server checks again). */
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;
export const MAX_ATTACHMENTS = 3;

/** A problem with a chosen file, or null when it may be uploaded. */
export function attachmentProblem(f: { type: string; size: number }): 'type' | 'size' | null {
  if (!ATTACHMENT_TYPES.includes(f.type)) return 'type';
  if (f.size > MAX_ATTACHMENT_BYTES) return 'size';
  return null;
}
