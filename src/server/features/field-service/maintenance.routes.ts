/** Routes of preventive-maintenance plans and the maintenance view (completion, overdue). */
import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission, requirePermission } from '../../http/auth-middleware.js';
import { itemsOf } from '../../../contracts/common.js';
import {
  FieldMaintenancePlan,
  FieldMaintenancePlanInput,
  FieldMaintenancePlanUpdate,
  FieldMaintenanceQuery,
  FieldMaintenanceView,
  FieldSettings,
  FieldSettingsInput,
} from '../../../contracts/field-install.js';
import type { MaintenanceService } from './maintenance.service.js';
import type { SettingsService } from './settings.service.js';

const tag = 'Field service 现场服务';
type C = Parameters<typeof requireAnyPermission>[0];
const anyField = (c: C) => requireAnyPermission(c, ['field.manage', 'field.dispatch', 'field.work']);
const planner = (c: C) => requireAnyPermission(c, ['field.manage', 'field.dispatch']);

export function maintenanceRoutes(maintenance: MaintenanceService, settings: SettingsService) {
  const r = newRouter();
  const route = <R extends Parameters<typeof createRoute>[0]>(o: R) => createRoute({ tags: [tag], ...o });
  r.openapi(
    route({
      method: 'get',
      path: '/field/maintenance-plans',
      summary: '预防性保养计划(产品、单台设备、服务合同)',
      responses: { 200: jsonOk(itemsOf(FieldMaintenancePlan)), ...errorResponses },
    }),
    async (c) => c.json({ items: await maintenance.listPlans(anyField(c)) }, 200),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/field/maintenance-plans',
      summary: '新建保养计划',
      request: jsonBody(FieldMaintenancePlanInput),
      responses: { 201: jsonOk(FieldMaintenancePlan), ...errorResponses },
    }),
    async (c) => c.json(await maintenance.createPlan(planner(c), c.req.valid('json')), 201),
  );
  r.openapi(
    route({
      method: 'put',
      path: '/field/maintenance-plans/{id}',
      summary: '修改或停用保养计划',
      request: { params: IdParam, ...jsonBody(FieldMaintenancePlanUpdate) },
      responses: { 200: jsonOk(FieldMaintenancePlan), ...errorResponses },
    }),
    async (c) => c.json(await maintenance.updatePlan(planner(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    route({
      method: 'get',
      path: '/field/maintenance',
      summary: '保养完成情况与逾期(计划日期已过未完成)',
      request: { query: FieldMaintenanceQuery },
      responses: { 200: jsonOk(FieldMaintenanceView), ...errorResponses },
    }),
    async (c) => c.json(await maintenance.view(anyField(c), c.req.valid('query')), 200),
  );
  r.openapi(
    route({
      method: 'get',
      path: '/field/settings',
      summary: '现场服务设置:区域响应时限与升级时限',
      responses: { 200: jsonOk(FieldSettings), ...errorResponses },
    }),
    async (c) => c.json(await settings.get(anyField(c)), 200),
  );
  r.openapi(
    route({
      method: 'put',
      path: '/field/settings',
      summary: '保存区域响应时限(合同 > 产品 > 区域 > 默认 8 小时)与各级升级时限(分钟,不能为负)',
      request: jsonBody(FieldSettingsInput),
      responses: { 200: jsonOk(FieldSettings), ...errorResponses },
    }),
    async (c) => c.json(await settings.save(requirePermission(c, 'field.manage'), c.req.valid('json')), 200),
  );
  return r;
}
