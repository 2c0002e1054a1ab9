/** Document numbers (工单号, 投诉单号, 结算单号, 合格证号, 员工号): the one place that draws them from the counters. */
import type { Db, Tx } from '../../db/client.js';
import { counterName, documentNumber, type DocumentKind } from '../../../domain/time/document-numbers.js';
import { usableTimeZone } from '../../../domain/time/index.js';
import { nextCounter } from './numbering.repo.js';

export type { DocumentKind } from '../../../domain/time/document-numbers.js';

/** The next number of a document of the point, dated by the point's local date of `at`; call inside the document's transaction. */
export async function nextDocumentNumber(q: Db | Tx, point: { id: string; timeZone: string }, kind: DocumentKind, at: Date): Promise<string> {
  const tz = usableTimeZone(point.timeZone);
  return documentNumber(kind, tz, at, await nextCounter(q, point.id, counterName(kind, tz, at)));
}
