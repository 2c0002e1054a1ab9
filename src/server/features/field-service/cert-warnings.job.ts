/**
 * Expiring certificates warned 30 days ahead (issue 12 item 7): run with the daily field job, each certificate still
 * valid and expiring within 30 days of the point's local date is announced once (dedupe key per certificate and
 * expiry date) to the engineer's login and to the point's 售后主管 (the ladder's supervisor titles).
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { fieldCertificates, fieldEngineers } from '../../db/schema.js';
import { expiringSoon } from '../../../domain/field/eligibility.js';
import { LADDER_TITLES } from '../../../domain/field/ladder.js';
import { daysBetween, localDate, usableTimeZone } from '../../../domain/time/index.js';
import { notify } from '../notifications/index.js';
import { holderOf, positionsOfPoints } from '../org/index.js';
import { findPoint } from '../service-points/index.js';

export const CERTIFICATE_WARNING_DAYS = 30;

/** Returns how many warnings were queued (new ones only). */
export async function warnExpiringCertificates(db: Db, at: Date) {
  const rows = await db
    .select({ c: fieldCertificates, name: fieldEngineers.name, userId: fieldEngineers.userId })
    .from(fieldCertificates)
    .innerJoin(fieldEngineers, eq(fieldEngineers.id, fieldCertificates.engineerId))
    .where(eq(fieldEngineers.active, true));
  let sent = 0;
  for (const pointId of new Set(rows.map((r) => r.c.servicePointId))) {
    await db.transaction(async (tx) => {
      const point = (await findPoint(tx, pointId))!;
      const today = localDate(usableTimeZone(point.timeZone), at);
      const due = expiringSoon(
        rows.filter((r) => r.c.servicePointId === pointId).map((r) => ({ ...r.c, engineerName: r.name, userId: r.userId })),
        today,
        CERTIFICATE_WARNING_DAYS,
      );
      if (!due.length) return;
      const positions = await positionsOfPoints(tx, [pointId]);
      const position = LADDER_TITLES.supervisor.map((t) => positions.find((p) => p.title.startsWith(t))).find(Boolean);
      const supervisor = position ? await holderOf(tx, position.id) : undefined;
      for (const c of due) {
        const title = `【证书到期提醒】${c.engineerName}「${c.skill}」证书 ${c.validUntil} 到期`;
        const body = `还有 ${daysBetween(today, c.validUntil)} 天到期;到期后不能派往该类设备,请安排复训。`;
        const key = `field-cert-expiring:${c.id}:${c.validUntil}`;
        if (
          c.userId &&
          (await notify(tx, { servicePointId: pointId, recipientUserId: c.userId, title, body, link: '/field/my-visits', dedupeKey: `${key}:engineer` }))
        )
          sent++;
        if (
          supervisor &&
          (await notify(tx, {
            servicePointId: pointId,
            recipientEmployeeId: supervisor.employeeId,
            title,
            body,
            link: '/field/board',
            dedupeKey: `${key}:supervisor`,
          }))
        )
          sent++;
      }
    });
  }
  return sent;
}
