import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireActor } from '../../http/auth-middleware.js';
import { forbidden } from '../../http/errors.js';
import type { AppEnv } from '../../http/context.js';
import { can } from '../../../domain/auth/actor.js';
import { BinaryFile, itemsOf, paged } from '../../../contracts/common.js';
import {
  AttachmentParams,
  CompensationDecision,
  CompensationOffer,
  CompensationResult,
  PendingCompensation,
  TicketAction,
  TicketAssign,
  TicketDetail,
  TicketEscalate,
  TicketHandler,
  TicketIntake,
  TicketNote,
  TicketPlan,
  TicketQuery,
  TicketSummary,
  TicketUpdate,
} from '../../../contracts/tickets.js';
import type { TicketService } from './tickets.service.js';
import type { CompensationService } from './compensation.service.js';

const tag = 'Tickets 客户反馈与投诉';

/** Ticket work needs tickets.handle or tickets.supervise. */
export function requireTicketRole(c: Context<AppEnv>) {
  const actor = requireActor(c);
  if (!can(actor, 'tickets.handle') && !can(actor, 'tickets.supervise')) throw forbidden('没有处理客户反馈的权限');
  return actor;
}

export function ticketRoutes(tickets: TicketService, comps: CompensationService) {
  const r = newRouter();
  const detail = { 200: jsonOk(TicketDetail), ...errorResponses };

  r.openapi(
    createRoute({
      method: 'get',
      path: '/tickets',
      tags: [tag],
      summary: '工单列表(筛选、搜索、我的、超时)',
      request: { query: TicketQuery },
      responses: { 200: jsonOk(paged(TicketSummary)), ...errorResponses },
    }),
    async (c) => c.json(await tickets.list(requireTicketRole(c), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/tickets',
      tags: [tag],
      summary: '受理(电话、邮件、到店…;可补录真实来电时间 receivedAt)',
      request: jsonBody(TicketIntake),
      responses: { 201: jsonOk(TicketDetail), ...errorResponses },
    }),
    async (c) => c.json(await tickets.create(requireTicketRole(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/tickets/{id}',
      tags: [tag],
      summary: '工单详情(对话记录、时限、升级链)',
      request: { params: IdParam },
      responses: detail,
    }),
    async (c) => c.json(await tickets.get(requireTicketRole(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/tickets/{id}',
      tags: [tag],
      summary: '修改优先级/分类/原因',
      request: { params: IdParam, ...jsonBody(TicketUpdate) },
      responses: detail,
    }),
    async (c) => c.json(await tickets.update(requireTicketRole(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/tickets/{id}/actions',
      tags: [tag],
      summary: '状态操作:响应/等待客户/恢复/解决/确认/重开/关闭',
      request: { params: IdParam, ...jsonBody(TicketAction) },
      responses: detail,
    }),
    async (c) => c.json(await tickets.act(requireTicketRole(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/tickets/{id}/handlers',
      tags: [tag],
      summary: '可转派的处理人(与转派校验同一规则)',
      request: { params: IdParam },
      responses: { 200: jsonOk(itemsOf(TicketHandler)), ...errorResponses },
    }),
    async (c) => c.json({ items: await tickets.handlers(requireTicketRole(c), c.req.valid('param').id) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/tickets/{id}/assign',
      tags: [tag],
      summary: '转派',
      request: { params: IdParam, ...jsonBody(TicketAssign) },
      responses: detail,
    }),
    async (c) => c.json(await tickets.assign(requireTicketRole(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/tickets/{id}/plan',
      tags: [tag],
      summary: '处理方案(责任部门、期限、沟通)',
      request: { params: IdParam, ...jsonBody(TicketPlan) },
      responses: detail,
    }),
    async (c) => c.json(await tickets.plan(requireTicketRole(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/tickets/{id}/notes',
      tags: [tag],
      summary: '记录沟通(内部备注或回复客户)',
      request: { params: IdParam, ...jsonBody(TicketNote) },
      responses: detail,
    }),
    async (c) => c.json(await tickets.addNote(requireTicketRole(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/tickets/{id}/escalate',
      tags: [tag],
      summary: '升级至上一级',
      request: { params: IdParam, ...jsonBody(TicketEscalate) },
      responses: detail,
    }),
    async (c) => c.json(await tickets.escalate(requireTicketRole(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/tickets/{id}/compensations',
      tags: [tag],
      summary: '提出补偿(超出权限则提交审批)',
      request: { params: IdParam, ...jsonBody(CompensationOffer) },
      responses: { 201: jsonOk(CompensationResult), ...errorResponses },
    }),
    async (c) => {
      const row = await comps.offer(requireTicketRole(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json({ id: row.id, status: row.status }, 201);
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/compensations/pending',
      tags: [tag],
      summary: '待我审批的补偿',
      responses: { 200: jsonOk(itemsOf(PendingCompensation)), ...errorResponses },
    }),
    async (c) => c.json({ items: await comps.pending(requireTicketRole(c)) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/compensations/{id}/decision',
      tags: [tag],
      summary: '审批补偿(须在审批人权限内)',
      request: { params: IdParam, ...jsonBody(CompensationDecision) },
      responses: { 200: jsonOk(CompensationResult), ...errorResponses },
    }),
    async (c) => {
      const row = await comps.decide(requireActor(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json({ id: row.id, status: row.status }, 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/tickets/{id}/attachments/{attachmentId}',
      tags: [tag],
      summary: '下载附件',
      request: { params: AttachmentParams },
      responses: { 200: { description: 'file', content: { 'application/octet-stream': { schema: BinaryFile } } }, ...errorResponses },
    }),
    async (c) => {
      const { id, attachmentId } = c.req.valid('param');
      const a = await tickets.attachment(requireTicketRole(c), id, attachmentId);
      // Always a download, never rendered inline: an uploaded HTML/SVG file cannot run script in our origin.
      return c.body(new Uint8Array(Buffer.from(a.content, 'base64')), 200, {
        'content-type': 'application/octet-stream',
        'x-content-type-options': 'nosniff',
        'content-disposition': `attachment; filename="attachment"; filename*=UTF-8''${encodeURIComponent(a.fileName)}`,
      });
    },
  );
  return r;
}
