import type { z } from '@hono/zod-openapi';
import { ErrorBody } from '../../contracts/common.js';

/** Shared API shapes, kept in src/contracts; re-exported for the route files. */
export { ErrorBody, IdParam, Ok } from '../../contracts/common.js';

const err = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } });

/** The error envelope on every failure status; spread into each route's `responses`. */
export const errorResponses = {
  400: err('输入有误 Invalid input'),
  401: err('未登录 Not logged in'),
  403: err('无权限 Not allowed'),
  404: err('不存在或不可见 Not found or not visible'),
  409: err('冲突 Stale version or illegal transition'),
  422: err('业务规则拒绝 Business rule refused'),
} as const;

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
export const jsonOk = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

export const noContent = { 204: { description: 'No content' } } as const;
