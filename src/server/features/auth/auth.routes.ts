import { createRoute } from '@hono/zod-openapi';
import { setCookie, deleteCookie } from 'hono/cookie';
import { clientIp } from '../../http/client-ip.js';
import { newRouter } from '../../http/app.js';
import { errorResponses, jsonBody, jsonOk, IdParam, Ok, noContent } from '../../http/openapi.js';
import { requireActor, requirePermission, SESSION_COOKIE } from '../../http/auth-middleware.js';
import { ApiToken, ApiTokenCreate, ApiTokenCreated, ChangePasswordRequest, LocaleRequest, LoginRequest, LoginResult, Me } from '../../../contracts/auth.js';
import { itemsOf } from '../../../contracts/common.js';
import type { AuthService } from './auth.service.js';

const tag = 'Auth 登录与令牌';

const presentToken = (t: {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}): ApiToken => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  createdAt: t.createdAt.toISOString(),
  expiresAt: t.expiresAt?.toISOString() ?? null,
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
});

export function authRoutes(
  auth: AuthService,
  deps: {
    secureCookies: boolean;
    trustProxy: boolean;
    pointName: (id: string) => Promise<string>;
    setLocale: (userId: string, locale: string) => Promise<void>;
  },
) {
  const r = newRouter();

  r.openapi(
    createRoute({
      method: 'post',
      path: '/auth/login',
      tags: [tag],
      summary: '登录 Log in',
      security: [],
      request: jsonBody(LoginRequest),
      responses: { 200: jsonOk(LoginResult), ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const { token, expiresAt } = await auth.login({
        ...body,
        ip: clientIp(c, deps.trustProxy),
        userAgent: c.req.header('user-agent') ?? '',
      });
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
        secure: deps.secureCookies,
        expires: expiresAt,
      });
      return c.json({ ok: true as const, expiresAt: expiresAt.toISOString() }, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/auth/logout', tags: [tag], summary: '退出 Log out', responses: { 200: jsonOk(Ok), ...errorResponses } }),
    async (c) => {
      const token = c.get('sessionToken');
      if (token) await auth.logout(c.get('actor'), token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json({ ok: true as const }, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/auth/me', tags: [tag], summary: '当前用户 Who am I', responses: { 200: jsonOk(Me), ...errorResponses } }),
    async (c) => {
      const a = requireActor(c);
      return c.json(
        {
          userId: a.userId,
          username: a.username,
          displayName: a.displayName,
          servicePointId: a.servicePointId,
          servicePointName: await deps.pointName(a.servicePointId),
          isSuperuser: a.isSuperuser,
          employeeId: a.employeeId,
          permissions: [...a.permissions].sort(),
          limits: a.limits,
          positionTitles: a.positionTitles,
          locale: a.locale,
        },
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/auth/me/locale',
      tags: [tag],
      summary: '保存界面语言 Remember UI language',
      request: jsonBody(LocaleRequest),
      responses: { 200: jsonOk(Ok), ...errorResponses },
    }),
    async (c) => {
      const a = requireActor(c);
      await deps.setLocale(a.userId, c.req.valid('json').locale);
      return c.json({ ok: true as const }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/auth/password',
      tags: [tag],
      summary: '修改密码 Change password',
      request: jsonBody(ChangePasswordRequest),
      responses: { 200: jsonOk(Ok), ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json');
      await auth.changePassword(requireActor(c), body.currentPassword, body.newPassword);
      return c.json({ ok: true as const }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api-tokens',
      tags: [tag],
      summary: '我的 API 令牌 My API tokens',
      responses: { 200: jsonOk(itemsOf(ApiToken)), ...errorResponses },
    }),
    async (c) => {
      const rows = await auth.listTokens(requirePermission(c, 'tokens.manage'));
      return c.json({ items: rows.map(presentToken) }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api-tokens',
      tags: [tag],
      summary: '创建 API 令牌(只显示一次)Create an API token (shown once)',
      request: jsonBody(ApiTokenCreate),
      responses: { 201: jsonOk(ApiTokenCreated), ...errorResponses },
    }),
    async (c) => {
      const actor = requirePermission(c, 'tokens.manage');
      const body = c.req.valid('json');
      const { token, row } = await auth.createToken(actor, body.name, body.expiresAt ? new Date(body.expiresAt) : null);
      return c.json({ token, item: presentToken(row) }, 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api-tokens/{id}',
      tags: [tag],
      summary: '吊销令牌 Revoke a token',
      request: { params: IdParam },
      responses: { ...noContent, ...errorResponses },
    }),
    async (c) => {
      await auth.revokeToken(requirePermission(c, 'tokens.manage'), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  return r;
}
