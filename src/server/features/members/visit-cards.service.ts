/**
 * Prepaid visit cards (次卡): a number of uses of one labor operation. A use pays one labor line of the customer's
 * order (charged 0 from then on), takes one from the card (never below 0) and is recorded in the append-only uses.
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { localDate } from '../../../domain/time/index.js';
import type { VisitCard, VisitCardCreate, VisitCardUse } from '../../../contracts/members.js';
import { AppError, notFound } from '../../http/errors.js';
import { yuan } from '../../lib/text.js';
import { insertAudit } from '../audit/index.js';
import { findCustomer } from '../customers/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { visiblePoint } from '../service-points/index.js';
import { linesOf, markLinePaidByVisitCard, workOrderInScope } from '../work-orders/index.js';
import { findLaborForCard } from './packages.repo.js';
import * as repo from './visit-cards.repo.js';

type Q = Db | Tx;
const refuse = (message: string, path = 'lineId') => new AppError('BUSINESS_RULE', message, [{ path, message }], 'VISIT_CARD_REFUSED');

export const presentVisitCard = (v: repo.VisitCardView): VisitCard => ({
  id: v.card.id,
  number: v.card.number,
  customerId: v.card.customerId,
  customerName: v.customerName,
  name: v.card.name,
  laborOperationId: v.card.laborOperationId,
  laborName: v.laborName,
  totalCount: v.card.totalCount,
  remainingCount: v.card.remainingCount,
  priceFen: v.card.priceFen,
  validTo: v.card.validTo,
  version: v.card.version,
});

export function createVisitCardService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  async function inScope(q: Q, actor: Actor, id: string) {
    const v = await repo.findVisitCard(q, id);
    if (!v) throw notFound('次卡');
    return { v, point: await visiblePoint(q, actor, v.card.servicePointId) };
  }
  return {
    async list(actor: Actor, f: { servicePointId?: string; customerId?: string }) {
      const point = await visiblePoint(db, actor, f.servicePointId);
      return { items: (await repo.listVisitCards(db, { pointId: point.id, customerId: f.customerId })).map(presentVisitCard) };
    },
    /** Sell a visit card to a customer (the price is paid at the cashier like any sale). */
    async create(actor: Actor, input: VisitCardCreate) {
      return db.transaction(async (tx) => {
        const customer = await findCustomer(tx, input.customerId);
        if (!customer) throw new AppError('VALIDATION', '客户不存在', [{ path: 'customerId', message: '客户不存在' }]);
        const point = await visiblePoint(tx, actor, customer.servicePointId);
        const op = await findLaborForCard(tx, input.laborOperationId);
        if (!op || op.servicePointId !== point.id)
          throw new AppError('VALIDATION', '工时项目不存在', [{ path: 'laborOperationId', message: '工时项目不存在' }]);
        const number = await nextDocumentNumber(tx, point, 'visitCard', now());
        const row = await repo.insertVisitCard(tx, {
          servicePointId: point.id,
          number,
          customerId: customer.id,
          name: input.name,
          laborOperationId: op.id,
          totalCount: input.totalCount,
          remainingCount: input.totalCount,
          priceFen: input.priceFen,
          validTo: input.validTo,
        });
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'visit-card.create',
          entityType: 'visit_card',
          entityId: row.id,
          summary: `${number} ${customer.name} ${input.name} ${input.totalCount} 次 ${yuan(input.priceFen)}`,
          after: row,
        });
        return presentVisitCard((await repo.findVisitCard(tx, row.id))!);
      });
    },
    /** Pay one labor line of the card holder's order with one use of the card. */
    async use(actor: Actor, id: string, input: VisitCardUse) {
      return db.transaction(async (tx) => {
        const { v, point } = await inScope(tx, actor, id);
        const w = await workOrderInScope(tx, actor, input.workOrderId, { lock: true });
        if (w.customerId !== v.card.customerId) throw refuse('次卡只能用于持卡客户的工单', 'workOrderId');
        if (['settled', 'cancelled'].includes(w.status)) throw refuse('工单已结算或已取消', 'workOrderId');
        if (await repo.hasOpenSettlement(tx, w.id)) throw refuse('工单已开具结算单;请先驳回或在开单前使用次卡', 'workOrderId');
        if (v.card.validTo && localDate(point.timeZone, now()) > v.card.validTo) throw refuse(`次卡已于 ${v.card.validTo} 过期`, 'workOrderId');
        const line = (await linesOf(tx, [w.id])).find((l) => l.id === input.lineId);
        if (!line) throw refuse('工单项目不存在');
        if (line.kind !== 'labor' || line.laborOperationId !== v.card.laborOperationId) throw refuse(`该项目不是「${v.laborName}」`);
        if (line.payer !== 'customer' || line.packageId) throw refuse('该项目不由客户付费或属于套餐');
        if (line.visitCardId) throw refuse('该项目已由次卡支付');
        const card = await repo.takeUse(tx, id, now());
        if (!card) throw refuse('次卡已用完', 'id');
        if (!(await markLinePaidByVisitCard(tx, line, id))) throw refuse('该项目已由次卡支付');
        const use = await repo.insertUse(tx, {
          visitCardId: id,
          workOrderId: w.id,
          lineId: line.id,
          remainingAfter: card.remainingCount,
          actorName: actor.displayName,
          createdAt: now(),
        });
        await insertAudit(tx, actor, {
          servicePointId: card.servicePointId,
          action: 'visit-card.use',
          entityType: 'visit_card',
          entityId: id,
          summary: `${card.number} ${w.number} ${line.name} 剩余 ${card.remainingCount} 次`,
          after: use,
        });
        return presentVisitCard((await repo.findVisitCard(tx, id))!);
      });
    },
    async uses(actor: Actor, id: string) {
      await inScope(db, actor, id);
      return {
        items: (await repo.usesOf(db, id)).map((u) => ({
          id: u.use.id,
          workOrderId: u.use.workOrderId,
          workOrderNumber: u.workOrderNumber,
          lineId: u.use.lineId,
          remainingAfter: u.use.remainingAfter,
          actorName: u.use.actorName,
          createdAt: u.use.createdAt.toISOString(),
        })),
      };
    },
  };
}
export type VisitCardService = ReturnType<typeof createVisitCardService>;
