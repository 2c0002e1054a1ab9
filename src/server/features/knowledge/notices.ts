/**
 * Notices of technical support (the bell): a difficult-case request or an appraisal tells the technical support of the
 * point that holds it — when raised, and at each level it climbs to — and tells the one who asked when it is answered.
 * Written inside the business transaction (the outbox); the dedupe keys make a retried step notify once.
 */
import type { Tx } from '../../db/client.js';
import { notify } from '../notifications/index.js';
import { supportStaffAt } from './tech-requests.repo.js';

const REQUESTS_LINK = '/tech/requests';

/** Everyone with tech.support at the point: a new request (or one passed up) waits for them. */
export async function tellSupport(tx: Tx, o: { pointId: string; title: string; body: string; link?: string; key: string }) {
  for (const employeeId of await supportStaffAt(tx, o.pointId))
    await notify(tx, {
      servicePointId: o.pointId,
      recipientEmployeeId: employeeId,
      title: o.title,
      body: o.body,
      link: o.link ?? REQUESTS_LINK,
      dedupeKey: `${o.key}:${employeeId}`,
    });
}

/** The one who asked (a user account, or the order's advisor as an employee). */
export async function tellAsker(
  tx: Tx,
  o: { pointId: string; userId?: string | null; employeeId?: string | null; title: string; body: string; link?: string; key: string },
) {
  if (!o.userId && !o.employeeId) return;
  await notify(tx, {
    servicePointId: o.pointId,
    recipientUserId: o.userId ?? null,
    recipientEmployeeId: o.userId ? null : (o.employeeId ?? null),
    title: o.title,
    body: o.body,
    link: o.link ?? REQUESTS_LINK,
    dedupeKey: o.key,
  });
}
