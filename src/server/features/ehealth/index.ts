/**
 * 汽车维修电子健康档案 (issue 13 point 8): a record per settled work order (the work-order hook at 'settle'), uploaded
 * through the outbox by the configured adapter (file by default, or HTTP), with retries and a status per record.
 */
import { createRoute } from '@hono/zod-openapi';
import { EhealthList, EhealthQuery, EhealthRecord } from '../../../contracts/ehealth.js';
import { newRouter } from '../../http/app.js';
import { requireAnyPermission, requirePermission } from '../../http/auth-middleware.js';
import { errorResponses, IdParam, jsonOk } from '../../http/openapi.js';
import type { FeatureModule, ModuleContext } from '../module.js';
import type { WorkOrderHook } from '../work-orders/index.js';
import { adapterOf, type EhealthAdapter } from './adapters.js';
import { createEhealthService, EHEALTH_QUEUE } from './ehealth.service.js';

export { fileAdapter, httpAdapter, type EhealthAdapter } from './adapters.js';

export function ehealthModule(ctx: ModuleContext, deps: { adapter?: EhealthAdapter } = {}): FeatureModule & { hook: WorkOrderHook } {
  let configured: EhealthAdapter | undefined = deps.adapter;
  const svc = createEhealthService({ db: ctx.db, now: ctx.now, logger: ctx.logger, adapter: () => (configured ??= adapterOf(ctx.config)) });
  const r = newRouter();
  const tag = 'E-health 电子健康档案';
  r.openapi(
    createRoute({
      method: 'get',
      path: '/ehealth/records',
      tags: [tag],
      summary: '维修电子健康档案及上传状态(失败的可重传)',
      request: { query: EhealthQuery },
      responses: { 200: jsonOk(EhealthList), ...errorResponses },
    }),
    async (c) => c.json(await svc.list(requirePermission(c, 'reports.read'), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/ehealth/records/{id}/retry',
      tags: [tag],
      summary: '立即重新上传',
      request: { params: IdParam },
      responses: { 200: jsonOk(EhealthRecord), ...errorResponses },
    }),
    async (c) => c.json(await svc.retry(requireAnyPermission(c, ['settings.manage', 'audit.read']), c.req.valid('param').id), 200),
  );
  return {
    routers: [r],
    hook: svc.hook,
    jobs: {
      [EHEALTH_QUEUE]: async (job) => {
        await svc.upload((job.payload as { recordId: string }).recordId);
      },
    },
  };
}
