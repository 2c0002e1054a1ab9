import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission } from '../../http/auth-middleware.js';
import { itemsOf, PointQuery } from '../../../contracts/common.js';
import {
  Loaner,
  LoanerBooking,
  LoanerBookingCancel,
  LoanerBookingCreate,
  LoanerBookingQuery,
  LoanerCreate,
  LoanerHandover,
  LoanerStateChange,
} from '../../../contracts/loaners.js';
import type { LoanersService } from './loaners.service.js';

const tag = 'Loaners 代步车';
/** Advisors (work orders) and the insurance staff book and hand over loaners. */
const staff = (c: Parameters<typeof requireAnyPermission>[0]) => requireAnyPermission(c, ['work-orders.manage', 'insurance.manage']);

export function loanerRoutes(svc: LoanersService) {
  const r = newRouter();
  const bookingOk = { 200: jsonOk(LoanerBooking), ...errorResponses };
  r.openapi(
    createRoute({
      method: 'get',
      path: '/loaners',
      tags: [tag],
      summary: '代步车车队',
      request: { query: PointQuery },
      responses: { 200: jsonOk(itemsOf(Loaner)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.fleet(staff(c), c.req.valid('query').servicePointId) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/loaners',
      tags: [tag],
      summary: '新增代步车',
      request: jsonBody(LoanerCreate),
      responses: { 201: jsonOk(Loaner), ...errorResponses },
    }),
    async (c) => c.json(await svc.addLoaner(staff(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/loaners/{id}/state',
      tags: [tag],
      summary: '代步车状态(可用/保养中/停用)',
      request: { params: IdParam, ...jsonBody(LoanerStateChange) },
      responses: { 200: jsonOk(Loaner), ...errorResponses },
    }),
    async (c) => c.json(await svc.setState(staff(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/loaner-bookings',
      tags: [tag],
      summary: '代步车预订(按时段)',
      request: { query: LoanerBookingQuery },
      responses: { 200: jsonOk(itemsOf(LoanerBooking)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.bookings(staff(c), c.req.valid('query')) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/loaner-bookings',
      tags: [tag],
      summary: '预订代步车(同一时段不能重复预订)',
      request: jsonBody(LoanerBookingCreate),
      responses: { 201: jsonOk(LoanerBooking), ...errorResponses },
    }),
    async (c) => c.json(await svc.book(staff(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/loaner-bookings/{id}/handover',
      tags: [tag],
      summary: '交车(里程、油量、车损、时间)',
      request: { params: IdParam, ...jsonBody(LoanerHandover) },
      responses: bookingOk,
    }),
    async (c) => c.json(await svc.handOver(staff(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/loaner-bookings/{id}/return',
      tags: [tag],
      summary: '还车(里程、油量、车损、时间;计天数和费用)',
      request: { params: IdParam, ...jsonBody(LoanerHandover) },
      responses: bookingOk,
    }),
    async (c) => c.json(await svc.giveBack(staff(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/loaner-bookings/{id}/cancel',
      tags: [tag],
      summary: '取消预订',
      request: { params: IdParam, ...jsonBody(LoanerBookingCancel) },
      responses: bookingOk,
    }),
    async (c) => c.json(await svc.cancel(staff(c), c.req.valid('param').id, c.req.valid('json').version), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/work-orders/{id}/loaner-use',
      tags: [tag],
      summary: '工单的代步车使用记录(三包第17条)',
      request: { params: IdParam },
      responses: { 200: jsonOk(itemsOf(LoanerBooking)), ...errorResponses },
    }),
    async (c) => {
      const actor = requireAnyPermission(c, ['work-orders.manage', 'insurance.manage', 'workshop.dispatch', 'cashier.settle', 'claims.manage']);
      return c.json({ items: await svc.ofWorkOrder(actor, c.req.valid('param').id) }, 200);
    },
  );
  return r;
}
