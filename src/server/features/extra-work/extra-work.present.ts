import type { Db, Tx } from '../../db/client.js';
import { priceLine } from '../../../domain/work-orders/quote.js';
import { type ExtraWorkStatus, isLinkLive } from '../../../domain/extra-work/status.js';
import type { ExtraWork, ExtraWorkItem } from '../../../contracts/extra-work.js';
import { attachmentsOf } from '../attachments/index.js';
import * as repo from './extra-work.repo.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;
/** The customer's page for a token (the web app's public route). */
export const linkOf = (token: string) => `/extra-work/${token}`;

/** A line's tax-inclusive amount in fen (the work-order quote's rule). */
export function amountOf(i: Pick<repo.ItemRow, 'kind' | 'hoursMilli' | 'rateFen' | 'qtyMilli' | 'unitPriceFen'>): number {
  return i.kind === 'labor'
    ? priceLine({ kind: 'labor', hours: (i.hoursMilli ?? 0) / 1000, rateFen: i.rateFen ?? 0, payer: 'customer' }).amountFen
    : priceLine({ kind: 'parts', qty: (i.qtyMilli ?? 0) / 1000, unitPriceFen: i.unitPriceFen ?? 0, payer: 'customer' }).amountFen;
}

/** A sent link past its expiry reads as expired before anyone records it. */
export const effectiveStatus = (r: Pick<repo.RequestRow, 'status' | 'tokenExpiresAt'>, now: Date): ExtraWorkStatus =>
  r.status === 'sent' && !isLinkLive(r.tokenExpiresAt, now) ? 'expired' : (r.status as ExtraWorkStatus);

export function presentItem(i: repo.ItemRow): ExtraWorkItem {
  return {
    id: i.id,
    kind: i.kind as ExtraWorkItem['kind'],
    laborOperationId: i.laborOperationId,
    partId: i.partId,
    code: i.code,
    name: i.name,
    hours: i.hoursMilli === null ? null : i.hoursMilli / 1000,
    rateFen: i.rateFen,
    qty: i.qtyMilli === null ? null : i.qtyMilli / 1000,
    unitPriceFen: i.unitPriceFen,
    amountFen: i.amountFen,
    decision: i.decision as ExtraWorkItem['decision'],
  };
}

export async function presentRequests(q: Db | Tx, rows: repo.RequestRow[], now: Date): Promise<ExtraWork[]> {
  const ids = rows.map((r) => r.id);
  const [items, orders, photos] = await Promise.all([
    repo.itemsOf(q, ids),
    repo.ordersOf(q, [...new Set(rows.map((r) => r.workOrderId))]),
    attachmentsOf(q, 'extra_work', ids),
  ]);
  return rows.map((r) => {
    const mine = items.filter((i) => i.requestId === r.id);
    const order = orders.find((o) => o.id === r.workOrderId);
    const status = effectiveStatus(r, now);
    const priced = mine.length > 0 && mine.every((i) => i.amountFen !== null);
    return {
      id: r.id,
      number: r.number,
      servicePointId: r.servicePointId,
      workOrderId: r.workOrderId,
      workOrderNumber: order?.number ?? '',
      vehicleId: r.vehicleId,
      plate: order?.plate ?? '',
      status,
      description: r.description,
      reportedByName: r.reportedByName,
      reportedAt: r.reportedAt.toISOString(),
      pricedByName: r.pricedByName,
      pricedAt: iso(r.pricedAt),
      proposedPromisedAt: iso(r.proposedPromisedAt),
      sentChannel: r.sentChannel,
      sentAt: iso(r.sentAt),
      linkExpiresAt: iso(r.tokenExpiresAt),
      link: status === 'sent' && r.token ? linkOf(r.token) : null,
      decidedAt: iso(r.decidedAt),
      decidedVia: r.decidedVia,
      confirmedByName: r.confirmedByName,
      confirmMethod: r.confirmMethod,
      witnessName: r.witnessName,
      totalFen: priced ? mine.reduce((s, i) => s + (i.amountFen ?? 0), 0) : null,
      approvedFen: mine.filter((i) => i.decision === 'approved').reduce((s, i) => s + (i.amountFen ?? 0), 0),
      items: mine.map(presentItem),
      photos: photos.get(r.id) ?? [],
      version: r.version,
    };
  });
}
