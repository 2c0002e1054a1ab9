import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requirePermission } from '../../http/auth-middleware.js';
import { itemsOf } from '../../../contracts/common.js';
import { User, UserCreate, UserUpdate } from '../../../contracts/users.js';
import type { UserService } from './users.service.js';

const tag = 'Users 用户';
export function userRoutes(svc: UserService) {
  const r = newRouter();
  r.openapi(
    createRoute({ method: 'get', path: '/users', tags: [tag], summary: '用户账号 Users', responses: { 200: jsonOk(itemsOf(User)), ...errorResponses } }),
    async (c) => c.json({ items: await svc.list(requirePermission(c, 'users.manage')) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/users',
      tags: [tag],
      summary: '新建用户',
      request: jsonBody(UserCreate),
      responses: { 201: jsonOk(User), ...errorResponses },
    }),
    async (c) => c.json(await svc.create(requirePermission(c, 'users.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/users/{id}',
      tags: [tag],
      summary: '修改用户 / 重置密码 / 停用',
      request: { params: IdParam, ...jsonBody(UserUpdate) },
      responses: { 200: jsonOk(User), ...errorResponses },
    }),
    async (c) => c.json(await svc.update(requirePermission(c, 'users.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/users/{id}/unlock-login',
      tags: [tag],
      summary: '解除登录锁定(清除近期失败记录)',
      request: { params: IdParam },
      responses: { 200: jsonOk(User), ...errorResponses },
    }),
    async (c) => c.json(await svc.unlockLogin(requirePermission(c, 'users.manage'), c.req.valid('param').id), 200),
  );
  return r;
}
