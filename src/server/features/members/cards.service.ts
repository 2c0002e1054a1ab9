/**
 * Member cards (会员卡): levels with labor and parts discounts, stored value (储值) with top-up bonus rules, spending
 * and refunds. Every money movement is one conditional balance update plus one appended ledger row, in one
 * transaction, audited; the balance never goes negative (the update's condition, then the CHECK constraint).
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { topUpBonus, type LedgerKind } from '../../../domain/members/index.js';
import type { CardRefund, CardTopUp, LedgerEntry, MemberCard, MemberLevel, MemberLevelCreate } from '../../../contracts/members.js';
import { AppError, notFound, staleVersion } from '../../http/errors.js';
import { yuan } from '../../lib/text.js';
import { insertAudit } from '../audit/index.js';
import { findCustomer } from '../customers/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { visiblePoint } from '../service-points/index.js';
import * as repo from './cards.repo.js';

type Q = Db | Tx;
const pct = (x100: number) => x100 / 100;
const x100 = (p: number) => Math.round(p * 100);

export const presentLevel = (r: repo.LevelRow): MemberLevel => ({
  id: r.id,
  name: r.name,
  laborDiscountPct: pct(r.laborDiscountPct),
  partsDiscountPct: pct(r.partsDiscountPct),
  sortOrder: r.sortOrder,
  version: r.version,
});
export const presentCard = (v: repo.CardView): MemberCard => ({
  id: v.card.id,
  servicePointId: v.card.servicePointId,
  number: v.card.number,
  customerId: v.card.customerId,
  customerName: v.customerName,
  customerPhone: v.customerPhone,
  levelId: v.card.levelId,
  levelName: v.levelName,
  laborDiscountPct: pct(v.laborDiscountPct),
  partsDiscountPct: pct(v.partsDiscountPct),
  balanceFen: v.card.balanceFen,
  isActive: v.card.isActive,
  version: v.card.version,
});
export const presentEntry = (e: repo.LedgerRow): LedgerEntry => ({
  id: e.id,
  kind: e.kind as LedgerKind,
  amountFen: e.amountFen,
  balanceAfterFen: e.balanceAfterFen,
  method: e.method,
  workOrderId: e.workOrderId,
  settlementId: e.settlementId,
  note: e.note,
  actorName: e.actorName,
  createdAt: e.createdAt.toISOString(),
});

/** One money movement on a card: the balance (never below 0) and the ledger row, audited. Refused → 422. */
export async function moveMoney(
  tx: Tx,
  actor: Actor,
  at: Date,
  m: { cardId: string; kind: LedgerKind; amountFen: number; method?: string; workOrderId?: string; settlementId?: string; note?: string },
) {
  const card = await repo.moveBalance(tx, m.cardId, m.amountFen, at);
  if (!card) {
    const view = await repo.findCardView(tx, m.cardId);
    if (view && !view.card.isActive) throw new AppError('BUSINESS_RULE', '会员卡已停用', [], 'CARD_INACTIVE');
    throw new AppError(
      'BUSINESS_RULE',
      `会员卡余额不足(余额 ${yuan(view?.card.balanceFen ?? 0)})`,
      [{ path: 'amountFen', message: '余额不足' }],
      'INSUFFICIENT_BALANCE',
    );
  }
  const entry = await repo.appendLedger(tx, {
    cardId: card.id,
    servicePointId: card.servicePointId,
    kind: m.kind,
    amountFen: m.amountFen,
    balanceAfterFen: card.balanceFen,
    method: m.method ?? '',
    workOrderId: m.workOrderId ?? null,
    settlementId: m.settlementId ?? null,
    note: m.note ?? '',
    actorUserId: actor.userId,
    actorName: actor.displayName,
    createdAt: at,
  });
  await insertAudit(tx, actor, {
    servicePointId: card.servicePointId,
    action: `member-card.${m.kind}`,
    entityType: 'member_card',
    entityId: card.id,
    summary: `${card.number} ${yuan(m.amountFen)} 余额 ${yuan(card.balanceFen)} ${m.note ?? ''}`.trim(),
    after: entry,
  });
  return { card, entry };
}

