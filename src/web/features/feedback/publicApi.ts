import { request } from '../../api/client';
import type { Answer } from '../../api/paths';

/** Calls for the customer's pages: no session, and a 401 never sends anyone to the staff login. */
export const publicApi = {
  get: <T>(path: string) => request<T>(path, { allowUnauthorized: true }),
  post: <T>(path: string, body: unknown) => request<T>(path, { method: 'POST', body, allowUnauthorized: true }),
};

export type PublicStatus = Answer<'/public/tickets/{token}'>;
export type PublicSurvey = Answer<'/public/surveys/{token}'>;

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
