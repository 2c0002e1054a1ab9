/** What a work order shows from its QC: the last passed inspection's 合格证 number and 出厂里程. */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { qcInspections } from '../../db/schema.js';

export async function lastPassedQcOf(q: Db | Tx, workOrderIds: string[]) {
  if (!workOrderIds.length) return new Map<string, { certificateNo: string | null; mileageOut: number | null }>();
  const rows = await q
    .selectDistinctOn([qcInspections.workOrderId], {
      workOrderId: qcInspections.workOrderId,
      certificateNo: qcInspections.certificateNo,
      mileageOut: qcInspections.mileageOut,
    })
    .from(qcInspections)
    .where(and(inArray(qcInspections.workOrderId, workOrderIds), eq(qcInspections.isPassed, true)))
    .orderBy(qcInspections.workOrderId, desc(qcInspections.at));
  return new Map(rows.map((r) => [r.workOrderId, { certificateNo: r.certificateNo, mileageOut: r.mileageOut }]));
}
