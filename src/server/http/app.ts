import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { requestId } from 'hono/request-id';
import { errorFields, log as defaultLogger, type Logger } from '../log.js';
import type { AppEnv } from './context.js';
import { AppError, STATUS } from './errors.js';
import { pgErrorOf, uniqueFieldOf, type PgErrorInfo } from '../db/errors.js';
import { resolveActor } from './auth-middleware.js';
import { rejectControlCharacters } from './control-chars.js';
import { maskContactsForActor } from './mask-contacts.js';
import type { AuthService } from '../features/auth/index.js';
import { mountDocs } from './docs.js';
import { mountWeb } from './web.js';

export interface AppOptions {
  auth: AuthService;
  /** Feature routers, each mounted under /api. */
  routers: OpenAPIHono<AppEnv>[];
  /** Directory of the built SPA; omitted in API tests. */
  webDir?: string;
  /** Where errors are logged (tests pass their own to read it). */
  logger?: Logger;
}

/** A router with our validation hook: zod failures become 400 with field-by-field messages. */
export function newRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const fields = result.error.issues.map((i) => ({
          path: i.path.map(String).join('.') || '(body)',
          message: i.message,
        }));
        throw new AppError('VALIDATION', '输入有误,请检查标出的字段', fields);
      }
    },
  });
}

const HTTP_CODES: Record<number, AppError['code']> = {
  400: 'VALIDATION',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  422: 'BUSINESS_RULE',
  429: 'RATE_LIMITED',
};

/**
 * One Content-Security-Policy for the SPA, the API docs and the print views: scripts only from our origin (no inline
 * script anywhere); inline styles are allowed because antd injects its CSS-in-JS as <style> elements.
 */
export const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Map anything thrown to the error envelope; only true bugs become 500. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof HTTPException) {
    const code = HTTP_CODES[err.status] ?? 'VALIDATION';
    const msg = err.status === 400 && /json/i.test(err.message) ? '请求体不是有效的 JSON' : err.message || code;
    return new AppError(code, msg);
  }
  const db = pgErrorOf(err);
  if (db) {
    const mapped = fromDatabase(db);
    if (mapped) return mapped;
  }
  return new AppError('INTERNAL', '服务器内部错误,已记录,请稍后重试');
}

/** The one mapping of database refusals to the error envelope (anything else stays a 500). */
function fromDatabase(e: PgErrorInfo): AppError | undefined {
  switch (e.code) {
    case '23505': {
      const field = uniqueFieldOf(e.constraint);
      return new AppError('CONFLICT', '与已有记录重复,请检查后重试', field ? [{ path: field, message: '已存在相同的值' }] : [], 'DUPLICATE');
    }
    case '23503':
      return new AppError('BUSINESS_RULE', '引用的记录不存在,或仍被其他记录引用', [], 'REFERENCE');
    case '23514':
    case '23502':
      return new AppError('BUSINESS_RULE', '数据不符合规则,未保存', [], 'CONSTRAINT');
    case '40001':
    case '40P01':
      return new AppError('CONFLICT', '同时有其他人在修改,请重试', [], 'CONCURRENT_UPDATE');
    default:
      // Class 22: data the database cannot hold (out of range, bad text or date, NUL byte, too long).
      return e.code.startsWith('22') ? new AppError('VALIDATION', '输入的值超出允许范围或格式无效', [], 'INVALID_VALUE') : undefined;
  }
}

export function createApp(o: AppOptions) {
  const app = newRouter();
  const logger = o.logger ?? defaultLogger;

  app.use('*', requestId());
  app.use('*', secureHeaders({ contentSecurityPolicy: CSP, crossOriginEmbedderPolicy: false }));
  // API answers and printable documents carry personal data: never cached (the docs' static assets may be).
  app.use('/api/*', async (c, next) => {
    await next();
    if (!c.req.path.startsWith('/api/docs/assets/')) c.header('Cache-Control', 'no-store');
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: 20 * 1024 * 1024,
      onError: () => {
        throw new AppError('PAYLOAD_TOO_LARGE', '上传内容过大(上限 20 MB)');
      },
    }),
  );
  // The public routes check after their rate limit (a refused client's body is never read): see public.routes.
  app.use('/api/*', (c, next) => (c.req.path.startsWith('/api/public/') ? next() : rejectControlCharacters(c, next)));
  app.use('/api/*', resolveActor(o.auth));
  app.use('/api/*', maskContactsForActor);

  app.onError((err, c) => {
    const e = toAppError(err);
    if (e.code === 'INTERNAL') {
      logger.error({ requestId: c.get('requestId'), method: c.req.method, path: c.req.path, error: errorFields(err) }, 'request failed');
      return c.json(new AppError('INTERNAL', `${e.message}(编号 ${c.get('requestId')})`).toBody(), 500);
    }
    return c.json(e.toBody(), STATUS[e.code]);
  });

  for (const r of o.routers) app.route('/api', r);

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'as_session',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Aftersales 售后服务管理系统 API',
      version: '0.1.0',
      description:
        'Errors use the envelope {"error":{"code","message","fields"}}. Money is integer fen; times ISO 8601 with offset. Updates carry `version` and get 409 when stale.',
    },
    security: [{ session: [] }, { bearer: [] }],
  });
  mountDocs(app);
  app.all('/api/*', () => {
    throw new AppError('NOT_FOUND', '接口不存在');
  });
  if (o.webDir) mountWeb(app, o.webDir);
  return app;
}
export type App = ReturnType<typeof createApp>;
