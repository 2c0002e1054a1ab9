/**
 * Malformed input for every operation of an OpenAPI document: wrong types, missing and extra fields, empty, long and
 * NUL-laden strings, emoji, overflowing numbers, impossible dates, other records' ids, injection strings.
 * Deterministic for a seed, so a failure can be replayed.
 */
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  $ref?: string;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  format?: string;
  required?: string[];
};
export interface Operation {
  method: string;
  path: string;
  params: { name: string; in: string; schema?: Schema }[];
  body?: Schema;
  bodyType?: string;
}
export interface FuzzRequest {
  method: string;
  url: string;
  body?: string;
  contentType?: string;
  why: string;
}

export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const BAD_VALUES: [string, unknown][] = [
  ['nul', 'a\u0000b'],
  ['control', '\u0007\u001b[2J'],
  ['empty', ''],
  ['spaces', '   '],
  ['10kB', 'x'.repeat(10_000)],
  ['1MB', '长'.repeat(350_000)],
  ['emoji', '🚗💥👨‍🔧'],
  ['sql', "' or 1=1; drop table users; --"],
  ['html', '<script>alert(1)</script>'],
  ['path', '../../etc/passwd'],
  ['year0', '0000-01-01T00:00:00Z'],
  ['year0date', '0000-01-01'],
  ['feb30', '2026-02-30'],
  ['year99999', '99999-12-31T00:00:00Z'],
  ['int-overflow', -2147483649],
  ['bigint', Number.MAX_SAFE_INTEGER + 2],
  ['huge', 1e308],
  ['negative', -1],
  ['fraction', 0.5],
  ['nan-string', 'NaN'],
  ['true', true],
  ['null', null],
  ['array', [1, 'a', null]],
  ['object', { a: { b: { c: [] } } }],
  ['uuid', '00000000-0000-0000-0000-000000000000'],
  ['tz', 'Not/AZone'],
];

const resolve = (doc: { components?: { schemas?: Record<string, Schema> } }, s: Schema | undefined, depth = 0): Schema | undefined => {
  if (!s || depth > 8) return s;
  if (s.$ref) return resolve(doc, doc.components?.schemas?.[s.$ref.split('/').at(-1)!], depth + 1);
  const alt = s.anyOf ?? s.oneOf ?? s.allOf;
  if (alt?.length) return resolve(doc, alt.find((x) => (x as Schema).type !== 'null') ?? alt[0], depth + 1);
  return s;
};

/** A plausible value of a schema (the starting point each mutation changes one field of). */
export function sample(doc: object, s0: Schema | undefined, depth = 0): unknown {
  const s = resolve(doc, s0);
  if (!s || depth > 5) return null;
  if (s.enum?.length) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, sample(doc, v, depth + 1)]));
    case 'array':
      return [sample(doc, s.items, depth + 1)];
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'string':
      return s.format === 'uuid'
        ? '11111111-1111-4111-8111-111111111111'
        : s.format === 'date-time'
          ? '2026-11-22T10:00:00+08:00'
          : s.format === 'date'
            ? '2026-11-22'
            : 'x';
    default:
      return null;
  }
}

export function operations(doc: {
  paths: Record<string, Record<string, { parameters?: Operation['params']; requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
}): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const content = op.requestBody?.content ?? {};
      const bodyType = Object.keys(content)[0];
      ops.push({ method: method.toUpperCase(), path, params: op.parameters ?? [], body: bodyType ? content[bodyType].schema : undefined, bodyType });
    }
  }
  return ops;
}

/** Requests for one operation: each path/query parameter and each body field replaced by bad values, plus bad bodies. */
export function requestsFor(doc: object, op: Operation, o: { random: () => number; ids: string[]; perField: number }): FuzzRequest[] {
  const pick = <T>(xs: T[]) => xs[Math.floor(o.random() * xs.length)];
  const asText = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  const pathWith = (bad?: { name: string; value: unknown }) =>
    op.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
      encodeURIComponent(bad?.name === name ? asText(bad.value) : name === 'id' || name.endsWith('Id') ? pick(o.ids) : 'abcdefghjkmnpqrstuvw'),
    );
  const base = sample(doc, op.body);
  const json = (v: unknown) => ({ body: JSON.stringify(v), contentType: 'application/json' });
  const out: FuzzRequest[] = [];
  const add = (why: string, url: string, body?: { body: string; contentType: string }) => out.push({ method: op.method, url, why, ...body });
  const bodyOf = (v: unknown) =>
    op.body ? (op.bodyType === 'application/json' ? json(v) : { body: asText(v), contentType: op.bodyType ?? 'text/plain' }) : undefined;

  add('sample', pathWith(), bodyOf(base));
  for (const p of op.params.filter((p) => p.in === 'path' || p.in === 'query')) {
    for (let i = 0; i < o.perField; i++) {
      const [name, value] = pick(BAD_VALUES);
      if (p.in === 'path') add(`path ${p.name}=${name}`, pathWith({ name: p.name, value }), bodyOf(base));
      else add(`query ${p.name}=${name}`, `${pathWith()}?${p.name}=${encodeURIComponent(asText(value))}`, bodyOf(base));
    }
  }
  if (op.body) {
    const fields = base && typeof base === 'object' && !Array.isArray(base) ? Object.keys(base) : [];
    for (const f of fields) {
      for (let i = 0; i < o.perField; i++) {
        const [name, value] = pick(BAD_VALUES);
        add(`body ${f}=${name}`, pathWith(), bodyOf({ ...(base as object), [f]: value }));
      }
      const { [f]: _missing, ...rest } = base as Record<string, unknown>;
      add(`body without ${f}`, pathWith(), bodyOf(rest));
    }
    for (const [name, raw] of [
      ['empty object', {}],
      ['extra fields', { ...(base as object), zzz: 'a\u0000', __proto__x: 1 }],
      ['array', []],
      ['string', 'x'],
      ['null', null],
      ['number', 1e308],
    ] as const) {
      add(`body ${name}`, pathWith(), bodyOf(raw));
    }
    add('body not JSON', pathWith(), { body: '{"a":', contentType: op.bodyType ?? 'application/json' });
  }
  return out;
}
