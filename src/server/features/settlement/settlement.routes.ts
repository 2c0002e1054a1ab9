import { createRoute, z } from '@hono/zod-openapi';
import { notFound } from '../../http/errors.js';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission } from '../../http/auth-middleware.js';
import { HtmlPage } from '../../../contracts/common.js';
import { Settlement, SettlementDecision, SettlementOnAccount, SettlementOpen, SettlementPayment } from '../../../contracts/settlement.js';
import type { SettlementService } from './settlement.service.js';
import type { OnAccountService } from './on-account.service.js';
import { settlementPrintHtml } from './settlement-print.js';

const tag = 'Settlement 结算';
const ok = { 200: jsonOk(Settlement), ...errorResponses };
const ReceiptToken = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,40}$/, '无效的链接') });
const ROLES = ['cashier.settle', 'work-orders.manage'] as const;

export function settlementRoutes(svc: SettlementService, accounts: OnAccountService) {
  const r = newRouter();
  r.openapi(
    createRoute({ method: 'get', path: '/work-orders/{id}/settlement', tags: [tag], summary: '工单的结算单', request: { params: IdParam }, responses: ok }),
    async (c) => c.json(await svc.get(requireAnyPermission(c, [...ROLES]), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/work-orders/{id}/settlement',
      tags: [tag],
      summary: '开具结算单(优惠在本人权限内直接生效,超出则提交审批)',
      request: { params: IdParam, ...jsonBody(SettlementOpen) },
      responses: { 201: jsonOk(Settlement), ...errorResponses },
    }),
    async (c) => c.json(await svc.open(requireAnyPermission(c, [...ROLES]), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/settlements/{id}/decision',
      tags: [tag],
      summary: '审批优惠(须在审批人权限内)',
      request: { params: IdParam, ...jsonBody(SettlementDecision) },
      responses: ok,
    }),
    async (c) => c.json(await svc.decide(requireAnyPermission(c, [...ROLES]), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/settlements/{id}/payment',
      tags: [tag],
      summary: '收款(各付款方式合计须等于应收)并开票',
      request: { params: IdParam, ...jsonBody(SettlementPayment) },
      responses: ok,
    }),
    async (c) => c.json(await svc.pay(requireAnyPermission(c, ['cashier.settle']), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/settlements/{id}/on-account',
      tags: [tag],
      summary: '挂账(单位客户、保险公司或主机厂;须有挂账权限),车辆可凭出门证离厂',
      request: { params: IdParam, ...jsonBody(SettlementOnAccount) },
      responses: ok,
    }),
    async (c) => c.json(await accounts.putOnAccount(requireAnyPermission(c, ['settlement.on_account']), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/work-orders/{id}/settlement/print',
      tags: [tag],
      summary: '打印结算单(A4 HTML)',
      request: { params: IdParam },
      responses: { 200: { description: 'HTML', content: { 'text/html': { schema: HtmlPage } } }, ...errorResponses },
    }),
    async (c) => {
      const { order, settlement, point, loaners } = await svc.printData(requireAnyPermission(c, [...ROLES]), c.req.valid('param').id);
      return c.html(settlementPrintHtml(order, settlement, point, loaners));
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/public/receipts/{token}',
      tags: [tag],
      summary: '客户的结算单链接(付款回执短信中;无需登录)',
      request: { params: ReceiptToken },
      responses: { 200: { description: 'HTML', content: { 'text/html': { schema: HtmlPage } } }, ...errorResponses },
    }),
    async (c) => {
      const data = await svc.receiptData(c.req.valid('param').token);
      if (!data) throw notFound('结算单');
      return c.html(settlementPrintHtml(data.order, data.settlement, data.point, data.loaners));
    },
  );
  return r;
}
