import { and, desc, eq, gte, inArray, isNull, like, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { campaignImports, campaignVins, campaigns, servicePoints, vehicles } from '../../db/schema.js';

type Q = Db | Tx;
export type CampaignRow = typeof campaigns.$inferSelect;
export type CampaignImportRow = typeof campaignImports.$inferSelect;

/** Open campaigns of a VIN issued at the point or above it (what reception shows), not yet done and not ended. */
export async function openCampaignsForVin(q: Q, vin: string, pointPath: string, today: string) {
  const rows = await q
    .select({ c: campaigns })
    .from(campaignVins)
    .innerJoin(campaigns, eq(campaigns.id, campaignVins.campaignId))
    .innerJoin(servicePoints, eq(servicePoints.id, campaigns.servicePointId))
    .where(
      and(
        eq(campaignVins.vin, vin),
        isNull(campaignVins.doneAt),
        eq(campaigns.status, 'open'),
        gte(campaigns.endsOn, today),
        sql`${pointPath} like ${servicePoints.path} || '%'`,
      ),
    );
  return rows.map(({ c }) => ({ id: c.id, number: c.number, kind: c.kind as 'recall' | 'service', title: c.title, endsOn: c.endsOn, laborCode: c.laborCode }));
}

/** Campaigns issued at the point or above it, or below the actor's scope. */
export async function listCampaigns(q: Q, pointPath: string) {
  return q
    .select({ c: campaigns, pointName: servicePoints.nameZh })
    .from(campaigns)
    .innerJoin(servicePoints, eq(servicePoints.id, campaigns.servicePointId))
    .where(sql`(${pointPath} like ${servicePoints.path} || '%' or ${servicePoints.path} like ${`${pointPath}%`})`)
    .orderBy(desc(campaigns.createdAt))
    .limit(500);
}
export async function findCampaign(q: Q, id: string, lock = false) {
  const base = q
    .select({ c: campaigns, pointName: servicePoints.nameZh, pointPath: servicePoints.path })
    .from(campaigns)
    .innerJoin(servicePoints, eq(servicePoints.id, campaigns.servicePointId))
    .where(eq(campaigns.id, id));
  const [row] = lock ? await base.for('update', { of: campaigns }) : await base;
  return row;
}
export async function insertCampaign(q: Q, row: typeof campaigns.$inferInsert) {
  const [out] = await q.insert(campaigns).values(row).returning();
  return out;
}
export async function addVinCount(q: Q, id: string, n: number, at: Date) {
  await q
    .update(campaigns)
    .set({ vinCount: sql`${campaigns.vinCount} + ${n}`, updatedAt: at, version: sql`${campaigns.version} + 1` })
    .where(eq(campaigns.id, id));
}

/** The VINs already on a campaign. */
export async function vinsOf(q: Q, campaignId: string) {
  const rows = await q.select({ vin: campaignVins.vin }).from(campaignVins).where(eq(campaignVins.campaignId, campaignId));
  return new Set(rows.map((r) => r.vin));
}
/**
 * Insert many VINs of one campaign in one statement: the lists travel as two text parameters (a VIN never holds a
 * comma), which is far faster than thousands of bound values per batch.
 */
export async function insertVins(q: Q, campaignId: string, servicePointId: string, rows: { vin: string; stationId: string | null }[]) {
  if (!rows.length) return;
  const vins = rows.map((r) => r.vin).join(',');
  const stations = rows.map((r) => r.stationId ?? '').join(',');
  await q.execute(sql`
    insert into campaign_vins (campaign_id, service_point_id, vin, station_id)
    select ${campaignId}::uuid, ${servicePointId}::uuid, t.v, nullif(t.s, '')::uuid
    from unnest(string_to_array(${vins}, ','), string_to_array(${stations}, ',')) as t(v, s)`);
}
/** Where each VIN's car is registered, among the points under `scopePath` (the first registration wins). */
export async function stationsOfVins(q: Q, vins: string[], scopePath: string) {
  if (!vins.length) return new Map<string, string>();
  const rows = await q
    .select({ vin: vehicles.vin, pointId: vehicles.servicePointId })
    .from(vehicles)
    .innerJoin(servicePoints, eq(servicePoints.id, vehicles.servicePointId))
    .where(and(sql`${vehicles.vin} = any(string_to_array(${vins.join(',')}, ','))`, like(servicePoints.path, `${scopePath}%`)));
  const out = new Map<string, string>();
  for (const r of rows) if (!out.has(r.vin)) out.set(r.vin, r.pointId);
  return out;
}

/** Mark a VIN done on every open campaign visible at the point (a recall work order passed QC there). */
export async function completeVin(q: Q, vin: string, point: { id: string; path: string }, workOrderId: string, at: Date) {
  const open = await q
    .select({ id: campaignVins.id, campaignId: campaignVins.campaignId })
    .from(campaignVins)
    .innerJoin(campaigns, eq(campaigns.id, campaignVins.campaignId))
    .innerJoin(servicePoints, eq(servicePoints.id, campaigns.servicePointId))
    .where(and(eq(campaignVins.vin, vin), isNull(campaignVins.doneAt), eq(campaigns.status, 'open'), sql`${point.path} like ${servicePoints.path} || '%'`))
    .for('update', { of: campaignVins });
  for (const r of open) {
    const done = await q
      .update(campaignVins)
      .set({ doneAt: at, donePointId: point.id, doneWorkOrderId: workOrderId })
      .where(and(eq(campaignVins.id, r.id), isNull(campaignVins.doneAt)))
      .returning({ id: campaignVins.id });
    if (done.length)
      await q
        .update(campaigns)
        .set({ doneCount: sql`${campaigns.doneCount} + 1`, updatedAt: at })
        .where(eq(campaigns.id, r.campaignId));
  }
  return open.map((r) => r.campaignId);
}

/** Totals per responsible point (the completing station, else the assigned one; null: not known). */
export async function completionByPoint(q: Q, campaignId: string) {
  return q
    .select({
      pointId: sql<string | null>`coalesce(${campaignVins.donePointId}, ${campaignVins.stationId})`,
      total: sql<number>`count(*)::int`,
      done: sql<number>`count(${campaignVins.doneAt})::int`,
    })
    .from(campaignVins)
    .where(eq(campaignVins.campaignId, campaignId))
    .groupBy(sql`coalesce(${campaignVins.donePointId}, ${campaignVins.stationId})`);
}

/** Open VINs of a campaign for a station's call-in list (with the car's plate and owner where the station knows it). */
export async function openVinsOf(q: Q, campaignId: string, stationIds: string[] | null) {
  return q
    .select({ vin: campaignVins.vin, stationId: campaignVins.stationId, code: servicePoints.code, stationName: servicePoints.nameZh })
    .from(campaignVins)
    .leftJoin(servicePoints, eq(servicePoints.id, campaignVins.stationId))
    .where(
      and(
        eq(campaignVins.campaignId, campaignId),
        isNull(campaignVins.doneAt),
        stationIds ? inArray(campaignVins.stationId, stationIds.length ? stationIds : ['00000000-0000-0000-0000-000000000000']) : undefined,
      ),
    )
    .orderBy(servicePoints.code, campaignVins.vin);
}

export async function insertImport(q: Q, row: typeof campaignImports.$inferInsert) {
  const [out] = await q.insert(campaignImports).values(row).returning();
  return out;
}
export async function findImport(q: Q, id: string) {
  const [row] = await q.select().from(campaignImports).where(eq(campaignImports.id, id));
  return row;
}
export async function updateImport(q: Q, id: string, patch: Partial<typeof campaignImports.$inferInsert>) {
  await q.update(campaignImports).set(patch).where(eq(campaignImports.id, id));
}
export const importsOf = (q: Q, campaignId: string) =>
  q.select().from(campaignImports).where(eq(campaignImports.campaignId, campaignId)).orderBy(desc(campaignImports.createdAt)).limit(20);
