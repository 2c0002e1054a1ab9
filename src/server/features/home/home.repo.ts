/**
 * The home page's reads of the workshop board and the cashier's settlements. Work orders and appointments are read
 * through their own features; these two have no such query of their own yet.
 */
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { settlements, workshopJobs } from '../../db/schema.js';

type Q = Db | Tx;

/** Jobs on the board (neither finished nor cancelled) by status, with their standard minutes. */
export const openJobLoad = (q: Q, pointId: string) =>
  q
    .select({ status: workshopJobs.status, n: sql<number>`count(*)::int`, minutes: sql<number>`coalesce(sum(${workshopJobs.standardMinutes}),0)::int` })
    .from(workshopJobs)
    .where(and(eq(workshopJobs.servicePointId, pointId), sql`${workshopJobs.status} not in ('finished','cancelled')`))
    .groupBy(workshopJobs.status);
/** Settlements of a point settled in [from, to). */
export const settledBetween = (q: Q, pointId: string, from: Date, to: Date) =>
  q
    .select({ workOrderId: settlements.workOrderId, settledAt: settlements.settledAt, payableFen: settlements.payableFen })
    .from(settlements)
    .where(and(eq(settlements.servicePointId, pointId), eq(settlements.status, 'settled'), gte(settlements.settledAt, from), lt(settlements.settledAt, to)));