export function createCardService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  async function cardInScope(q: Q, actor: Actor, id: string) {
    const v = await repo.findCardView(q, id);
    if (!v) throw notFound('会员卡');
    await visiblePoint(q, actor, v.card.servicePointId);
    return v;
  }
  async function levelInScope(q: Q, actor: Actor, id: string) {
    const l = await repo.findLevel(q, id);
    if (!l) throw notFound('会员等级');
    await visiblePoint(q, actor, l.servicePointId);
    return l;
  }
  const levelFields = (i: Partial<MemberLevelCreate>) => ({
    ...(i.name !== undefined && { name: i.name }),
    ...(i.laborDiscountPct !== undefined && { laborDiscountPct: x100(i.laborDiscountPct) }),
    ...(i.partsDiscountPct !== undefined && { partsDiscountPct: x100(i.partsDiscountPct) }),
    ...(i.sortOrder !== undefined && { sortOrder: i.sortOrder }),
  });
  const duplicateLevel = (name: string) => new AppError('CONFLICT', `会员等级「${name}」已存在`, [{ path: 'name', message: '名称已存在' }]);

  return {
    cardInScope,
    async listLevels(actor: Actor, servicePointId?: string) {
      const point = await visiblePoint(db, actor, servicePointId);
      return (await repo.listLevels(db, point.id)).map(presentLevel);
    },
    async createLevel(actor: Actor, input: MemberLevelCreate) {
      return db.transaction(async (tx) => {
        const point = await visiblePoint(tx, actor, input.servicePointId);
        if ((await repo.listLevels(tx, point.id)).some((l) => l.name === input.name)) throw duplicateLevel(input.name);
        const row = await repo.insertLevel(tx, { ...levelFields(input), name: input.name, servicePointId: point.id });
        await insertAudit(tx, actor, { servicePointId: point.id, action: 'member-level.create', entityType: 'member_level', entityId: row.id, after: row });
        return presentLevel(row);
      });
    },
    async updateLevel(actor: Actor, id: string, input: Partial<MemberLevelCreate> & { version: number }) {
      return db.transaction(async (tx) => {
        const before = await levelInScope(tx, actor, id);
        if (input.name && input.name !== before.name && (await repo.listLevels(tx, before.servicePointId)).some((l) => l.name === input.name))
          throw duplicateLevel(input.name);
        const row = await repo.updateLevel(tx, id, input.version, levelFields(input), now());
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: row.servicePointId,
          action: 'member-level.update',
          entityType: 'member_level',
          entityId: id,
          before,
          after: row,
        });
        return presentLevel(row);
      });
    },
    async listRules(actor: Actor, servicePointId?: string) {
      const point = await visiblePoint(db, actor, servicePointId);
      return (await repo.listRules(db, point.id)).map((r) => ({ minAmountFen: r.minAmountFen, bonusFen: r.bonusFen }));
    },
    async putRules(actor: Actor, input: { servicePointId?: string; rules: { minAmountFen: number; bonusFen: number }[] }) {
      return db.transaction(async (tx) => {
        const point = await visiblePoint(tx, actor, input.servicePointId);
        const before = await repo.listRules(tx, point.id);
        await repo.replaceRules(tx, point.id, input.rules);
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'top-up-rules.put',
          entityType: 'top_up_rules',
          entityId: point.id,
          before,
          after: input.rules,
        });
        return input.rules;
      });
    },
    async list(actor: Actor, f: { servicePointId?: string; q?: string; customerId?: string; page: number; pageSize: number }) {
      const point = await visiblePoint(db, actor, f.servicePointId);
      const { rows, total } = await repo.listCards(db, {
        pointId: point.id,
        q: f.q,
        customerId: f.customerId,
        limit: f.pageSize,
        offset: (f.page - 1) * f.pageSize,
      });
      return { items: rows.map(presentCard), total, page: f.page, pageSize: f.pageSize };
    },
    async get(actor: Actor, id: string) {
      return presentCard(await cardInScope(db, actor, id));
    },
    /** Issue a card to a customer (one active card each). */
    async create(actor: Actor, input: { customerId: string; levelId: string }) {
      return db.transaction(async (tx) => {
        const customer = await findCustomer(tx, input.customerId);
        if (!customer) throw new AppError('VALIDATION', '客户不存在', [{ path: 'customerId', message: '客户不存在' }]);
        const point = await visiblePoint(tx, actor, customer.servicePointId);
        const level = await repo.findLevel(tx, input.levelId);
        if (!level || level.servicePointId !== point.id) throw new AppError('VALIDATION', '会员等级不存在', [{ path: 'levelId', message: '会员等级不存在' }]);
        if (await repo.activeCardOf(tx, customer.id)) throw new AppError('CONFLICT', '该客户已有会员卡', [{ path: 'customerId', message: '已有会员卡' }]);
        const number = await nextDocumentNumber(tx, point, 'memberCard', now());
        const row = await repo.insertCard(tx, { servicePointId: point.id, number, customerId: customer.id, levelId: level.id });
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'member-card.create',
          entityType: 'member_card',
          entityId: row.id,
          summary: `${number} ${customer.name} ${level.name}`,
          after: row,
        });
        return presentCard((await repo.findCardView(tx, row.id))!);
      });
    },
    async update(actor: Actor, id: string, input: { version: number; levelId?: string; isActive?: boolean }) {
      return db.transaction(async (tx) => {
        const before = await cardInScope(tx, actor, id);
        if (input.levelId) {
          const level = await repo.findLevel(tx, input.levelId);
          if (!level || level.servicePointId !== before.card.servicePointId)
            throw new AppError('VALIDATION', '会员等级不存在', [{ path: 'levelId', message: '会员等级不存在' }]);
        }
        const row = await repo.updateCard(tx, id, input.version, { levelId: input.levelId, isActive: input.isActive }, now());
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: row.servicePointId,
          action: 'member-card.update',
          entityType: 'member_card',
          entityId: id,
          before: before.card,
          after: row,
        });
        return presentCard((await repo.findCardView(tx, id))!);
      });
    },
    /** Top up (充值), with the bonus of the point's rules as a second ledger row (赠送). */
    async topUp(actor: Actor, id: string, input: CardTopUp) {
      return db.transaction(async (tx) => {
        const v = await cardInScope(tx, actor, id);
        const at = now();
        await moveMoney(tx, actor, at, { cardId: id, kind: 'top-up', amountFen: input.amountFen, method: input.method, note: input.note });
        const bonus = topUpBonus(input.amountFen, await repo.listRules(tx, v.card.servicePointId));
        if (bonus > 0) await moveMoney(tx, actor, at, { cardId: id, kind: 'bonus', amountFen: bonus, note: `充 ${yuan(input.amountFen)} 送 ${yuan(bonus)}` });
        return presentCard((await repo.findCardView(tx, id))!);
      });
    },
    /** Spend at the cashier outside an order (洗车、精品): refused when the balance does not cover it. */
    async spend(actor: Actor, id: string, input: { amountFen: number; note: string }) {
      return db.transaction(async (tx) => {
        await cardInScope(tx, actor, id);
        const { entry } = await moveMoney(tx, actor, now(), { cardId: id, kind: 'spend', amountFen: -input.amountFen, note: input.note });
        return presentEntry(entry);
      });
    },
    /** Refund stored value to the customer (退款): needs the cards.refund permission (checked by the route). */
    async refund(actor: Actor, id: string, input: CardRefund) {
      return db.transaction(async (tx) => {
        await cardInScope(tx, actor, id);
        await moveMoney(tx, actor, now(), { cardId: id, kind: 'refund', amountFen: -input.amountFen, note: input.reason });
        return presentCard((await repo.findCardView(tx, id))!);
      });
    },
    /** The statement (对账单): the card and every ledger entry, oldest first. */
    async statement(actor: Actor, id: string) {
      const v = await cardInScope(db, actor, id);
      return { card: presentCard(v), entries: (await repo.ledgerOf(db, id)).map(presentEntry) };
    },
    /** What the printed statement shows: the statement and the service point. */
    async printData(actor: Actor, id: string) {
      const v = await cardInScope(db, actor, id);
      const point = await visiblePoint(db, actor, v.card.servicePointId);
      return { card: presentCard(v), entries: (await repo.ledgerOf(db, id)).map(presentEntry), point, printedAt: now() };
    },
  };
}
export type CardService = ReturnType<typeof createCardService>;
