import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission } from '../../http/auth-middleware.js';
import { Version } from '../../../contracts/common.js';
import { findPoint } from '../service-points/service-points.repo.js';
import type { Db } from '../../db/client.js';
import { PAYMENT_METHODS, type SettlementService } from './settlement.service.js';
import type { WorkOrderService } from '../work-orders/work-orders.service.js';
import { settlementPrintHtml } from './settlement-print.js';

const tag = 'Settlement 结算';
const Settlement = z.object({
  id: z.string(), workOrderId: z.string(), number: z.string(), status: z.enum(['pending_approval', 'approved', 'settled', 'rejected']), grossFen: z.number(), discountFen: z.number(),
  discountPct: z.number(), payableFen: z.number(), payments: z.array(z.object({ method: z.string(), amountFen: z.number() })), invoiceNo: z.string(),
  approvedByName: z.string().nullable(), cashierName: z.string().nullable(), settledAt: z.string().nullable(), version: z.number(),
}).openapi('Settlement');
const ok = { 200: jsonOk(Settlement), ...errorResponses };
const ROLES = ['cashier.settle', 'work-orders.manage'] as const;

export function settlementRoutes(db: Db, svc: SettlementService, workOrders: WorkOrderService) {
  const r = newRouter();
  r.openapi(createRoute({ method: 'get', path: '/work-orders/{id}/settlement', tags: [tag], summary: '工单的结算单', request: { params: IdParam }, responses: ok }),
    async (c) => c.json(await svc.get(requireAnyPermission(c, [...ROLES]), c.req.valid('param').id), 200));
  r.openapi(createRoute({ method: 'post', path: '/work-orders/{id}/settlement', tags: [tag], summary: '开具结算单(优惠在本人权限内直接生效,超出则提交审批)', request: { params: IdParam, ...jsonBody(z.object({ discountFen: z.number().int('金额以分为单位').min(0).default(0), reason: z.string().trim().max(300).default('') })) }, responses: { 201: jsonOk(Settlement), ...errorResponses } }),
    async (c) => c.json(await svc.open(requireAnyPermission(c, [...ROLES]), c.req.valid('param').id, c.req.valid('json')), 201));
  r.openapi(createRoute({ method: 'post', path: '/settlements/{id}/decision', tags: [tag], summary: '审批优惠(须在审批人权限内)', request: { params: IdParam, ...jsonBody(z.object({ version: Version, approve: z.boolean(), note: z.string().trim().max(300).default('') })) }, responses: ok }),
    async (c) => c.json(await svc.decide(requireAnyPermission(c, [...ROLES]), c.req.valid('param').id, c.req.valid('json')), 200));
  r.openapi(createRoute({ method: 'post', path: '/settlements/{id}/payment', tags: [tag], summary: '收款(各付款方式合计须等于应收)并开票', request: { params: IdParam, ...jsonBody(z.object({ version: Version, payments: z.array(z.object({ method: z.enum(PAYMENT_METHODS, { message: '未知的付款方式' }), amountFen: z.number().int().min(1) })).max(5), invoiceNo: z.string().trim().max(40).default('') })) }, responses: ok }),
    async (c) => c.json(await svc.pay(requireAnyPermission(c, ['cashier.settle']), c.req.valid('param').id, c.req.valid('json')), 200));
  r.openapi(createRoute({ method: 'get', path: '/work-orders/{id}/settlement/print', tags: [tag], summary: '打印结算单(A4 HTML)', request: { params: IdParam }, responses: { 200: { description: 'HTML', content: { 'text/html': { schema: z.string() } } }, ...errorResponses } }),
    async (c) => {
      const actor = requireAnyPermission(c, [...ROLES]);
      const id = c.req.valid('param').id;
      const [order, s] = [await workOrders.get(actor, id), await svc.get(actor, id)];
      return c.html(settlementPrintHtml(order, s, (await findPoint(db, order.servicePointId))!));
    });
  return r;
}
