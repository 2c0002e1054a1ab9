/** Queries of routing rules (分派规则) as the settings page edits them; routing itself reads them through tickets.repo listRules. */
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { routingRules } from '../../db/schema.js';

type Q = Db | Tx;
export type RoutingRuleRow = typeof routingRules.$inferSelect;

export async function findRule(q: Q, id: string): Promise<RoutingRuleRow | undefined> {
  const [row] = await q.select().from(routingRules).where(eq(routingRules.id, id));
  return row;
}
export async function insertRule(q: Q, v: typeof routingRules.$inferInsert): Promise<RoutingRuleRow> {
  const [row] = await q.insert(routingRules).values(v).returning();
  return row;
}
/** Update at `version` (optimistic lock); undefined when the version is stale. */
export async function updateRule(
  q: Q,
  id: string,
  version: number,
  patch: Partial<typeof routingRules.$inferInsert>,
  at: Date,
): Promise<RoutingRuleRow | undefined> {
  const [row] = await q
    .update(routingRules)
    .set({ ...patch, updatedAt: at, version: sql`${routingRules.version} + 1` })
    .where(and(eq(routingRules.id, id), eq(routingRules.version, version)))
    .returning();
  return row;
}
export async function deleteRule(q: Q, id: string) {
  await q.delete(routingRules).where(eq(routingRules.id, id));
}
