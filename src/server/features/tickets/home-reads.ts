/**
 * What the CRM's home page reads: open tickets past a deadline — first response not given by its due time, resolution
 * or the current escalation level past due. (Stored due times; the statistics' working-minute clock is in stats.service.)
 */
import { and, asc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { tickets } from '../../db/schema.js';

export const ticketsPastDeadline = (q: Db | Tx, pointIds: string[], at: Date, handlerEmployeeId?: string | null) =>
  pointIds.length
    ? q
        .select({
          id: tickets.id,
          number: tickets.number,
          title: tickets.title,
          dueAt: sql<Date>`least(case when ${tickets.firstRespondedAt} is null then ${tickets.firstResponseDueAt} end, ${tickets.resolutionDueAt}, ${tickets.levelDueAt})`,
          escalationLevel: tickets.escalationLevel,
        })
        .from(tickets)
        .where(
          and(
            inArray(tickets.servicePointId, pointIds),
            sql`${tickets.status} not in ('resolved','closed')`,
            or(and(isNull(tickets.firstRespondedAt), lt(tickets.firstResponseDueAt, at)), lt(tickets.resolutionDueAt, at), lt(tickets.levelDueAt, at)),
            ...(handlerEmployeeId ? [eq(tickets.handlerEmployeeId, handlerEmployeeId)] : []),
          ),
        )
        .orderBy(asc(tickets.receivedAt))
        .limit(100)
    : Promise.resolve([]);
