import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, jsonBody, jsonOk } from '../../http/openapi.js';
import { AppError } from '../../http/errors.js';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../http/context.js';
import { rejectControlCharacters } from '../../http/control-chars.js';
import {
  PublicTicketConfirm,
  PublicTicketCreated,
  PublicTicketEscalate,
  PublicTicketIntake,
  PublicTicketStatus,
  PublicTicketUpload,
  Survey,
  SurveyAnswer,
  TokenParams,
} from '../../../contracts/tickets.js';
import type { PublicTicketService } from './public.service.js';

const tag = 'Public 客户自助(免登录)';
const ALLOWED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];
const MAX_FILE = 2 * 1024 * 1024;
const MAX_FILES = 3;

/** Split a validated form (JSON object, or multipart fields with up to three files) into fields and files. */
function readSubmission(body: Record<string, unknown>) {
  const files = ([] as unknown[]).concat(body['attachments'] ?? []).filter((f): f is File => f instanceof File);
  const fields = Object.fromEntries(Object.entries(body).filter(([k]) => k !== 'attachments'));
  return { fields, files };
}

/** The public pages' limits per client: submissions (the form, escalations) and reads; checked before the body is read. */
export interface PublicLimits {
  submit: MiddlewareHandler<AppEnv>;
  read: MiddlewareHandler<AppEnv>;
}

export function publicTicketRoutes(svc: PublicTicketService, limits: PublicLimits) {
  const r = newRouter();
  r.use('/public/*', (c, next) => {
    const isSubmit = c.req.method === 'POST' && (/\/public\/tickets\/?$/.test(c.req.path) || c.req.path.endsWith('/escalate'));
    return (isSubmit ? limits.submit : limits.read)(c, next);
  });
  r.use('/public/*', rejectControlCharacters);

  r.openapi(
    createRoute({
      method: 'post',
      path: '/public/tickets',
      tags: [tag],
      summary: '客户在线提交反馈(JSON 或含附件的 multipart)',
      security: [],
      request: {
        body: {
          content: {
            'application/json': { schema: PublicTicketIntake },
            'multipart/form-data': { schema: PublicTicketUpload },
          },
          required: false,
        },
      },
      responses: { 201: jsonOk(PublicTicketCreated), ...errorResponses },
    }),
    async (c) => {
      const multipart = (c.req.header('content-type') ?? '').startsWith('multipart/form-data');
      const { fields, files } = readSubmission((multipart ? c.req.valid('form') : c.req.valid('json')) as Record<string, unknown>);
      const parsed = PublicTicketIntake.safeParse(fields);
      if (!parsed.success)
        throw new AppError(
          'VALIDATION',
          '输入有误,请检查标出的字段',
          parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        );
      if (files.length > MAX_FILES)
        throw new AppError('VALIDATION', `最多上传 ${MAX_FILES} 个附件`, [{ path: 'attachments', message: `最多 ${MAX_FILES} 个` }]);
      const bad = files.map((f, i) => ({ f, i })).filter(({ f }) => !ALLOWED_TYPES.includes(f.type) || f.size > MAX_FILE);
      if (bad.length)
        throw new AppError(
          'VALIDATION',
          '附件只能是 2 MB 以内的图片或 PDF',
          bad.map(({ f, i }) => ({ path: `attachments.${i}`, message: `${f.name}:只能是 2 MB 以内的 JPG/PNG/WebP/PDF` })),
        );
      const { website: _honeypot, ...input } = parsed.data;
      const attachments = await Promise.all(
        files.map(async (f) => ({ fileName: f.name.slice(0, 120), mimeType: f.type, content: Buffer.from(await f.arrayBuffer()) })),
      );
      return c.json(await svc.submit(input, attachments), 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/public/tickets/{token}',
      tags: [tag],
      summary: '按查询码查看处理进度',
      security: [],
      request: { params: TokenParams },
      responses: { 200: jsonOk(PublicTicketStatus), ...errorResponses },
    }),
    async (c) => {
      return c.json(await svc.status(c.req.valid('param').token), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/public/tickets/{token}/confirm',
      tags: [tag],
      summary: '客户确认解决,或表示未解决(重开)',
      security: [],
      request: { params: TokenParams, ...jsonBody(PublicTicketConfirm) },
      responses: { 200: jsonOk(PublicTicketStatus), ...errorResponses },
    }),
    async (c) => {
      return c.json(await svc.confirm(c.req.valid('param').token, c.req.valid('json')), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/public/tickets/{token}/escalate',
      tags: [tag],
      summary: '客户投诉升级(上一级或直接到领导)',
      security: [],
      request: { params: TokenParams, ...jsonBody(PublicTicketEscalate) },
      responses: { 200: jsonOk(PublicTicketStatus), ...errorResponses },
    }),
    async (c) => {
      return c.json(await svc.escalate(c.req.valid('param').token, c.req.valid('json')), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/public/surveys/{token}',
      tags: [tag],
      summary: '满意度问卷',
      security: [],
      request: { params: TokenParams },
      responses: { 200: jsonOk(Survey), ...errorResponses },
    }),
    async (c) => {
      return c.json(await svc.survey(c.req.valid('param').token), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/public/surveys/{token}',
      tags: [tag],
      summary: '提交满意度评价(各项 1–5 分)',
      security: [],
      request: { params: TokenParams, ...jsonBody(SurveyAnswer) },
      responses: { 200: jsonOk(Survey), ...errorResponses },
    }),
    async (c) => {
      return c.json(await svc.answerSurvey(c.req.valid('param').token, c.req.valid('json')), 200);
    },
  );
  return r;
}
