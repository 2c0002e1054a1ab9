/**
 * Organization design advisor (issue 13 point 7, seed 000 ③ ⑥): the recommendation from the pure rules of
 * domain/org/advisor, and its installation at a point that has no organization yet, as a draft (positions and
 * departments with planned headcount, nobody assigned) through the templates' installOrganization.
 */
import { createRoute } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { recommendationTemplate, recommendStructure, type AdvisorAnswers } from '../../../domain/org/advisor.js';
import { validateOrg } from '../../../domain/org/rules.js';
import { AdvisorAnswers as AnswersSchema, AdvisorInstall, AdvisorInstalled, AdvisorRecommendation } from '../../../contracts/org-advisor.js';
import { newRouter } from '../../http/app.js';
import { requirePermission } from '../../http/auth-middleware.js';
import { AppError } from '../../http/errors.js';
import { errorResponses, jsonBody, jsonOk } from '../../http/openapi.js';
import { insertAudit } from '../audit/index.js';
import type { FeatureModule, ModuleContext } from '../module.js';
import { positionsOfPoints } from '../org/index.js';
import { visiblePoint } from '../service-points/index.js';
import { installOrganization } from '../templates/index.js';

export function recommend(answers: AdvisorAnswers) {
  const r = recommendStructure(answers);
  const violations = validateOrg(
    r.positions.map((p) => ({ id: p.key, superiorId: p.superiorKey, titleZh: p.titleZh, headOf: p.headOf ?? null })),
    [],
  ).map((v) => ({ code: v.code, message: v.message }));
  return {
    departments: r.departments,
    positions: r.positions.map((p) => ({
      key: p.key,
      titleZh: p.titleZh,
      titleEn: p.titleEn,
      departmentKey: p.departmentKey,
      superiorKey: p.superiorKey,
      collaboratesWith: p.collaboratesWith,
      staffMin: p.staffMin,
      staffMax: p.staffMax,
      headOf: p.headOf ?? null,
    })),
    reasons: r.reasons,
    violations,
  };
}

async function install(db: Db, actor: Actor, input: { servicePointId?: string; answers: AdvisorAnswers }) {
  const point = await visiblePoint(db, actor, input.servicePointId);
  const t = recommendationTemplate(recommendStructure(input.answers));
  return db.transaction(async (tx) => {
    await tx.execute(sql`select id from service_points where id = ${point.id} for update`);
    if ((await positionsOfPoints(tx, [point.id])).length)
      throw new AppError('CONFLICT', '该网点已有组织结构,建议只能安装到尚未建立组织的网点', [{ path: 'servicePointId', message: '该网点已有组织结构' }]);
    await installOrganization(tx, t, point.id, { withDemoEmployees: false, demoHash: '' });
    await insertAudit(tx, actor, {
      servicePointId: point.id,
      action: 'org.advisor_install',
      entityType: 'service_point',
      entityId: point.id,
      summary: `按组织设计建议建立组织(草稿):${t.departments.length} 个部门、${t.positions.length} 个岗位`,
      after: { answers: input.answers },
    });
    return { servicePointId: point.id, positions: t.positions.length, departments: t.departments.length };
  });
}

export function orgAdvisorModule(ctx: ModuleContext): FeatureModule {
  const r = newRouter();
  const tag = 'Org advisor 组织设计建议';
  r.openapi(
    createRoute({
      method: 'post',
      path: '/org/advisor/recommend',
      tags: [tag],
      summary: '按回答推荐售后组织结构(规则见 domain/org/advisor)',
      request: jsonBody(AnswersSchema),
      responses: { 200: jsonOk(AdvisorRecommendation), ...errorResponses },
    }),
    async (c) => {
      requirePermission(c, 'org.read');
      return c.json(recommend(c.req.valid('json')), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/org/advisor/install',
      tags: [tag],
      summary: '将建议安装为尚无组织的网点的组织草稿(岗位空缺待配)',
      request: jsonBody(AdvisorInstall),
      responses: { 201: jsonOk(AdvisorInstalled), ...errorResponses },
    }),
    async (c) => c.json(await install(ctx.db, requirePermission(c, 'org.manage'), c.req.valid('json')), 201),
  );
  return { routers: [r] };
}
