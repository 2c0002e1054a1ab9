/** Queries of the station's guarantee-period settings (the `guarantee` column of workshop_settings). */
import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { workshopSettings } from '../../db/schema.js';
import type { GuaranteeSettings } from '../../../domain/work-orders/guarantee.js';

/** The point's stored guarantee settings, if it has any. */
export async function findGuaranteeSettings(q: Db | Tx, pointId: string): Promise<GuaranteeSettings | undefined> {
  const [row] = await q.select({ guarantee: workshopSettings.guarantee }).from(workshopSettings).where(eq(workshopSettings.servicePointId, pointId));
  return (row?.guarantee ?? undefined) as GuaranteeSettings | undefined;
}

/** Save the point's guarantee settings; a point without workshop settings gets a row with `hours`. */
export async function upsertGuaranteeSettings(
  q: Db | Tx,
  pointId: string,
  settings: GuaranteeSettings,
  hours: Record<string, { from: string; to: string }[]>,
  at: Date,
) {
  await q
    .insert(workshopSettings)
    .values({ servicePointId: pointId, hours, guarantee: settings })
    .onConflictDoUpdate({
      target: workshopSettings.servicePointId,
      set: { guarantee: settings, updatedAt: at, version: sql`${workshopSettings.version} + 1` },
    });
}
