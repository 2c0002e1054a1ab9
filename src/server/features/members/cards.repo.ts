import { and, asc, desc, eq, gte, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { customers, memberCardLedger, memberCards, memberLevels, topUpRules, vehicles } from '../../db/schema.js';
import { escapeLike as esc } from '../../lib/text.js';

type Q = Db | Tx;
export type LevelRow = typeof memberLevels.$inferSelect;
export type LedgerRow = typeof memberCardLedger.$inferSelect;

export const listLevels = (q: Q, pointId: string) =>
  q.select().from(memberLevels).where(eq(memberLevels.servicePointId, pointId)).orderBy(asc(memberLevels.sortOrder), asc(memberLevels.name));
export async function findLevel(q: Q, id: string) {
  const [row] = await q.select().from(memberLevels).where(eq(memberLevels.id, id));
  return row;
}
export async function insertLevel(q: Q, v: typeof memberLevels.$inferInsert) {
  const [row] = await q.insert(memberLevels).values(v).returning();
  return row;
}
export async function updateLevel(q: Q, id: string, version: number, patch: Partial<typeof memberLevels.$inferInsert>, at: Date) {
  const [row] = await q
    .update(memberLevels)
    .set({ ...patch, updatedAt: at, version: sql`${memberLevels.version} + 1` })
    .where(and(eq(memberLevels.id, id), eq(memberLevels.version, version)))
    .returning();
  return row;
}

export const listRules = (q: Q, pointId: string) =>
  q.select().from(topUpRules).where(eq(topUpRules.servicePointId, pointId)).orderBy(asc(topUpRules.minAmountFen));
export async function replaceRules(q: Q, pointId: string, rules: { minAmountFen: number; bonusFen: number }[]) {
  await q.delete(topUpRules).where(eq(topUpRules.servicePointId, pointId));
  if (rules.length) await q.insert(topUpRules).values(rules.map((r) => ({ ...r, servicePointId: pointId })));
}

/** A card with its customer and level, as the API shows it. */
const cardColumns = {
  card: memberCards,
  customerName: customers.name,
  customerPhone: customers.phone,
  levelName: memberLevels.name,
  laborDiscountPct: memberLevels.laborDiscountPct,
  partsDiscountPct: memberLevels.partsDiscountPct,
};
const cardQuery = (q: Q) =>
  q
    .select(cardColumns)
    .from(memberCards)
    .innerJoin(customers, eq(customers.id, memberCards.customerId))
    .innerJoin(memberLevels, eq(memberLevels.id, memberCards.levelId));
export type CardView = Awaited<ReturnType<typeof findCardView>> & {};

export async function findCardView(q: Q, id: string) {
  const [row] = await cardQuery(q).where(eq(memberCards.id, id));
  return row;
}
/** The customer's active card (one per customer and point). */
export async function activeCardOf(q: Q, customerId: string) {
  const [row] = await cardQuery(q)
    .where(and(eq(memberCards.customerId, customerId), eq(memberCards.isActive, true)))
    .orderBy(desc(memberCards.createdAt))
    .limit(1);
  return row;
}
export async function listCards(q: Q, f: { pointId: string; q?: string; customerId?: string; limit: number; offset: number }) {
  const conds: SQL[] = [eq(memberCards.servicePointId, f.pointId)];
  if (f.customerId) conds.push(eq(memberCards.customerId, f.customerId));
  if (f.q) conds.push(or(ilike(memberCards.number, `%${esc(f.q)}%`), ilike(customers.name, `%${esc(f.q)}%`), ilike(customers.phone, `%${esc(f.q)}%`))!);
  const where = and(...conds);
  const rows = await cardQuery(q).where(where).orderBy(desc(memberCards.createdAt)).limit(f.limit).offset(f.offset);
  const [{ total }] = await q
    .select({ total: sql<number>`count(*)::int` })
    .from(memberCards)
    .innerJoin(customers, eq(customers.id, memberCards.customerId))
    .where(where);
  return { rows, total };
}
export async function insertCard(q: Q, v: typeof memberCards.$inferInsert) {
  const [row] = await q.insert(memberCards).values(v).returning();
  return row;
}
export async function updateCard(q: Q, id: string, version: number, patch: { levelId?: string; isActive?: boolean }, at: Date) {
  const [row] = await q
    .update(memberCards)
    .set({ ...patch, updatedAt: at, version: sql`${memberCards.version} + 1` })
    .where(and(eq(memberCards.id, id), eq(memberCards.version, version)))
    .returning();
  return row;
}

/**
 * Move the balance by `deltaFen` in one conditional statement: it succeeds only if the balance stays ≥ 0, so parallel
 * spends serialize on the row and never overdraw (the CHECK constraint is the last line). The new row, or undefined.
 */
export async function moveBalance(q: Q, id: string, deltaFen: number, at: Date) {
  const [row] = await q
    .update(memberCards)
    .set({ balanceFen: sql`${memberCards.balanceFen} + ${deltaFen}`, updatedAt: at })
    .where(and(eq(memberCards.id, id), eq(memberCards.isActive, true), gte(memberCards.balanceFen, -deltaFen)))
    .returning();
  return row;
}
/** Ledger rows are only ever inserted (append-only); call after moveBalance, which holds the card's row lock. */
export async function appendLedger(q: Q, v: Omit<typeof memberCardLedger.$inferInsert, 'entryNo'>) {
  const [row] = await q
    .insert(memberCardLedger)
    .values({
      ...v,
      entryNo: sql`(select coalesce(max(${memberCardLedger.entryNo}), 0) + 1 from ${memberCardLedger} where ${memberCardLedger.cardId} = ${v.cardId})`,
    })
    .returning();
  return row;
}
export const ledgerOf = (q: Q, cardId: string) =>
  q.select().from(memberCardLedger).where(eq(memberCardLedger.cardId, cardId)).orderBy(asc(memberCardLedger.entryNo));
/** The ledger's sum (the balance it derives), to check the card's kept balance. */
export async function ledgerSum(q: Q, cardId: string) {
  const [{ sum }] = await q
    .select({ sum: sql<number>`coalesce(sum(${memberCardLedger.amountFen}), 0)::int` })
    .from(memberCardLedger)
    .where(eq(memberCardLedger.cardId, cardId));
  return sum;
}

/** Person customers with a car of the model family (demo members), oldest first. */
export const customersWithFamily = (q: Q, pointId: string, family: string, limit: number) =>
  q
    .selectDistinct({ id: customers.id, createdAt: customers.createdAt })
    .from(customers)
    .innerJoin(vehicles, eq(vehicles.customerId, customers.id))
    .where(and(eq(customers.servicePointId, pointId), eq(customers.kind, 'person'), eq(vehicles.modelFamily, family)))
    .orderBy(asc(customers.createdAt), asc(customers.id))
    .limit(limit);
