/**
 * The insurance terms of a work order for its settlement: the live case the order repairs, whether the insurer pays the
 * store directly (直赔), what it agreed (every approved 定损 line), the salvage and the deductible. Null without a case.
 */
import { and, eq, ne } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { insuranceCases } from '../../db/schema.js';
import { approvedTotalFen } from '../../../domain/insurance/money.js';
import { domainLine } from './insurance.present.js';
import * as repo from './insurance.repo.js';

export interface DirectPayTerms {
  caseId: string;
  caseNumber: string;
  directPay: boolean;
  insurerName: string;
  approvedFen: number;
  salvageFen: number;
  deductibleFen: number;
}
export type DirectPayLookup = (q: Db | Tx, workOrderId: string) => Promise<DirectPayTerms | null>;

export const directPayOfOrder: DirectPayLookup = async (q, workOrderId) => {
  const [c] = await q
    .select()
    .from(insuranceCases)
    .where(and(eq(insuranceCases.workOrderId, workOrderId), ne(insuranceCases.status, 'cancelled')))
    .limit(1);
  if (!c) return null;
  const assessments = await repo.assessmentsOf(q, [c.id]);
  const lines = await repo.linesOf(
    q,
    assessments.map((a) => a.id),
  );
  return {
    caseId: c.id,
    caseNumber: c.number,
    directPay: c.directPay,
    insurerName: (await repo.findInsurer(q, c.insurerId))?.name ?? '',
    approvedFen: approvedTotalFen(lines.map(domainLine)),
    salvageFen: assessments.reduce((s, a) => s + a.salvageFen, 0),
    deductibleFen: c.deductibleFen,
  };
};
