/** QC checklists (质检项目): the station's items per kind of work (defaults until set), and an order's items. */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { checklistFor, DEFAULT_QC_CHECKLISTS, effectiveChecklists, kindsFor, type QcChecklists } from '../../../domain/qc/checklist.js';
import type { QcChecklistSettings, QcChecklistUpdate } from '../../../contracts/qc.js';
import { staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import { workOrderInScope, type WorkOrderRow } from '../work-orders/index.js';
import * as repo from './qc-checklist.repo.js';
import { laborLinesOf } from './workshop.repo.js';

type Q = Db | Tx;
const present = (pointId: string, row: Awaited<ReturnType<typeof repo.findChecklists>>): QcChecklistSettings => ({
  servicePointId: pointId,
  version: row?.version ?? 0,
  lists: effectiveChecklists(row?.items),
  defaults: DEFAULT_QC_CHECKLISTS,
});

/** The items an order's QC answers (the point's lists, the order's type and its jobs' trades). */
export async function orderChecklist(q: Q, order: WorkOrderRow) {
  const [row, lines] = await Promise.all([repo.findChecklists(q, order.servicePointId), laborLinesOf(q, order.id)]);
  const lists: QcChecklists = effectiveChecklists(row?.items);
  const trades = lines.map((l) => l.trade);
  return { workOrderId: order.id, kinds: kindsFor(order.type, trades), items: checklistFor(lists, order.type, trades) };
}

export function createQcChecklistService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  return {
    async get(actor: Actor, servicePointId?: string): Promise<QcChecklistSettings> {
      const point = await visiblePoint(db, actor, servicePointId);
      return present(point.id, await repo.findChecklists(db, point.id));
    },
    async put(actor: Actor, input: QcChecklistUpdate): Promise<QcChecklistSettings> {
      return db.transaction(async (tx) => {
        const point = await visiblePoint(tx, actor, input.servicePointId);
        const before = await repo.findChecklists(tx, point.id, true);
        if ((before?.version ?? 0) !== input.version) throw staleVersion();
        const items = Object.fromEntries(Object.entries({ ...(before?.items ?? {}), ...input.lists }).filter(([, v]) => v !== undefined)) as Record<
          string,
          string[]
        >;
        const cleaned = effectiveChecklists(items);
        const saved = Object.fromEntries(Object.keys(items).map((k) => [k, cleaned[k as keyof QcChecklists]]));
        const row = before ? await repo.updateChecklists(tx, point.id, input.version, saved, now()) : await repo.insertChecklists(tx, point.id, saved, now());
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'qc-checklist.update',
          entityType: 'qc_checklists',
          entityId: point.id,
          summary: '修改质检项目',
          before: before?.items ?? null,
          after: saved,
        });
        return present(point.id, row);
      });
    },
    async forOrder(actor: Actor, workOrderId: string) {
      return orderChecklist(db, await workOrderInScope(db, actor, workOrderId));
    },
  };
}
export type QcChecklistService = ReturnType<typeof createQcChecklistService>;
