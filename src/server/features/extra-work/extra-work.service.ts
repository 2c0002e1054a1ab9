import { randomBytes } from 'node:crypto';
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { type ExtraWorkEvent, type ExtraWorkStatus, LINK_VALID_HOURS, nextExtraWorkStatus } from '../../../domain/extra-work/status.js';
import type { ExtraWorkCounterDecision, ExtraWorkPricing, ExtraWorkQuery, ExtraWorkReport, ExtraWorkSend, RefusedWork } from '../../../contracts/extra-work.js';
import { AppError, type FieldError, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { saveAttachmentsInTx } from '../attachments/index.js';
import { notify } from '../notifications/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { listPointsUnder, visiblePoint } from '../service-points/index.js';
import { catalogLineOf, workOrderInScope } from '../work-orders/index.js';
import * as repo from './extra-work.repo.js';
import { amountOf, effectiveStatus, linkOf, presentRequests } from './extra-work.present.js';
import { decideInTx } from './decide.js';
import type { WorkOrdersApi } from '../work-orders/index.js';
import { sendExtraWorkLink } from './notify.js';

/** Orders the workshop still works on: 增项 may be reported on them. */
const OPEN_ORDER = ['confirmed', 'in_progress', 'waiting_parts', 'qc'];

export function createExtraWorkService(deps: { db: Db; now: () => Date; workOrders: WorkOrdersApi }) {
  const { db, now } = deps;
  const present = (q: Db | Tx, rows: repo.RequestRow[]) => presentRequests(q, rows, now());
  async function inScope(q: Db | Tx, actor: Actor, id: string, lock = false) {
    const r = await repo.findRequest(q, id, lock);
    if (!r) throw notFound('增项');
    await visiblePoint(q, actor, r.servicePointId);
    return r;
  }
  /** The next status, or 409 with the table's message; an unanswered link past its expiry counts as expired. */
  function transition(r: repo.RequestRow, event: ExtraWorkEvent) {
    const next = nextExtraWorkStatus(effectiveStatus(r, now()), event);
    if (!next.ok) throw new AppError('ILLEGAL_TRANSITION', next.message);
    return next.to;
  }
  const audit = (tx: Tx, actor: Actor, r: repo.RequestRow, action: string, summary: string, after: unknown) =>
    insertAudit(tx, actor, { servicePointId: r.servicePointId, action: `extra-work.${action}`, entityType: 'extra_work', entityId: r.id, summary, after });
  async function priceItems(
    tx: Tx,
    order: { servicePointId: string; vehicleId: string },
    lines: Parameters<typeof catalogLineOf>[2][],
    path: (i: number) => string,
  ) {
    const fields: FieldError[] = [];
    const rows = [];
    for (const [i, l] of lines.entries()) {
      const line = await catalogLineOf(tx, order, l);
      if (typeof line === 'string') fields.push({ path: path(i), message: line });
      else rows.push({ ...line, servicePointId: order.servicePointId, amountFen: amountOf(line) });
    }
    if (fields.length) throw new AppError('VALIDATION', '增项项目有误', fields);
    return rows;
  }

  return {
    present,
    async list(actor: Actor, f: ExtraWorkQuery) {
      const pointIds = f.servicePointId
        ? [(await visiblePoint(db, actor, f.servicePointId)).id]
        : (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
      const statuses = f.status?.split(',').flatMap((s) => (s === 'open' ? ['reported', 'priced', 'sent', 'expired'] : s ? [s] : []));
      if (f.workOrderId) await workOrderInScope(db, actor, f.workOrderId);
      return present(db, await repo.listRequests(db, { pointIds, workOrderId: f.workOrderId, statuses }));
    },
    async get(actor: Actor, id: string) {
      return (await present(db, [await inScope(db, actor, id)]))[0];
    },
    /** The technician reports what they found; the advisor is told (bell). */
    async report(actor: Actor, workOrderId: string, input: ExtraWorkReport) {
      return db.transaction(async (tx) => {
        const order = await workOrderInScope(tx, actor, workOrderId, { lock: true });
        if (!OPEN_ORDER.includes(order.status)) throw new AppError('ILLEGAL_TRANSITION', '只有在修的工单可以报告增项');
        const lines = [
          ...(input.laborOperationId ? [{ kind: 'labor' as const, laborOperationId: input.laborOperationId }] : []),
          ...input.parts.map((p) => ({ kind: 'parts' as const, partId: p.partId, qty: p.qty })),
        ];
        const items = await priceItems(tx, order, lines, (i) =>
          i === 0 && input.laborOperationId ? 'laborOperationId' : `parts.${i - (input.laborOperationId ? 1 : 0)}.partId`,
        );
        const at = now();
        const point = await visiblePoint(tx, actor, order.servicePointId);
        const r = await repo.insertRequest(tx, {
          servicePointId: order.servicePointId,
          number: await nextDocumentNumber(tx, point, 'extraWork', at),
          workOrderId: order.id,
          vehicleId: order.vehicleId,
          customerId: order.customerId,
          status: 'reported',
          description: input.description,
          reportedByEmployeeId: actor.employeeId,
          reportedByName: actor.displayName,
          reportedAt: at,
        });
        // The technician's suggestion is not a price yet: the advisor confirms each amount.
        await repo.replaceItems(
          tx,
          r.id,
          items.map((i) => ({ ...i, amountFen: null })),
        );
        await saveAttachmentsInTx(tx, {
          servicePointId: r.servicePointId,
          ownerType: 'extra_work',
          ownerId: r.id,
          files: input.photos,
          userId: actor.userId,
          path: 'photos',
        });
        await audit(tx, actor, r, 'report', `${r.number} ${order.number} ${input.description.slice(0, 60)}`, {
          items: items.length,
          photos: input.photos.length,
        });
        if (order.advisorEmployeeId)
          await notify(tx, {
            servicePointId: r.servicePointId,
            recipientEmployeeId: order.advisorEmployeeId,
            title: `增项待报价:${order.number}`,
            body: input.description.slice(0, 200),
            link: `/work-orders/${order.id}`,
            dedupeKey: `extra-work-reported:${r.id}`,
          });
        return (await present(tx, [r]))[0];
      });
    },
    /** The advisor prices the items (a sent link is withdrawn: the customer must see the new prices). */
    async price(actor: Actor, id: string, input: ExtraWorkPricing) {
      return db.transaction(async (tx) => {
        const r = await inScope(tx, actor, id, true);
        if (r.version !== input.version) throw staleVersion();
        const status = transition(r, 'price');
        const order = await workOrderInScope(tx, actor, r.workOrderId);
        const items = await priceItems(tx, order, input.items, (i) => `items.${i}`);
        await repo.replaceItems(tx, r.id, items);
        const promisedAt = input.promisedAt ? new Date(input.promisedAt) : input.promisedAt === null ? null : r.proposedPromisedAt;
        const at = now();
        const row = await repo.updateRequest(
          tx,
          r.id,
          r.version,
          { status, pricedAt: at, pricedByName: actor.displayName, proposedPromisedAt: promisedAt, token: null, tokenExpiresAt: null },
          at,
        );
        if (!row) throw staleVersion();
        const total = items.reduce((s, i) => s + i.amountFen, 0);
        await audit(tx, actor, row, 'price', `${r.number} 报价 ¥${(total / 100).toFixed(2)}`, {
          items: items.map((i) => `${i.code} ${i.amountFen}`),
          promisedAt,
        });
        return (await present(tx, [row]))[0];
      });
    },
    /** Send the customer a link (SMS or WeChat) valid for LINK_VALID_HOURS. */
    async send(actor: Actor, id: string, input: ExtraWorkSend) {
      return db.transaction(async (tx) => {
        const r = await inScope(tx, actor, id, true);
        if (r.version !== input.version) throw staleVersion();
        const status = transition(r, 'send');
        const at = now();
        const token = randomBytes(24).toString('base64url');
        const row = await repo.updateRequest(
          tx,
          r.id,
          r.version,
          { status, token, tokenExpiresAt: new Date(at.getTime() + LINK_VALID_HOURS * 3600_000), sentAt: at, sentChannel: input.channel },
          at,
        );
        if (!row) throw staleVersion();
        const [customer, items, [order]] = await Promise.all([
          repo.customerContact(tx, r.customerId),
          repo.itemsOf(tx, [r.id]),
          repo.ordersOf(tx, [r.workOrderId]),
        ]);
        await sendExtraWorkLink(tx, {
          servicePointId: r.servicePointId,
          channel: input.channel,
          customer: customer ?? { id: r.customerId, phone: '', erasedAt: null },
          plate: order?.plate ?? '',
          items: items.map((i) => ({ name: i.name, amountFen: amountOf(i) })),
          link: linkOf(token),
          requestId: r.id,
          sentAt: at,
        });
        await audit(tx, actor, row, 'send', `${r.number} 发送客户确认(${input.channel === 'sms' ? '短信' : '微信'})`, { channel: input.channel });
        return (await present(tx, [row]))[0];
      });
    },
    /** The customer answers at the counter (现场签字) or on the phone (电话确认); the advisor is the witness. */
    async decideAtCounter(actor: Actor, id: string, input: ExtraWorkCounterDecision) {
      if (input.method === '现场签字' && !input.signature)
        throw new AppError('VALIDATION', '现场签字须有客户签名', [{ path: 'signature', message: '请客户签名' }]);
      return db.transaction(async (tx) => {
        const r = await inScope(tx, actor, id, true);
        if (r.version !== input.version) throw staleVersion();
        const counter = {
          confirmedByName: input.confirmedByName,
          method: input.method,
          signature: input.signature,
          witnessEmployeeId: actor.employeeId,
          witnessName: actor.displayName,
        };
        const row = await decideInTx(tx, deps.workOrders, actor, r, { decisions: input.decisions, via: 'counter', counter }, now());
        return (await present(tx, [row]))[0];
      });
    },
    /** 拒修项目 of a car: items the customer refused, for the next visit. */
    async refusedOfVehicle(actor: Actor, vehicleId: string): Promise<RefusedWork[]> {
      const rows = await repo.decidedOfVehicle(db, vehicleId);
      const visible: repo.RequestRow[] = [];
      for (const r of rows)
        if (
          await visiblePoint(db, actor, r.servicePointId).then(
            () => true,
            () => false,
          )
        )
          visible.push(r);
      const presented = await present(db, visible);
      return presented.map((p) => {
        const refused = p.items.filter((i) => i.decision === 'refused');
        return {
          requestId: p.id,
          number: p.number,
          workOrderId: p.workOrderId,
          workOrderNumber: p.workOrderNumber,
          decidedAt: p.decidedAt ?? p.reportedAt,
          description: p.description,
          items: refused.map((i) => ({ code: i.code, name: i.name, amountFen: i.amountFen ?? 0 })),
          amountFen: refused.reduce((s, i) => s + (i.amountFen ?? 0), 0),
        };
      });
    },
  };
}
export type ExtraWorkService = ReturnType<typeof createExtraWorkService>;
export type { ExtraWorkStatus };
