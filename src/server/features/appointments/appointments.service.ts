import type { Db, Tx } from '../../db/client.js';
import { can, type Actor } from '../../../domain/auth/actor.js';
import { appointmentRates, checkBooking, slotLoads, type AppointmentStatus, type WorkshopHours } from '../../../domain/appointments/capacity.js';
import { dayNumber } from '../../../domain/sla/holiday-year.js';
import { atLocalTime, usableTimeZone } from '../../../domain/time/index.js';
import { AppError, forbidden, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import { customerContactsOf, findVehicle, vehicleLabelsOf } from '../customers/index.js';
import { countTechniciansOnShift, employeeNamesOf } from '../org/index.js';
import * as repo from './appointments.repo.js';

type Q = Db | Tx;
export const DEFAULT_WORKSHOP: Omit<WorkshopHours, 'bookableShare'> & { bookableSharePct: number } = {
  hours: Object.fromEntries(
    [1, 2, 3, 4, 5, 6, 7].map((d) => [
      String(d),
      [
        { from: '08:00', to: '12:00' },
        { from: '13:00', to: '18:00' },
      ],
    ]),
  ),
  slotMinutes: 60,
  bookableSharePct: 70,
};

/** The point's workshop settings, created with the defaults on first use. */
async function workshopOf(q: Q, pointId: string, lock = false) {
  await repo.ensureWorkshopSettings(q, {
    servicePointId: pointId,
    hours: DEFAULT_WORKSHOP.hours as Record<string, { from: string; to: string }[]>,
    slotMinutes: DEFAULT_WORKSHOP.slotMinutes,
    bookableSharePct: DEFAULT_WORKSHOP.bookableSharePct,
  });
  return (await repo.findWorkshopSettings(q, pointId, lock))!;
}
/** The point's workshop opening hours per ISO weekday ("1".."7"), the defaults until the point sets its own. */
export async function workshopHoursOf(q: Q, pointId: string): Promise<Record<string, { from: string; to: string }[]>> {
  const row = await repo.findWorkshopSettings(q, pointId);
  return (
    (row?.hours as Record<string, { from: string; to: string }[]> | undefined) ?? (DEFAULT_WORKSHOP.hours as Record<string, { from: string; to: string }[]>)
  );
}
/** Technicians on shift: active holders of positions that do workshop work (rosters and leave come later). */
const techniciansOf = (q: Q, pointId: string) => countTechniciansOnShift(q, pointId);

/** Appointments (预约) against the workshop's free hours; overbooking refused unless a dispatcher confirms it. */
export function createAppointmentService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;

  async function loads(q: Q, point: { id: string }, localDate: string) {
    const w = await workshopOf(q, point.id);
    const booked = await repo.bookedOn(q, point.id, localDate);
    return slotLoads(
      { hours: w.hours, slotMinutes: w.slotMinutes, bookableShare: w.bookableSharePct / 100 },
      localDate,
      await techniciansOf(q, point.id),
      booked.map((b) => ({ start: b.slotStart, minutes: b.estimatedMinutes })),
    );
  }
  async function present(q: Q, rows: repo.AppointmentRow[]) {
    const cIds = [...new Set(rows.map((r) => r.customerId))];
    const vIds = [...new Set(rows.map((r) => r.vehicleId))];
    const eIds = [...new Set(rows.flatMap((r) => (r.advisorEmployeeId ? [r.advisorEmployeeId] : [])))];
    const [cs, vs, es] = await Promise.all([customerContactsOf(q, cIds), vehicleLabelsOf(q, vIds), employeeNamesOf(q, eIds)]);
    return rows.map((r) => ({
      id: r.id,
      servicePointId: r.servicePointId,
      customerId: r.customerId,
      customerName: cs.find((c) => c.id === r.customerId)?.name ?? '',
      customerPhone: cs.find((c) => c.id === r.customerId)?.phone ?? '',
      vehicleId: r.vehicleId,
      plate: vs.find((v) => v.id === r.vehicleId)?.plate ?? '',
      model: vs.find((v) => v.id === r.vehicleId)?.model ?? '',
      channel: r.channel,
      advisorEmployeeId: r.advisorEmployeeId,
      advisorName: es.find((e) => e.id === r.advisorEmployeeId)?.name ?? null,
      localDate: r.localDate,
      slotStart: r.slotStart,
      startAt: r.startAt.toISOString(),
      estimatedMinutes: r.estimatedMinutes,
      concern: r.concern,
      status: r.status as AppointmentStatus,
      isOverbooked: r.isOverbooked,
      arrivedAt: r.arrivedAt?.toISOString() ?? null,
      version: r.version,
    }));
  }
  async function inScope(q: Q, actor: Actor, id: string, lock = false) {
    const row = await repo.findAppointment(q, id, lock);
    if (!row) throw notFound('预约');
    await visiblePoint(q, actor, row.servicePointId);
    return row;
  }

  return {
    async availability(actor: Actor, localDate: string, servicePointId?: string) {
      const point = await visiblePoint(db, actor, servicePointId);
      return { localDate, technicians: await techniciansOf(db, point.id), slots: await loads(db, point, localDate) };
    },
    async list(actor: Actor, f: { servicePointId?: string; from: string; to: string; advisorEmployeeId?: string }) {
      const point = await visiblePoint(db, actor, f.servicePointId);
      const rows = await repo.listAppointments(db, { pointId: point.id, from: f.from, to: f.to, advisorEmployeeId: f.advisorEmployeeId });
      return present(db, rows);
    },
    async create(
      actor: Actor,
      input: {
        vehicleId: string;
        channel: string;
        advisorEmployeeId: string | null;
        localDate: string;
        slotStart: string;
        estimatedMinutes: number;
        concern: string;
        overbook: boolean;
      },
    ) {
      return db.transaction(async (tx) => {
        const v = await findVehicle(tx, input.vehicleId);
        if (!v) throw notFound('车辆');
        const point = await visiblePoint(tx, actor, v.servicePointId);
        if (dayNumber(input.localDate) === null) throw new AppError('VALIDATION', '日期无效', [{ path: 'localDate', message: '日期无效' }]);
        const startAt = atLocalTime(usableTimeZone(point.timeZone), input.localDate, input.slotStart);
        if (input.channel !== 'walk-in' && startAt.getTime() < now().getTime())
          throw new AppError('VALIDATION', '不能预约已过去的时段', [{ path: 'slotStart', message: '时段已过' }]);
        await workshopOf(tx, point.id, true); // serializes bookings of this point: no two can take the last free hour
        let overbooked = false;
        if (input.channel !== 'walk-in') {
          const check = checkBooking(await loads(tx, point, input.localDate), input.slotStart, input.estimatedMinutes);
          if (!check.ok && check.code === 'NO_SLOT') throw new AppError('VALIDATION', check.message, [{ path: 'slotStart', message: check.message }]);
          if (!check.ok) {
            if (!input.overbook) throw new AppError('BUSINESS_RULE', check.message, [{ path: 'slotStart', message: check.message }], 'OVERBOOKED');
            if (!can(actor, 'workshop.dispatch')) throw forbidden('超约须由车间主管(派工权限)确认');
            overbooked = true;
          }
        }
        const row = await repo.insertAppointment(tx, {
          servicePointId: point.id,
          customerId: v.customerId,
          vehicleId: v.id,
          channel: input.channel,
          advisorEmployeeId: input.advisorEmployeeId,
          localDate: input.localDate,
          slotStart: input.slotStart,
          startAt,
          estimatedMinutes: input.estimatedMinutes,
          concern: input.concern,
          isOverbooked: overbooked,
          ...(input.channel === 'walk-in' ? { status: 'arrived', arrivedAt: now() } : {}),
        });
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: overbooked ? 'appointment.overbook' : 'appointment.create',
          entityType: 'appointment',
          entityId: row.id,
          summary: `${v.plate} ${input.localDate} ${input.slotStart}`,
          after: row,
        });
        return (await present(tx, [row]))[0];
      });
    },
    async setStatus(actor: Actor, id: string, input: { version: number; status: 'arrived' | 'no_show' | 'cancelled'; reason: string }) {
      return db.transaction(async (tx) => {
        const before = await inScope(tx, actor, id, true);
        if (before.version !== input.version) throw staleVersion();
        if (before.status !== 'booked')
          throw new AppError(
            'ILLEGAL_TRANSITION',
            `预约状态已是「${({ arrived: '已到店', no_show: '未到店', cancelled: '已取消', booked: '已预约' } as Record<string, string>)[before.status]}」`,
          );
        if (input.status === 'no_show' && before.startAt.getTime() > now().getTime()) throw new AppError('BUSINESS_RULE', '预约时段未到,不能标记为未到店');
        const row = await repo.updateAppointment(
          tx,
          id,
          input.version,
          { status: input.status, cancelReason: input.reason, ...(input.status === 'arrived' ? { arrivedAt: now() } : {}) },
          now(),
        );
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: row.servicePointId,
          action: `appointment.${input.status}`,
          entityType: 'appointment',
          entityId: id,
          before,
          after: row,
        });
        return (await present(tx, [row]))[0];
      });
    },
    async stats(actor: Actor, f: { servicePointId?: string; from: string; to: string }) {
      const point = await visiblePoint(db, actor, f.servicePointId);
      const w = await workshopOf(db, point.id);
      // Only appointments whose slot has begun can have been kept or missed.
      const rows = (await repo.listAppointments(db, { pointId: point.id, from: f.from, to: f.to })).filter((r) => r.startAt.getTime() <= now().getTime());
      return appointmentRates(
        rows.map((r) => ({
          channel: r.channel,
          status: r.status as AppointmentStatus,
          arrivedInSlot: !!r.arrivedAt && Math.abs(r.arrivedAt.getTime() - r.startAt.getTime()) <= w.slotMinutes * 60_000,
        })),
      );
    },
  };
}
export type AppointmentService = ReturnType<typeof createAppointmentService>;
