import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission, requirePermission } from '../../http/auth-middleware.js';
import type { AppEnv } from '../../http/context.js';
import { paged } from '../../../contracts/common.js';
import {
  NetworkStock,
  NetworkStockQuery,
  StockSharing,
  StockSharingUpdate,
  Transfer,
  TransferActionBody,
  TransferCreate,
  TransferQuery,
  TransferReceipt,
  TransferReceiptResult,
} from '../../../contracts/stock-ops.js';
import type { SharingService } from './sharing.js';
import type { TransferService } from './transfers.service.js';

const tag = 'Transfers 配件调拨';
const keeper = (c: Context<AppEnv>) => requirePermission(c, 'parts.manage');
const reader = (c: Context<AppEnv>) => requireAnyPermission(c, ['parts.manage', 'purchasing.manage', 'network.manage']);

export function transferRoutes(svc: TransferService, sharing: SharingService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/stock-transfers',
      tags: [tag],
      summary: '调拨单列表(调出或调入为本网点及下级)',
      request: { query: TransferQuery },
      responses: { 200: jsonOk(paged(Transfer)), ...errorResponses },
    }),
    async (c) => c.json(await svc.list(reader(c), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/stock-transfers',
      tags: [tag],
      summary: '新建调拨单(调入方申请或调出方提供)',
      request: jsonBody(TransferCreate),
      responses: { 201: jsonOk(Transfer), ...errorResponses },
    }),
    async (c) => c.json(await svc.create(keeper(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/stock-transfers/{id}',
      tags: [tag],
      summary: '调拨单详情',
      request: { params: IdParam },
      responses: { 200: jsonOk(Transfer), ...errorResponses },
    }),
    async (c) => c.json(await svc.get(reader(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/stock-transfers/{id}/shipment',
      tags: [tag],
      summary: '发货(可用库存出库,转为在途;库存不足为字段错误)',
      request: { params: IdParam, ...jsonBody(TransferActionBody) },
      responses: { 200: jsonOk(Transfer), ...errorResponses },
    }),
    async (c) => c.json(await svc.ship(keeper(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/stock-transfers/{id}/receipts',
      tags: [tag],
      summary: '收货(可部分;不得超过在途;按调拨成本入库,先满足最早的待料)',
      request: { params: IdParam, ...jsonBody(TransferReceipt) },
      responses: { 201: jsonOk(TransferReceiptResult), ...errorResponses },
    }),
    async (c) => c.json(await svc.receive(keeper(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/network-stock',
      tags: [tag],
      summary: '网络库存:网络设置允许本站看到的其他网点该配件的库存',
      request: { query: NetworkStockQuery },
      responses: { 200: jsonOk(NetworkStock), ...errorResponses },
    }),
    async (c) =>
      c.json(await sharing.networkStock(requireAnyPermission(c, ['parts.manage', 'purchasing.manage', 'work-orders.manage']), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/stock-sharing/{id}',
      tags: [tag],
      summary: '网点的库存共享设置',
      request: { params: IdParam },
      responses: { 200: jsonOk(StockSharing), ...errorResponses },
    }),
    async (c) => c.json(await sharing.getSetting(reader(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/stock-sharing/{id}',
      tags: [tag],
      summary: '设置库存共享(总部或大区:none / siblings / subtree)',
      request: { params: IdParam, ...jsonBody(StockSharingUpdate) },
      responses: { 200: jsonOk(StockSharing), ...errorResponses },
    }),
    async (c) => c.json(await sharing.setSetting(requirePermission(c, 'network.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  for (const [action, summary] of [
    ['approve', '审批(调出网点;本人权限内直接通过,超出转待我审批)'],
    ['reject', '拒绝(调出网点)'],
    ['cancel', '取消(发货前,任一方)'],
  ] as const) {
    r.openapi(
      createRoute({
        method: 'post',
        path: `/stock-transfers/{id}/${action}`,
        tags: [tag],
        summary: `调拨单${summary}`,
        request: { params: IdParam, ...jsonBody(TransferActionBody) },
        responses: { 200: jsonOk(Transfer), ...errorResponses },
      }),
      async (c) => c.json(await svc.act(keeper(c), c.req.valid('param').id, action, c.req.valid('json')), 200),
    );
  }
  return r;
}
