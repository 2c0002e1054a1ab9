/** The customer's side of 增项: the page behind the token and the per-item answer (no login). */
import type { Db } from '../../db/client.js';
import type { PublicExtraWork } from '../../../contracts/extra-work.js';
import { AppError, notFound } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import * as repo from './extra-work.repo.js';
import { effectiveStatus, presentItem } from './extra-work.present.js';
import { decideInTx } from './decide.js';
import type { WorkOrdersApi } from '../work-orders/index.js';

export function createPublicExtraWorkService(deps: { db: Db; now: () => Date; workOrders: WorkOrdersApi }) {
  const { db, now } = deps;
  return {
    async view(token: string): Promise<PublicExtraWork> {
      const r = await repo.findByToken(db, token);
      if (!r) throw notFound('链接');
      const [items, [order], point] = await Promise.all([repo.itemsOf(db, [r.id]), repo.ordersOf(db, [r.workOrderId]), repo.pointOf(db, r.servicePointId)]);
      const shown = items.map(presentItem);
      return {
        stationName: point?.nameZh ?? '',
        stationPhone: point?.contactPhone ?? '',
        plate: order?.plate ?? '',
        vehicle: [order?.brand, order?.model].filter(Boolean).join(' '),
        workOrderNumber: order?.number ?? '',
        description: r.description,
        status: effectiveStatus(r, now()),
        expiresAt: r.tokenExpiresAt?.toISOString() ?? null,
        proposedPromisedAt: r.proposedPromisedAt?.toISOString() ?? null,
        timeZone: point?.timeZone ?? '',
        items: shown.map(({ id, kind, name, hours, qty, amountFen, decision }) => ({ id, kind, name, hours, qty, amountFen, decision })),
        totalFen: shown.reduce((s, i) => s + (i.amountFen ?? 0), 0),
      };
    },
    /** Approve or refuse each item once; an expired or already answered link is refused (409). */
    async decide(token: string, decisions: { itemId: string; decision: 'approved' | 'refused' }[]) {
      const expired = await db.transaction(async (tx) => {
        const r = await repo.findByToken(tx, token, true);
        if (!r) throw notFound('链接');
        if (r.status === 'sent' && effectiveStatus(r, now()) === 'expired') {
          const row = await repo.updateRequest(tx, r.id, r.version, { status: 'expired' }, now());
          await insertAudit(tx, null, {
            servicePointId: r.servicePointId,
            action: 'extra-work.expire',
            entityType: 'extra_work',
            entityId: r.id,
            summary: `${r.number} 链接过期`,
          });
          return !!row;
        }
        if (r.status !== 'sent') throw new AppError('ILLEGAL_TRANSITION', '此链接已确认过或已失效,如需修改请联系服务顾问', [], 'LINK_USED');
        await decideInTx(tx, deps.workOrders, null, r, { decisions, via: 'link' }, now());
        return false;
      });
      if (expired) throw new AppError('ILLEGAL_TRANSITION', '此链接已过期,请联系服务顾问重新发送', [], 'LINK_EXPIRED');
      return this.view(token);
    },
  };
}
export type PublicExtraWorkService = ReturnType<typeof createPublicExtraWorkService>;
