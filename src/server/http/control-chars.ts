/**
 * One guard for every input: a NUL byte or another control character (except tab and line breaks) in a query
 * value, a path or any string of a JSON body is refused with a 400 naming the field, before validation, so no
 * such text ever reaches a service or the database.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.js';
import { AppError, type FieldError } from './errors.js';

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const MESSAGE = '含有不可见的控制字符(如 NUL),请删除后重试';

/** Paths of the strings (keys included) in a JSON value that hold control characters; at most `max`. */
export function controlCharacterPaths(value: unknown, path = '', out: string[] = [], max = 10): string[] {
  if (out.length >= max) return out;
  if (typeof value === 'string') {
    if (CONTROL.test(value)) out.push(path || '(body)');
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => controlCharacterPaths(v, path ? `${path}.${i}` : String(i), out, max));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = path ? `${path}.${k}` : k;
      if (CONTROL.test(k)) out.push(p);
      else controlCharacterPaths(v, p, out, max);
    }
  }
  return out;
}

const refuse = (paths: string[]) =>
  new AppError(
    'VALIDATION',
    `输入有误:${MESSAGE}`,
    paths.map((path): FieldError => ({ path, message: MESSAGE })),
    'CONTROL_CHARACTERS',
  );

export const rejectControlCharacters: MiddlewareHandler<AppEnv> = async (c, next) => {
  let path = c.req.path;
  try {
    path = decodeURIComponent(path);
  } catch {
    throw new AppError('VALIDATION', '请求地址的编码无效');
  }
  if (CONTROL.test(path)) throw refuse(['(path)']);
  const url = new URL(c.req.url);
  const bad = [...url.searchParams.entries()].filter(([k, v]) => CONTROL.test(k) || CONTROL.test(v)).map(([k]) => k);
  if (bad.length) throw refuse(bad);
  if ((c.req.header('content-type') ?? '').includes('application/json') && !['GET', 'HEAD'].includes(c.req.method)) {
    const text = await c.req.text(); // cached: the validators read the same text
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined; // not JSON: the validator answers 400
    }
    const paths = controlCharacterPaths(body);
    if (paths.length) throw refuse(paths);
  }
  await next();
};
