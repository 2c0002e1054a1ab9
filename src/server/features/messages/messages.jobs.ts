/**
 * The hourly messages job (through the job queue): from 09:00 in each point's own zone it sends the day-before
 * reminders for tomorrow's bookings and the maintenance-due reminders; each message once (kind + ref), so running
 * every hour only catches what is new. It queues its own next run.
 */
import type { Db } from '../../db/client.js';
import { addDays, formatLocalDateTime, localDate, minuteOfDay, usableTimeZone } from '../../../domain/time/index.js';
import { maintenanceDue } from '../../../domain/messages/index.js';
import { enqueue } from '../../jobs/queue.js';
import * as repo from './messages.repo.js';
import { sendCustomerMessage } from './send.js';

export const MESSAGES_QUEUE = 'customer-messages';
/** No reminder goes out before this local time. */
export const SEND_FROM_MINUTE = 9 * 60;
const HOUR_MS = 3600_000;

/** Queue the next run (idempotent per hour); the server calls it at start, each run calls it for the next hour. */
export async function scheduleMessagesJob(db: Db, at: Date) {
  const runAt = new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS + HOUR_MS);
  await enqueue(db, { queue: MESSAGES_QUEUE, runAt, dedupeKey: `${MESSAGES_QUEUE}:${runAt.toISOString()}` });
}

export function createMessagesJob(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  const send = (m: Parameters<typeof sendCustomerMessage>[1]) => db.transaction((tx) => sendCustomerMessage(tx, m));

  async function remindBookings(pointId: string, tz: string, today: string, at: Date) {
    for (const a of await repo.bookedOn(db, pointId, addDays(today, 1)))
      await send({
        servicePointId: pointId,
        customerId: a.customerId,
        kind: 'booking_reminder',
        ref: a.id,
        vars: { time: formatLocalDateTime(tz, a.startAt), plate: a.plate },
        at,
      });
  }

  async function remindMaintenance(pointId: string, today: string, tz: string, at: Date) {
    const visits = await repo.visitsOfPoint(db, pointId);
    const byCar = new Map<string, typeof visits>();
    for (const v of visits) byCar.set(v.vehicleId, [...(byCar.get(v.vehicleId) ?? []), v]);
    for (const list of byCar.values()) {
      const last = list.findLast((v) => v.type === 'maintenance');
      if (!last) continue;
      const readings = list.map((v) => ({ date: localDate(tz, v.receivedAt), km: v.km }));
      const due = maintenanceDue({ date: localDate(tz, last.receivedAt), km: last.km }, readings, today);
      if (!due) continue;
      const text =
        due.by === 'mileage'
          ? `按里程约 ${due.dueKm.toLocaleString('en-US')} km,估计已行驶至 ${due.estimatedKm?.toLocaleString('en-US')} km`
          : `按时间 ${due.dueDate}`;
      await send({
        servicePointId: pointId,
        customerId: last.customerId,
        kind: 'maintenance_due',
        ref: `${last.vehicleId}:${last.id}`,
        vars: { plate: last.plate, due: text },
        at,
      });
    }
  }

  return async function run() {
    const at = now();
    for (const p of await repo.allPoints(db)) {
      const tz = usableTimeZone(p.timeZone);
      if (minuteOfDay(tz, at) < SEND_FROM_MINUTE) continue;
      const today = localDate(tz, at);
      await remindBookings(p.id, tz, today, at);
      await remindMaintenance(p.id, today, tz, at);
    }
    await scheduleMessagesJob(db, at);
  };
}
