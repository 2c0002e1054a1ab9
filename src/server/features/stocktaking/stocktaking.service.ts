/**
 * Stocktaking (盘点): a count of some or all locations, the count sheet, entry of counted quantities, the variance at
 * moving-average cost, approval above the submitter's stock authority (待我审批 'stock-count'), and booking through
 * the parts feature. Movements during the count are reconciled, not frozen (ADR 020).
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { isWithinAuthority, refuseApproval, refusalMessage } from '../../../domain/approvals/index.js';
import { fromMilli, toMilli } from '../../../domain/parts/stock.js';
import {
  COUNT_STATUS_LABELS,
  countTotals,
  countTransition,
  isCountEditable,
  lineVariance,
  type CountAction,
  type CountStatus,
} from '../../../domain/parts/stocktaking.js';
import type { ApprovalDecision } from '../../../contracts/approvals.js';
import type { CountActionBody, CountCreate, CountEntry, StockCount, StockCountDetail } from '../../../contracts/stock-ops.js';
import { AppError, invalid, notFound, ruleBroken, staleVersion, type FieldError } from '../../http/errors.js';
import { yuan } from '../../lib/text.js';
import { findApprover, notifyApprover } from '../approvals/index.js';
import { insertAudit } from '../audit/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { inStockTx, type PartsApi } from '../parts/index.js';
import { visiblePoint } from '../service-points/index.js';
import * as repo from './stocktaking.repo.js';

type Q = Db | Tx;
const LABEL: Record<CountAction, string> = { book: '过账', escalate: '提交差异审批', approve: '审批通过并过账', reject: '退回重盘', cancel: '取消' };
const figures = (l: repo.CountLineRow) => ({ bookAtEntryMilli: l.bookAtEntryMilli, countedMilli: l.countedMilli, unitCostFen: l.unitCostFen });

export async function presentCounts(q: Q, rows: repo.CountRow[]): Promise<StockCountDetail[]> {
  const all = await repo.linesOf(
    q,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const lines = all.filter((l) => l.line.countId === r.id);
    return {
      id: r.id,
      servicePointId: r.servicePointId,
      number: r.number,
      status: r.status as CountStatus,
      allLocations: r.allLocations,
      locationCodes: [...new Set(lines.map((l) => l.locationCode))],
      note: r.note,
      varianceFen: r.varianceFen,
      createdByName: r.createdByName,
      approvedByName: r.approvedByName,
      decisionNote: r.decisionNote,
      bookedAt: r.bookedAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      version: r.version,
      totals: countTotals(lines.map((l) => figures(l.line))),
      lines: lines.map(({ line: l, ...p }) => {
        const v = lineVariance(figures(l));
        return {
          id: l.id,
          locationId: l.locationId,
          locationCode: p.locationCode,
          partId: l.partId,
          partNo: p.partNo,
          name: p.name,
          unit: p.unit,
          book: fromMilli(l.bookMilli),
          counted: l.countedMilli === null ? null : fromMilli(l.countedMilli),
          bookAtEntry: l.bookAtEntryMilli === null ? null : fromMilli(l.bookAtEntryMilli),
          variance: v ? fromMilli(v.varianceMilli) : null,
          varianceFen: v?.valueFen ?? null,
          unitCostFen: l.unitCostFen,
          countedAt: l.countedAt?.toISOString() ?? null,
          countedByName: l.countedByName,
        };
      }),
    };
  });
}
const summary = ({ lines: _l, ...c }: StockCountDetail): StockCount => c;

export function createStocktakingService(deps: { db: Db; now: () => Date; parts: () => PartsApi }) {
  const { db, now } = deps;
  const one = async (q: Q, row: repo.CountRow) => (await presentCounts(q, [row]))[0];

  async function inScope(q: Q, actor: Actor, id: string, lock = false) {
    const c = await repo.findCount(q, id, lock);
    if (!c) throw notFound('盘点单');
    const point = await visiblePoint(q, actor, c.servicePointId);
    return { c, point };
  }
  const illegal = (c: repo.CountRow, a: CountAction) =>
    new AppError('ILLEGAL_TRANSITION', `盘点单 ${c.number} 状态为「${COUNT_STATUS_LABELS[c.status as CountStatus] ?? c.status}」,不能${LABEL[a]}`);

  async function move(tx: Tx, actor: Actor, c: repo.CountRow, action: CountAction, patch: Partial<repo.CountRow>, note: string, extra = '') {
    const next = countTransition(c.status as CountStatus, action);
    if (!next) throw illegal(c, action);
    const row = await repo.updateCount(tx, c.id, c.version, { status: next, ...patch }, now());
    if (!row) throw staleVersion();
    await insertAudit(tx, actor, {
      servicePointId: c.servicePointId,
      action: `stock-count.${action}`,
      entityType: 'stock_count',
      entityId: c.id,
      summary: `${c.number} ${LABEL[action]}${extra}${note ? `:${note}` : ''}`,
      before: { status: c.status },
      after: { status: next },
    });
    return row;
  }

  /** Book every line's variance against today's stock, in part order (the stock writers' lock order); all or nothing. */
  async function book(tx: Tx, actor: Actor, c: repo.CountRow) {
    const at = now();
    const lines = (await repo.linesOf(tx, [c.id])).map((l, i) => ({ ...l, i }));
    const todo = lines
      .map((l) => ({ l, v: lineVariance(figures(l.line)) }))
      .filter((x) => x.v && x.v.varianceMilli !== 0)
      .sort((a, b) => (a.l.line.partId < b.l.line.partId ? -1 : a.l.line.partId > b.l.line.partId ? 1 : a.l.i - b.l.i));
    for (const { l, v } of todo) {
      await deps
        .parts()
        .adjustByInTx(
          tx,
          actor,
          { partId: l.line.partId, locationId: l.line.locationId, deltaMilli: v!.varianceMilli, note: c.number, source: `盘点单 ${c.number}` },
          at,
          `lines.${l.i}.counted`,
        );
      await repo.setBooked(tx, l.line.id, v!.varianceMilli);
    }
    return at;
  }

  return {
    async list(actor: Actor, f: { servicePointId?: string; status?: CountStatus; page: number; pageSize: number }) {
      const point = await visiblePoint(db, actor, f.servicePointId);
      const { rows, total } = await repo.listCounts(db, { pointId: point.id, status: f.status, limit: f.pageSize, offset: (f.page - 1) * f.pageSize });
      return { items: (await presentCounts(db, rows)).map(summary), total, page: f.page, pageSize: f.pageSize };
    },
    async get(actor: Actor, id: string) {
      return one(db, (await inScope(db, actor, id)).c);
    },
    async printData(actor: Actor, id: string) {
      const { c, point } = await inScope(db, actor, id);
      return { count: await one(db, c), point };
    },
    /** A count of the given locations (none = all): one line per stock row there, the book quantity of now. */
    async create(actor: Actor, input: CountCreate) {
      return db.transaction(async (tx) => {
        const point = await visiblePoint(tx, actor, input.servicePointId);
        const own = await repo.locationsOfPoint(tx, point.id);
        const fields: FieldError[] = [];
        input.locationIds.forEach((id, i) => {
          if (!own.some((l) => l.id === id)) fields.push({ path: `locationIds.${i}`, message: '库位不存在或不属于该网点' });
        });
        if (fields.length) throw invalid(fields);
        const ids = input.locationIds.length ? [...new Set(input.locationIds)] : own.map((l) => l.id);
        if (!ids.length) throw invalid([{ path: 'locationIds', message: '该网点还没有库位' }]);
        await repo.lockLocations(tx, ids);
        const busy = await repo.openCountsAt(tx, ids);
        if (busy.length) {
          const codes = busy.map((b) => `${own.find((l) => l.id === b.locationId)?.code}(${b.number})`);
          throw new AppError(
            'CONFLICT',
            `库位正在盘点中:${codes.join('、')}`,
            input.locationIds.flatMap((id, i) =>
              busy.some((b) => b.locationId === id) ? [{ path: `locationIds.${i}`, message: '该库位已有未完成的盘点' }] : [],
            ),
            'COUNT_IN_PROGRESS',
          );
        }
        const stock = await repo.stockAt(tx, ids);
        const at = now();
        const c = await repo.insertCount(tx, {
          servicePointId: point.id,
          number: await nextDocumentNumber(tx, point, 'stockCount', at),
          allLocations: input.locationIds.length === 0,
          note: input.note,
          createdBy: actor.userId,
          createdByName: actor.displayName,
        });
        await repo.insertLines(
          tx,
          stock.map((s) => ({
            countId: c.id,
            locationId: s.item.locationId,
            partId: s.item.partId,
            bookMilli: s.item.onHandMilli,
            unitCostFen: s.costPriceFen,
          })),
        );
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'stock-count.create',
          entityType: 'stock_count',
          entityId: c.id,
          summary: `${c.number} ${input.locationIds.length ? `${ids.length} 个库位` : '全部库位'},${stock.length} 行`,
          after: c,
        });
        return one(tx, c);
      });
    },
    /** Counted quantities (实盘数): each line remembers the book quantity at that moment, so later movements reconcile. */
    async enter(actor: Actor, id: string, input: CountEntry) {
      return db.transaction(async (tx) => {
        const { c } = await inScope(tx, actor, id, true);
        if (c.version !== input.version) throw staleVersion();
        if (!isCountEditable(c.status as CountStatus))
          throw new AppError('ILLEGAL_TRANSITION', `盘点单 ${c.number} 已${COUNT_STATUS_LABELS[c.status as CountStatus]},不能再录入`);
        const lines = new Map((await repo.linesOf(tx, [c.id])).map((l) => [l.line.id, l.line]));
        const fields: FieldError[] = [];
        input.lines.forEach((e, i) => {
          if (!lines.has(e.lineId)) fields.push({ path: `lines.${i}.lineId`, message: '不是该盘点单的行' });
        });
        if (fields.length) throw invalid(fields);
        const at = now();
        for (const e of input.lines) {
          const l = lines.get(e.lineId)!;
          const s = await repo.stockRow(tx, l.partId, l.locationId);
          await repo.setCounted(tx, l.id, {
            countedMilli: toMilli(e.counted),
            bookAtEntryMilli: s?.onHandMilli ?? 0,
            unitCostFen: s?.costPriceFen ?? l.unitCostFen,
            countedAt: at,
            countedByName: actor.displayName,
          });
        }
        const row = await repo.updateCount(tx, c.id, c.version, {}, at);
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: c.servicePointId,
          action: 'stock-count.enter',
          entityType: 'stock_count',
          entityId: c.id,
          summary: `${c.number} 录入实盘 ${input.lines.length} 行`,
          after: { lines: input.lines },
        });
        return one(tx, row);
      });
    },
    /** Submit a complete count: booked at once within the submitter's stock authority, else to 待我审批. */
    async submit(actor: Actor, id: string, body: CountActionBody) {
      return inStockTx(db, async (tx) => {
        const { c, point } = await inScope(tx, actor, id, true);
        if (c.version !== body.version) throw staleVersion();
        if (!countTransition(c.status as CountStatus, 'book')) throw illegal(c, 'book');
        const lines = await repo.linesOf(tx, [c.id]);
        const totals = countTotals(lines.map((l) => figures(l.line)));
        if (totals.uncounted > 0)
          throw ruleBroken(
            `还有 ${totals.uncounted} 行未录入实盘数量`,
            lines.flatMap((l, i) => (l.line.countedMilli === null ? [{ path: `lines.${i}.counted`, message: '请录入实盘数量' }] : [])),
            'COUNT_INCOMPLETE',
          );
        const money = `,差异 ${yuan(totals.absFen)}(盘盈 ${yuan(totals.gainFen)},盘亏 ${yuan(totals.lossFen)})`;
        if (isWithinAuthority(actor, 'stockFen', totals.absFen)) {
          const at = await book(tx, actor, c);
          return one(tx, await move(tx, actor, c, 'book', { varianceFen: totals.absFen, bookedAt: at, approvedByName: actor.displayName }, body.note, money));
        }
        const row = await move(tx, actor, c, 'escalate', { varianceFen: totals.absFen, escalatedBy: actor.userId }, body.note, money);
        const approver = await findApprover(tx, { point, key: 'stockFen', amount: totals.absFen });
        if (approver)
          await notifyApprover(tx, {
            servicePointId: point.id,
            employeeId: approver.employeeId,
            title: `盘点单 ${c.number} 差异待审批`,
            body: `差异 ${yuan(totals.absFen)},${actor.displayName} 提交`,
            dedupeKey: `count-approval:${c.id}:${row.version}`,
          });
        return one(tx, row);
      });
    },
    /** 待我审批: approve books the variance; reject sends the count back to counting. */
    async decide(actor: Actor, id: string, input: ApprovalDecision) {
      return inStockTx(db, async (tx) => {
        const { c } = await inScope(tx, actor, id, true);
        if (c.version !== input.version) throw staleVersion();
        if (c.status !== 'pending_approval') throw illegal(c, input.approve ? 'approve' : 'reject');
        const refusal = refuseApproval(actor, { key: 'stockFen', amount: c.varianceFen, requestedBy: c.escalatedBy });
        if (refusal) throw ruleBroken(refusalMessage(refusal, '盘点差异', yuan, c.varianceFen), [], refusal.code);
        if (!input.approve) return one(tx, await move(tx, actor, c, 'reject', { approvedByName: actor.displayName, decisionNote: input.note }, input.note));
        const at = await book(tx, actor, c);
        return one(tx, await move(tx, actor, c, 'approve', { bookedAt: at, approvedByName: actor.displayName, decisionNote: input.note }, input.note));
      });
    },
    async cancel(actor: Actor, id: string, body: CountActionBody) {
      return db.transaction(async (tx) => {
        const { c } = await inScope(tx, actor, id, true);
        if (c.version !== body.version) throw staleVersion();
        return one(tx, await move(tx, actor, c, 'cancel', {}, body.note));
      });
    },
    pendingOf: (pointIds: string[]) => repo.pendingApproval(db, pointIds),
  };
}
export type StocktakingService = ReturnType<typeof createStocktakingService>;
