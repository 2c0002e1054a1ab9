/**
 * 代步车: the fleet and its bookings. A booking locks the car's row (FOR UPDATE, both databases) before it looks for
 * clashing bookings, so of two concurrent bookings of one car for overlapping times exactly one is stored.
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { Loaner, LoanerBooking, LoanerBookingCreate, LoanerBookingQuery, LoanerCreate, LoanerHandover } from '../../../contracts/loaners.js';
import { type BookingStatus, chargeDays, clashOf, type LoanerChargeTo, type LoanerState, returnProblems } from '../../../domain/loaners/booking.js';
import { formatLocalDateTime } from '../../../domain/time/index.js';
import { AppError, invalid, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { listPointsUnder, visiblePoint } from '../service-points/index.js';
import { workOrderInScope } from '../work-orders/index.js';
import * as repo from './loaners.repo.js';

const presentLoaner = (r: repo.LoanerRow): Loaner => ({
  id: r.id,
  servicePointId: r.servicePointId,
  plate: r.plate,
  model: r.model,
  state: r.state as LoanerState,
  dailyRateFen: r.dailyRateFen,
  mileageKm: r.mileageKm,
  note: r.note,
  version: r.version,
});

export async function presentBookings(q: Db | Tx, rows: repo.BookingRow[]): Promise<LoanerBooking[]> {
  const names = await repo.namesOf(q, rows);
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return rows.map((b) => ({
    id: b.id,
    servicePointId: b.servicePointId,
    loanerId: b.loanerId,
    plate: names.loaner.get(b.loanerId)?.plate ?? '',
    model: names.loaner.get(b.loanerId)?.model ?? '',
    customerId: b.customerId,
    customerName: names.customer.get(b.customerId) ?? '',
    workOrderId: b.workOrderId,
    workOrderNumber: b.workOrderId ? (names.order.get(b.workOrderId) ?? null) : null,
    insuranceCaseId: b.insuranceCaseId,
    startAt: b.startAt.toISOString(),
    endAt: b.endAt.toISOString(),
    status: b.status as BookingStatus,
    chargeTo: b.chargeTo as LoanerChargeTo,
    reason: b.reason,
    handedOutAt: iso(b.handedOutAt),
    mileageOut: b.mileageOut,
    fuelOutPct: b.fuelOutPct,
    damageOut: b.damageOut,
    returnedAt: iso(b.returnedAt),
    mileageIn: b.mileageIn,
    fuelInPct: b.fuelInPct,
    damageIn: b.damageIn,
    days: b.days,
    costFen: b.costFen,
    bookedByName: b.bookedByName,
    version: b.version,
  }));
}

export function createLoanersService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  const audit = (tx: Tx, actor: Actor, pointId: string, id: string, action: string, summary: string, after: unknown) =>
    insertAudit(tx, actor, { servicePointId: pointId, action: `loaners.${action}`, entityType: 'loaner_booking', entityId: id, summary, after });
  async function bookingInScope(tx: Tx, actor: Actor, id: string, version: number) {
    const b = await repo.findBooking(tx, id, true);
    if (!b) throw notFound('代步车预订');
    await visiblePoint(tx, actor, b.servicePointId);
    if (b.version !== version) throw staleVersion();
    return b;
  }
  const wrongStatus = (b: repo.BookingRow, what: string) =>
    new AppError(
      'ILLEGAL_TRANSITION',
      `预订状态为「${{ booked: '已预订', out: '使用中', returned: '已归还', cancelled: '已取消' }[b.status as BookingStatus]}」,不能${what}`,
    );
  const one = async (q: Db | Tx, b: repo.BookingRow) => (await presentBookings(q, [b]))[0];

  return {
    async fleet(actor: Actor, servicePointId?: string) {
      const points = servicePointId ? [await visiblePoint(db, actor, servicePointId)] : await listPointsUnder(db, actor.pointPath);
      return (
        await repo.listLoaners(
          db,
          points.map((p) => p.id),
        )
      ).map(presentLoaner);
    },
    async addLoaner(actor: Actor, input: LoanerCreate) {
      return db.transaction(async (tx) => {
        const point = await visiblePoint(tx, actor, input.servicePointId);
        const row = await repo.insertLoaner(tx, {
          servicePointId: point.id,
          plate: input.plate,
          model: input.model,
          dailyRateFen: input.dailyRateFen,
          mileageKm: input.mileageKm,
          note: input.note,
        });
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'loaners.create',
          entityType: 'loaner',
          entityId: row.id,
          summary: `代步车 ${row.plate}`,
          after: input,
        });
        return presentLoaner(row);
      });
    },
    /** Available, in maintenance or retired; a car that is out comes back only through its return record. */
    async setState(actor: Actor, id: string, input: { version: number; state: 'available' | 'maintenance' | 'retired' }) {
      return db.transaction(async (tx) => {
        const l = await repo.findLoaner(tx, id, true);
        if (!l) throw notFound('代步车');
        await visiblePoint(tx, actor, l.servicePointId);
        if (l.version !== input.version) throw staleVersion();
        if (l.state === 'out') throw new AppError('ILLEGAL_TRANSITION', '代步车已借出,须先办理还车');
        const row = await repo.updateLoaner(tx, l.id, { state: input.state }, now(), l.version);
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: l.servicePointId,
          action: 'loaners.state',
          entityType: 'loaner',
          entityId: l.id,
          summary: `代步车 ${l.plate} ${l.state} → ${input.state}`,
          after: input,
        });
        return presentLoaner(row);
      });
    },
    async bookings(actor: Actor, f: LoanerBookingQuery) {
      const points = f.servicePointId ? [await visiblePoint(db, actor, f.servicePointId)] : await listPointsUnder(db, actor.pointPath);
      if (f.workOrderId) await workOrderInScope(db, actor, f.workOrderId);
      const statuses = f.status?.split(',').filter(Boolean);
      return presentBookings(
        db,
        await repo.listBookings(db, {
          pointIds: points.map((p) => p.id),
          from: f.from ? new Date(f.from) : undefined,
          to: f.to ? new Date(f.to) : undefined,
          workOrderId: f.workOrderId,
          statuses,
        }),
      );
    },
    /** Loaner use of a work order (shown on the repair record: 三包 art. 17). */
    async ofWorkOrder(actor: Actor, workOrderId: string) {
      await workOrderInScope(db, actor, workOrderId);
      return presentBookings(db, await repo.listBookings(db, { pointIds: [(await workOrderInScope(db, actor, workOrderId)).servicePointId], workOrderId }));
    },
    /** Book a car for [startAt, endAt): refused (409, field loanerId) when a live booking of the car overlaps. */
    async book(actor: Actor, input: LoanerBookingCreate) {
      const startAt = new Date(input.startAt);
      const endAt = new Date(input.endAt);
      if (endAt.getTime() <= startAt.getTime()) throw invalid([{ path: 'endAt', message: '还车时间须晚于取车时间' }]);
      return db.transaction(async (tx) => {
        const l = await repo.findLoaner(tx, input.loanerId, true);
        if (!l) throw invalid([{ path: 'loanerId', message: '代步车不存在' }]);
        const point = await visiblePoint(tx, actor, l.servicePointId);
        if (l.state === 'maintenance' || l.state === 'retired')
          throw invalid([{ path: 'loanerId', message: `代步车${l.state === 'retired' ? '已停用' : '保养中'},不能预订` }]);
        const c = await repo.customerOf(tx, input.customerId);
        if (!c || c.servicePointId !== l.servicePointId) throw invalid([{ path: 'customerId', message: '客户不存在' }]);
        if (input.workOrderId) {
          const w = await workOrderInScope(tx, actor, input.workOrderId);
          if (w.customerId !== c.id) throw invalid([{ path: 'workOrderId', message: '工单不是该客户的工单' }]);
        }
        const clash = clashOf(
          (await repo.liveBookingsOf(tx, l.id)).map((b) => ({ ...b, status: b.status as BookingStatus })),
          startAt,
          endAt,
        );
        if (clash) {
          const when = `${formatLocalDateTime(point.timeZone, clash.startAt)} – ${formatLocalDateTime(point.timeZone, clash.endAt)}`;
          throw new AppError('CONFLICT', `代步车 ${l.plate} 在该时段已被预订`, [{ path: 'loanerId', message: `已被预订:${when}` }], 'LOANER_BOOKED');
        }
        const b = await repo.insertBooking(tx, {
          servicePointId: l.servicePointId,
          loanerId: l.id,
          customerId: c.id,
          workOrderId: input.workOrderId ?? null,
          insuranceCaseId: input.insuranceCaseId ?? null,
          startAt,
          endAt,
          status: 'booked',
          chargeTo: input.chargeTo,
          reason: input.reason,
          bookedByName: actor.displayName,
        });
        // The car's row moves too: a concurrent booking waiting on its lock re-reads the bookings after this one.
        await repo.updateLoaner(tx, l.id, {}, now());
        await audit(tx, actor, b.servicePointId, b.id, 'book', `代步车 ${l.plate} 预订 ${formatLocalDateTime(point.timeZone, startAt)}`, input);
        return one(tx, b);
      });
    },
    /** Handover (交车): mileage, fuel, damage, time. */
    async handOver(actor: Actor, id: string, input: LoanerHandover) {
      return db.transaction(async (tx) => {
        const b = await bookingInScope(tx, actor, id, input.version);
        if (b.status !== 'booked') throw wrongStatus(b, '交车');
        const l = (await repo.findLoaner(tx, b.loanerId, true))!;
        if (l.state !== 'available') throw new AppError('ILLEGAL_TRANSITION', `代步车 ${l.plate} 当前不可用`);
        if (input.mileageKm < l.mileageKm) throw invalid([{ path: 'mileageKm', message: `里程不能小于车辆当前里程 ${l.mileageKm} km` }]);
        const at = input.at ? new Date(input.at) : now();
        const row = await repo.updateBooking(
          tx,
          b.id,
          b.version,
          { status: 'out', handedOutAt: at, mileageOut: input.mileageKm, fuelOutPct: input.fuelPct, damageOut: input.damage },
          now(),
        );
        if (!row) throw staleVersion();
        await repo.updateLoaner(tx, l.id, { state: 'out', mileageKm: input.mileageKm }, now());
        await audit(tx, actor, b.servicePointId, b.id, 'handover', `代步车 ${l.plate} 交车 ${input.mileageKm} km 油量 ${input.fuelPct}%`, input);
        return one(tx, row);
      });
    },
    /** Return (还车): mileage, fuel, damage, time; the days and the cost (days × daily rate) are recorded. */
    async giveBack(actor: Actor, id: string, input: LoanerHandover) {
      return db.transaction(async (tx) => {
        const b = await bookingInScope(tx, actor, id, input.version);
        if (b.status !== 'out') throw wrongStatus(b, '还车');
        const l = (await repo.findLoaner(tx, b.loanerId, true))!;
        const at = input.at ? new Date(input.at) : now();
        const problems = returnProblems({ outAt: b.handedOutAt!, inAt: at, mileageOut: b.mileageOut ?? 0, mileageIn: input.mileageKm });
        if (problems.length) throw invalid(problems.map((p) => (p.path === 'returnedAt' ? { ...p, path: 'at' } : p)));
        const days = chargeDays(b.handedOutAt!, at);
        const row = await repo.updateBooking(
          tx,
          b.id,
          b.version,
          {
            status: 'returned',
            returnedAt: at,
            mileageIn: input.mileageKm,
            fuelInPct: input.fuelPct,
            damageIn: input.damage,
            days,
            costFen: days * l.dailyRateFen,
          },
          now(),
        );
        if (!row) throw staleVersion();
        await repo.updateLoaner(tx, l.id, { state: 'available', mileageKm: input.mileageKm }, now());
        await audit(tx, actor, b.servicePointId, b.id, 'return', `代步车 ${l.plate} 还车 ${days} 天 ¥${((days * l.dailyRateFen) / 100).toFixed(2)}`, input);
        return one(tx, row);
      });
    },
    async cancel(actor: Actor, id: string, version: number) {
      return db.transaction(async (tx) => {
        const b = await bookingInScope(tx, actor, id, version);
        if (b.status !== 'booked') throw wrongStatus(b, '取消');
        const row = await repo.updateBooking(tx, b.id, b.version, { status: 'cancelled' }, now());
        if (!row) throw staleVersion();
        await audit(tx, actor, b.servicePointId, b.id, 'cancel', '代步车预订取消', {});
        return one(tx, row);
      });
    },
  };
}
export type LoanersService = ReturnType<typeof createLoanersService>;
