/**
 * Demo work waiting at the manufacturer beside the month of claims: at ST-0001 a pending pre-authorisation for an
 * expensive repair (the draft claim's order) and one approved claim's old part with a 延返 request, so hq-claims has
 * a pre-authorisation and a 延返 to decide and the station sees both waiting.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { claimPreauths, warrantyClaimLines, warrantyClaims } from '../../db/schema.js';
import { nextDocumentNumber } from '../numbering/index.js';

export async function claimsReviewDemo(tx: Tx, station: { id: string; timeZone: string }, now: Date) {
  const [draft] = await tx
    .select()
    .from(warrantyClaims)
    .where(and(eq(warrantyClaims.servicePointId, station.id), eq(warrantyClaims.status, 'draft')))
    .limit(1);
  if (draft)
    await tx.insert(claimPreauths).values({
      servicePointId: station.id,
      number: await nextDocumentNumber(tx, station, 'claimPreauth', now),
      workOrderId: draft.workOrderId,
      estimatedFen: 680_000,
      reason: '制动系统异响,拟更换前后制动盘及制动片总成(预计 ¥6,800)',
      requestedByName: '马俊杰',
    });
  const [due] = await tx
    .select({ id: warrantyClaimLines.id })
    .from(warrantyClaimLines)
    .where(and(eq(warrantyClaimLines.servicePointId, station.id), eq(warrantyClaimLines.returnStatus, 'due')))
    .orderBy(asc(warrantyClaimLines.tagNo))
    .limit(1);
  if (due)
    await tx
      .update(warrantyClaimLines)
      .set({ returnStatus: 'deferral_requested', deferralReason: '客户要求保留旧件用于保险理赔核对' })
      .where(eq(warrantyClaimLines.id, due.id));
}
