/** Report queries. */
import { and, count, desc, eq, ilike, like, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { networkReports, servicePoints } from '../../db/schema.js';

export type ReportRow = typeof networkReports.$inferSelect;

export const findReport = async (q: Db | Tx, id: string, lock = false) => {
  const base = q
    .select({ r: networkReports, pointName: servicePoints.nameZh, pointPath: servicePoints.path })
    .from(networkReports)
    .innerJoin(servicePoints, eq(servicePoints.id, networkReports.servicePointId))
    .where(eq(networkReports.id, id));
  const [row] = lock ? await base.for('update', { of: networkReports }) : await base;
  return row;
};

export const findByPeriod = async (q: Db | Tx, pointId: string, kind: string, label: string) =>
  (
    await q
      .select()
      .from(networkReports)
      .where(and(eq(networkReports.servicePointId, pointId), eq(networkReports.kind, kind), eq(networkReports.periodLabel, label)))
  )[0];

export async function insertReport(tx: Tx, row: typeof networkReports.$inferInsert) {
  const [r] = await tx.insert(networkReports).values(row).returning();
  return r;
}

export async function updateReport(tx: Tx, id: string, version: number, patch: Partial<typeof networkReports.$inferInsert>, at: Date) {
  const [r] = await tx
    .update(networkReports)
    .set({ ...patch, updatedAt: at, version: sql`${networkReports.version} + 1` })
    .where(and(eq(networkReports.id, id), eq(networkReports.version, version)))
    .returning();
  return r;
}

/** Reports of the points under `scopePath`, newest period first; `q` searches the title and the commentary. */
export async function listReports(
  db: Db,
  scopePath: string,
  f: { servicePointId?: string; kind?: string; status?: string; q?: string; page: number; pageSize: number },
) {
  const where: (SQL | undefined)[] = [like(servicePoints.path, `${scopePath}%`)];
  if (f.servicePointId) where.push(eq(networkReports.servicePointId, f.servicePointId));
  if (f.kind) where.push(eq(networkReports.kind, f.kind));
  if (f.status) where.push(eq(networkReports.status, f.status));
  if (f.q) {
    const pattern = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(networkReports.title, pattern), sql`${networkReports.sections}::text ilike ${pattern}`));
  }
  const cond = and(...where);
  const [rows, [{ n }]] = await Promise.all([
    db
      .select({ r: networkReports, pointName: servicePoints.nameZh, pointPath: servicePoints.path })
      .from(networkReports)
      .innerJoin(servicePoints, eq(servicePoints.id, networkReports.servicePointId))
      .where(cond)
      .orderBy(desc(networkReports.periodFrom), servicePoints.code)
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(networkReports).innerJoin(servicePoints, eq(servicePoints.id, networkReports.servicePointId)).where(cond),
  ]);
  return { rows, total: Number(n) };
}
