/**
 * Decision notices to the station: when the manufacturer approves, rejects or returns a claim, or decides a
 * pre-authorisation or a 延返 request, the station's 索赔专员 (every holder of the position there, and the person who
 * submitted or asked, when that is someone else) get an in-app notice — inside the deciding transaction, once per
 * decision (the dedupe key carries the decided version).
 */
import type { Tx } from '../../db/client.js';
import { notify } from '../notifications/index.js';
import { claimSpecialistsAt, employeeOfUser } from './notices.repo.js';

export interface StationNotice {
  servicePointId: string;
  /** The login that submitted or asked (null when unknown). */
  askedBy: string | null;
  title: string;
  body: string;
  link: string;
  /** Unique per decision, e.g. `claim-decision:<id>:<version>`. */
  dedupeKey: string;
}

export async function noticeToStation(tx: Tx, n: StationNotice) {
  const specialists = await claimSpecialistsAt(tx, n.servicePointId);
  const base = { servicePointId: n.servicePointId, title: n.title, body: n.body, link: n.link };
  for (const employeeId of specialists) await notify(tx, { ...base, recipientEmployeeId: employeeId, dedupeKey: `${n.dedupeKey}:e:${employeeId}` });
  if (n.askedBy) {
    const employeeId = await employeeOfUser(tx, n.askedBy);
    if (!employeeId || !specialists.includes(employeeId)) await notify(tx, { ...base, recipientUserId: n.askedBy, dedupeKey: `${n.dedupeKey}:u:${n.askedBy}` });
  }
}
