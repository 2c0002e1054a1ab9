/** Workshop board (维修管理看板), dispatch, technician job actions and attendance. */
import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission, requirePermission } from '../../http/auth-middleware.js';
import { PointQuery } from '../../../contracts/common.js';
import { AttendanceEntry, Board, BoardQuery, JobAction, JobAssign, JobPause, JobCard, MyJobs, Suggestions } from '../../../contracts/workshop.js';
import type { Permission } from '../../../domain/auth/permissions.js';
import type { DispatchService } from './dispatch.service.js';
import type { JobService } from './jobs.service.js';

const tag = 'Workshop 车间';
/** Who may look at the board (and its live events). */
export const BOARD_READERS: Permission[] = ['workshop.dispatch', 'workshop.work', 'qc.inspect', 'work-orders.manage'];
const jobOk = { 200: jsonOk(JobCard), ...errorResponses };

/** Board, suggestions, assignment; start/pause/finish; my jobs; attendance. */
export function workshopRoutes(dispatch: DispatchService, jobs: JobService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/workshop/board',
      tags: [tag],
      summary: '车间看板:班组/技师泳道、未派工作业、产能、各阶段台次',
      request: { query: BoardQuery },
      responses: { 200: jsonOk(Board), ...errorResponses },
    }),
    async (c) => c.json(await dispatch.board(requireAnyPermission(c, BOARD_READERS), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/workshop/suggestions',
      tags: [tag],
      summary: '派工建议(均衡负荷、先急后缓、长作业优先)',
      request: { query: PointQuery },
      responses: { 200: jsonOk(Suggestions), ...errorResponses },
    }),
    async (c) => c.json(await dispatch.suggestions(requirePermission(c, 'workshop.dispatch'), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/workshop/jobs/{id}/assign',
      tags: [tag],
      summary: '派工(工种、从业资格证、学徒限制;不符返回 422)',
      request: { params: IdParam, ...jsonBody(JobAssign) },
      responses: jobOk,
    }),
    async (c) => c.json(await dispatch.assign(requirePermission(c, 'workshop.dispatch'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  const worker = (c: Parameters<typeof requireAnyPermission>[0]) => requireAnyPermission(c, ['workshop.work', 'workshop.dispatch']);
  r.openapi(
    createRoute({
      method: 'post',
      path: '/workshop/jobs/{id}/start',
      tags: [tag],
      summary: '开工打卡(首个作业开工时工单转为在修)',
      request: { params: IdParam, ...jsonBody(JobAction) },
      responses: jobOk,
    }),
    async (c) => c.json(await jobs.start(worker(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/workshop/jobs/{id}/pause',
      tags: [tag],
      summary: '暂停(停止计时,须选择原因:待料、等客户确认、下班、其他+说明)',
      request: { params: IdParam, ...jsonBody(JobPause) },
      responses: jobOk,
    }),
    async (c) => c.json(await jobs.pause(worker(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/workshop/jobs/{id}/finish',
      tags: [tag],
      summary: '完工(全部作业完工时工单转为待质检)',
      request: { params: IdParam, ...jsonBody(JobAction) },
      responses: jobOk,
    }),
    async (c) => c.json(await jobs.finish(worker(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({ method: 'get', path: '/workshop/my-jobs', tags: [tag], summary: '我的作业(手机端)', responses: { 200: jsonOk(MyJobs), ...errorResponses } }),
    async (c) => c.json(await jobs.myJobs(requirePermission(c, 'workshop.work')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/workshop/attendance/clock-in',
      tags: [tag],
      summary: '技师签到(出勤)',
      responses: { 200: jsonOk(AttendanceEntry), ...errorResponses },
    }),
    async (c) => c.json(await jobs.clockIn(requirePermission(c, 'workshop.work')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/workshop/attendance/clock-out',
      tags: [tag],
      summary: '技师签退(进行中的作业自动暂停)',
      responses: { 200: jsonOk(AttendanceEntry), ...errorResponses },
    }),
    async (c) => c.json(await jobs.clockOut(requirePermission(c, 'workshop.work')), 200),
  );
  return r;
}
