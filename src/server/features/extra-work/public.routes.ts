import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { newRouter } from '../../http/app.js';
import type { AppEnv } from '../../http/context.js';
import { errorResponses, jsonBody, jsonOk } from '../../http/openapi.js';
import { rejectControlCharacters } from '../../http/control-chars.js';
import { ExtraWorkPublicDecision, PublicExtraWork, TokenParam } from '../../../contracts/extra-work.js';
import type { PublicExtraWorkService } from './public.service.js';

const tag = 'Public 客户自助(免登录)';

/** The customer's 增项 page: read and answer through the token; limited per client. */
export function publicExtraWorkRoutes(svc: PublicExtraWorkService, limit: MiddlewareHandler<AppEnv>) {
  const r = newRouter();
  r.use('/public/extra-work/*', limit);
  r.use('/public/extra-work/*', rejectControlCharacters);
  r.openapi(
    createRoute({
      method: 'get',
      path: '/public/extra-work/{token}',
      tags: [tag],
      summary: '客户查看增项(项目与价格)',
      security: [],
      request: { params: TokenParam },
      responses: { 200: jsonOk(PublicExtraWork), ...errorResponses },
    }),
    async (c) => c.json(await svc.view(c.req.valid('param').token), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/public/extra-work/{token}/decision',
      tags: [tag],
      summary: '客户逐项同意或拒绝增项',
      security: [],
      request: { params: TokenParam, ...jsonBody(ExtraWorkPublicDecision) },
      responses: { 200: jsonOk(PublicExtraWork), ...errorResponses },
    }),
    async (c) => c.json(await svc.decide(c.req.valid('param').token, c.req.valid('json').decisions), 200),
  );
  return r;
}
