/** Routes of member levels, top-up rules, member cards and their ledgers (thin: schema, actor, one service call). */
import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission, requirePermission } from '../../http/auth-middleware.js';
import { HtmlPage, itemsOf, paged, PointQuery } from '../../../contracts/common.js';
import {
  CardRefund,
  CardStatement,
  CardTopUp,
  LedgerEntry,
  MemberCard,
  MemberCardCreate,
  MemberCardQuery,
  MemberCardUpdate,
  MemberLevel,
  MemberLevelCreate,
  MemberLevelUpdate,
  TopUpRule,
  TopUpRulesPut,
} from '../../../contracts/members.js';
import type { CardService } from './cards.service.js';
import { statementHtml } from './statement-print.js';

const tag = 'Members 会员卡与储值';
const READ = ['cashier.settle', 'customers.manage', 'work-orders.manage', 'settings.manage'] as const;
const ISSUE = ['cashier.settle', 'customers.manage'] as const;
const CardSpend = z
  .object({
    amountFen: z.number({ message: '金额须为数字' }).int('金额以分为单位').min(1, '金额须大于 0').max(100_000_000),
    note: z.string().trim().min(1, '请填写消费内容').max(200),
  })
  .openapi('CardSpend');

export function memberRoutes(svc: CardService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/member-levels',
      tags: [tag],
      summary: '会员等级',
      request: { query: PointQuery },
      responses: { 200: jsonOk(itemsOf(MemberLevel)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.listLevels(requireAnyPermission(c, [...READ]), c.req.valid('query').servicePointId) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/member-levels',
      tags: [tag],
      summary: '新建会员等级',
      request: jsonBody(MemberLevelCreate),
      responses: { 201: jsonOk(MemberLevel), ...errorResponses },
    }),
    async (c) => c.json(await svc.createLevel(requirePermission(c, 'settings.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/member-levels/{id}',
      tags: [tag],
      summary: '修改会员等级(折扣)',
      request: { params: IdParam, ...jsonBody(MemberLevelUpdate) },
      responses: { 200: jsonOk(MemberLevel), ...errorResponses },
    }),
    async (c) => c.json(await svc.updateLevel(requirePermission(c, 'settings.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/top-up-rules',
      tags: [tag],
      summary: '充值赠送规则',
      request: { query: PointQuery },
      responses: { 200: jsonOk(itemsOf(TopUpRule)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.listRules(requireAnyPermission(c, [...READ]), c.req.valid('query').servicePointId) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/top-up-rules',
      tags: [tag],
      summary: '设置充值赠送规则(充 1000 送 100)',
      request: jsonBody(TopUpRulesPut),
      responses: { 200: jsonOk(itemsOf(TopUpRule)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.putRules(requirePermission(c, 'settings.manage'), c.req.valid('json')) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/member-cards',
      tags: [tag],
      summary: '会员卡(卡号、客户姓名或电话)',
      request: { query: MemberCardQuery },
      responses: { 200: jsonOk(paged(MemberCard)), ...errorResponses },
    }),
    async (c) => c.json(await svc.list(requireAnyPermission(c, [...READ]), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/member-cards',
      tags: [tag],
      summary: '办理会员卡',
      request: jsonBody(MemberCardCreate),
      responses: { 201: jsonOk(MemberCard), ...errorResponses },
    }),
    async (c) => c.json(await svc.create(requireAnyPermission(c, [...ISSUE]), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/member-cards/{id}',
      tags: [tag],
      summary: '会员卡',
      request: { params: IdParam },
      responses: { 200: jsonOk(MemberCard), ...errorResponses },
    }),
    async (c) => c.json(await svc.get(requireAnyPermission(c, [...READ]), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/member-cards/{id}',
      tags: [tag],
      summary: '变更会员等级或停用',
      request: { params: IdParam, ...jsonBody(MemberCardUpdate) },
      responses: { 200: jsonOk(MemberCard), ...errorResponses },
    }),
    async (c) => c.json(await svc.update(requireAnyPermission(c, [...ISSUE]), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/member-cards/{id}/top-up',
      tags: [tag],
      summary: '充值(按规则赠送)',
      request: { params: IdParam, ...jsonBody(CardTopUp) },
      responses: { 200: jsonOk(MemberCard), ...errorResponses },
    }),
    async (c) => c.json(await svc.topUp(requirePermission(c, 'cashier.settle'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/member-cards/{id}/spend',
      tags: [tag],
      summary: '储值消费(工单外,如洗车、精品;工单在收银结算时付款)',
      request: { params: IdParam, ...jsonBody(CardSpend) },
      responses: { 200: jsonOk(LedgerEntry), ...errorResponses },
    }),
    async (c) => c.json(await svc.spend(requirePermission(c, 'cashier.settle'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/member-cards/{id}/refund',
      tags: [tag],
      summary: '储值退款(须有储值退款权限)',
      request: { params: IdParam, ...jsonBody(CardRefund) },
      responses: { 200: jsonOk(MemberCard), ...errorResponses },
    }),
    async (c) => c.json(await svc.refund(requirePermission(c, 'cards.refund'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/member-cards/{id}/statement',
      tags: [tag],
      summary: '对账单(全部流水)',
      request: { params: IdParam },
      responses: { 200: jsonOk(CardStatement), ...errorResponses },
    }),
    async (c) => c.json(await svc.statement(requireAnyPermission(c, [...READ]), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/member-cards/{id}/statement/print',
      tags: [tag],
      summary: '打印对账单(A4 HTML)',
      request: { params: IdParam },
      responses: { 200: { description: 'HTML', content: { 'text/html': { schema: HtmlPage } } }, ...errorResponses },
    }),
    async (c) => {
      const actor = requireAnyPermission(c, [...READ]);
      return c.html(statementHtml(await svc.printData(actor, c.req.valid('param').id)));
    },
  );
  return r;
}
