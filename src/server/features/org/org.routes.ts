import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk, noContent } from '../../http/openapi.js';
import { requirePermission } from '../../http/auth-middleware.js';
import { BinaryFile, itemsOf, PointQuery, VersionQuery } from '../../../contracts/common.js';
import {
  Department,
  DepartmentCreate,
  DepartmentUpdate,
  OrgChart,
  Position,
  PositionCreate,
  PositionUpdate,
  Staffing,
  Team,
  TeamCreate,
  TeamUpdate,
} from '../../../contracts/org.js';
import { buildStaffing } from '../../../domain/org/staffing.js';
import type { PositionService } from './positions.service.js';
import type { StructureService } from './structure.service.js';
import { presentDepartment, presentTeam } from './org.present.js';
import { staffingWorkbook } from './org-xlsx.js';

const tag = 'Organization 组织结构';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function orgRoutes(positions: PositionService, structure: StructureService) {
  const r = newRouter();

  async function staffingOf(c: Parameters<typeof requirePermission>[0], pointId?: string) {
    const chart = await positions.chart(requirePermission(c, 'org.read'), pointId);
    return {
      chart,
      staffing: buildStaffing(
        chart.positions.map((p) => ({
          positionId: p.id,
          departmentName: p.departmentName,
          titleZh: p.titleZh,
          titleEn: p.titleEn,
          grade: p.grade,
          plannedHeadcount: p.plannedHeadcount,
          holders: [...new Map(p.holders.map((h) => [h.employeeId, h.name])).values()],
        })),
      ),
    };
  }

  r.openapi(
    createRoute({
      method: 'get',
      path: '/org/chart',
      tags: [tag],
      summary: '组织结构图数据 Org chart',
      request: { query: PointQuery },
      responses: { 200: jsonOk(OrgChart), ...errorResponses },
    }),
    async (c) => {
      const ch = await positions.chart(requirePermission(c, 'org.read'), c.req.valid('query').servicePointId);
      return c.json(
        {
          servicePointId: ch.point.id,
          servicePointName: ch.point.nameZh,
          departments: [...ch.ctx.departments.values()].map(presentDepartment),
          positions: ch.positions,
          teams: ch.teams.map((t) => presentTeam(t.team, t.memberCount)),
          links: ch.ctx.links,
          violations: ch.violations,
        },
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/staffing',
      tags: [tag],
      summary: '编制表 Staffing table (planned vs actual)',
      request: { query: PointQuery },
      responses: { 200: jsonOk(Staffing), ...errorResponses },
    }),
    async (c) => c.json((await staffingOf(c, c.req.valid('query').servicePointId)).staffing, 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/staffing/export',
      tags: [tag],
      summary: '导出编制表 .xlsx',
      request: { query: PointQuery },
      responses: { 200: { description: 'xlsx', content: { [XLSX]: { schema: BinaryFile } } }, ...errorResponses },
    }),
    async (c) => {
      const { chart, staffing } = await staffingOf(c, c.req.valid('query').servicePointId);
      const buf = await staffingWorkbook(chart.point.nameZh, staffing.rows, staffing.totals);
      return c.body(new Uint8Array(buf), 200, {
        'content-type': XLSX,
        'content-disposition': `attachment; filename="staffing.xlsx"; filename*=UTF-8''${encodeURIComponent('编制表.xlsx')}`,
      });
    },
  );

  // ---- positions
  r.openapi(
    createRoute({
      method: 'get',
      path: '/positions',
      tags: [tag],
      summary: '岗位列表 Positions',
      request: { query: PointQuery },
      responses: { 200: jsonOk(itemsOf(Position)), ...errorResponses },
    }),
    async (c) => c.json({ items: await positions.list(requirePermission(c, 'org.read'), c.req.valid('query').servicePointId) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/positions/{id}',
      tags: [tag],
      summary: '岗位职责 Job description',
      request: { params: IdParam },
      responses: { 200: jsonOk(Position), ...errorResponses },
    }),
    async (c) => c.json(await positions.get(requirePermission(c, 'org.read'), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/positions',
      tags: [tag],
      summary: '新增岗位 Create a position',
      request: jsonBody(PositionCreate),
      responses: { 201: jsonOk(Position), ...errorResponses },
    }),
    async (c) => c.json(await positions.create(requirePermission(c, 'org.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/positions/{id}',
      tags: [tag],
      summary: '修改岗位(含汇报线与协作线)Update a position',
      request: { params: IdParam, ...jsonBody(PositionUpdate) },
      responses: { 200: jsonOk(Position), ...errorResponses },
    }),
    async (c) => c.json(await positions.update(requirePermission(c, 'org.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'delete',
      path: '/positions/{id}',
      tags: [tag],
      summary: '删除岗位 Delete a position',
      request: { params: IdParam, query: VersionQuery },
      responses: { ...noContent, ...errorResponses },
    }),
    async (c) => {
      await positions.remove(requirePermission(c, 'org.manage'), c.req.valid('param').id, c.req.valid('query').version);
      return c.body(null, 204);
    },
  );

  // ---- departments
  r.openapi(
    createRoute({
      method: 'get',
      path: '/departments',
      tags: [tag],
      summary: '部门 Departments',
      request: { query: PointQuery },
      responses: { 200: jsonOk(itemsOf(Department)), ...errorResponses },
    }),
    async (c) => c.json({ items: await structure.listDepartments(requirePermission(c, 'org.read'), c.req.valid('query').servicePointId) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/departments',
      tags: [tag],
      summary: '新增部门',
      request: jsonBody(DepartmentCreate),
      responses: { 201: jsonOk(Department), ...errorResponses },
    }),
    async (c) => c.json(await structure.createDepartment(requirePermission(c, 'org.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/departments/{id}',
      tags: [tag],
      summary: '修改部门',
      request: { params: IdParam, ...jsonBody(DepartmentUpdate) },
      responses: { 200: jsonOk(Department), ...errorResponses },
    }),
    async (c) => c.json(await structure.updateDepartment(requirePermission(c, 'org.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'delete',
      path: '/departments/{id}',
      tags: [tag],
      summary: '删除部门',
      request: { params: IdParam, query: VersionQuery },
      responses: { ...noContent, ...errorResponses },
    }),
    async (c) => {
      await structure.deleteDepartment(requirePermission(c, 'org.manage'), c.req.valid('param').id, c.req.valid('query').version);
      return c.body(null, 204);
    },
  );

  // ---- teams
  r.openapi(
    createRoute({
      method: 'get',
      path: '/teams',
      tags: [tag],
      summary: '班组 Teams',
      request: { query: PointQuery },
      responses: { 200: jsonOk(itemsOf(Team)), ...errorResponses },
    }),
    async (c) => c.json({ items: await structure.listTeams(requirePermission(c, 'org.read'), c.req.valid('query').servicePointId) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/teams',
      tags: [tag],
      summary: '新增班组',
      request: jsonBody(TeamCreate),
      responses: { 201: jsonOk(Team), ...errorResponses },
    }),
    async (c) => c.json(await structure.createTeam(requirePermission(c, 'org.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/teams/{id}',
      tags: [tag],
      summary: '修改班组',
      request: { params: IdParam, ...jsonBody(TeamUpdate) },
      responses: { 200: jsonOk(Team), ...errorResponses },
    }),
    async (c) => c.json(await structure.updateTeam(requirePermission(c, 'org.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  return r;
}
