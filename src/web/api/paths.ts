/**
 * Types of the REST API by path, from openapi.gen.ts (generated from the server's OpenAPI document by
 * `npm run api:types`). Paths are written as in the document without the /api prefix: '/work-orders/{id}'.
 * A field renamed on the server changes these types, so `npm run typecheck` finds the pages that use it.
 */
import type { components, paths } from './openapi.gen';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

type Doc = paths;
type Stripped<K> = K extends `/api${infer P}` ? P : never;
/** Every path of the API, e.g. '/work-orders/{id}'. */
export type ApiPath = Stripped<keyof Doc>;
type Item<P extends ApiPath> = Doc[`/api${P}` & keyof Doc];

/** The paths that answer `method`. */
export type PathOf<M extends Method> = { [P in ApiPath]: Item<P> extends Record<M, unknown> ? P : never }[ApiPath];
export type Operation<M extends Method, P extends PathOf<M>> = Item<P>[M & keyof Item<P>];

type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : R extends { content: never } ? undefined : unknown;
type SuccessOf<Rs> = 200 extends keyof Rs ? JsonOf<Rs[200]> : 201 extends keyof Rs ? JsonOf<Rs[201]> : 204 extends keyof Rs ? undefined : unknown;

/** The JSON of the success answer (200, 201; void for 204). */
export type ResponseOf<M extends Method, P extends PathOf<M>> = Operation<M, P> extends { responses: infer Rs } ? SuccessOf<Rs> : unknown;

/** Path parameters ({ id: string } for '/work-orders/{id}'); never when the path has none. */
export type ParamsOf<M extends Method, P extends PathOf<M>> = Operation<M, P> extends { parameters: { path: infer X } } ? X : never;

/** Query parameters; empty values (undefined, null, '') are left out of the URL. */
export type QueryOf<M extends Method, P extends PathOf<M>> =
  Operation<M, P> extends { parameters: { query?: infer Q } } ? (unknown extends Q ? never : { [K in keyof Q]?: Q[K] | null | '' }) : never;

/** The JSON request body. */
export type BodyOf<M extends Method, P extends PathOf<M>> = Operation<M, P> extends { requestBody?: infer RB } ? JsonBody<RB> : never;
type JsonBody<RB> = RB extends { content: { 'application/json': infer B } } ? B : never;

/** A named schema of the document: Schema<'WorkOrder'>. */
export type Schema<N extends keyof components['schemas']> = components['schemas'][N];

/** The GET answer of a path: Answer<'/work-orders/{id}'>. */
export type Answer<P extends PathOf<'get'>> = ResponseOf<'get', P>;

type Opt<K extends string, T> = [T] extends [never] ? { [_ in K]?: never } : { [_ in K]: T };
type OptQuery<T> = [T] extends [never] ? { query?: never } : { query?: T };

/** What a call needs besides method and path: path params when the path has some, query, body. */
export type CallInit<M extends Method, P extends PathOf<M>> = Opt<'params', ParamsOf<M, P>> &
  OptQuery<QueryOf<M, P>> &
  ([BodyOf<M, P>] extends [never] ? { body?: never } : { body: BodyOf<M, P> });

/** '/work-orders/{id}' + { id: 'x' } → '/work-orders/x' (values URL-encoded). */
export function fillPath(path: string, params?: Record<string, string | number>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params?.[name];
    if (v === undefined || v === '') throw new Error(`missing path parameter ${name} of ${path}`);
    return encodeURIComponent(String(v));
  });
}
