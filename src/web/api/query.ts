/**
 * TanStack Query over `request()`: GETs cached under [path, params, query], typed by path (paths.ts);
 * mutations invalidate the cached GETs whose path starts with the given prefixes, so lists refresh after an edit.
 */
import { useCallback } from 'react';
import { keepPreviousData, QueryClient, useMutation, useQuery, useQueryClient, type Query as CachedQuery } from '@tanstack/react-query';
import { isApiError, request, type Query } from './client';
import { fillPath, type Answer, type CallInit, type Method, type ParamsOf, type PathOf, type QueryOf, type ResponseOf } from './paths';

/** The app's cache: no retry of answers (a 404 is an answer), one retry of a lost connection, no refetch on focus. */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: (n, e) => isApiError(e) && e.status === 0 && n < 1, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

const clean = (q?: object) => Object.fromEntries(Object.entries(q ?? {}).filter(([, v]) => v !== undefined && v !== null && v !== ''));

/** The cache key of a GET: the path template first, so invalidation can match on it. */
export const apiKey = (path: string, params?: object, query?: object) => [path, clean(params), clean(query)] as const;

export interface GetInit<P extends PathOf<'get'>> {
  params?: ParamsOf<'get', P>;
  query?: QueryOf<'get', P>;
}

/** queryKey + queryFn of a GET, for useQuery / useQueries / prefetching. */
export function apiQueryOptions<P extends PathOf<'get'>>(path: P, init: GetInit<P> = {}) {
  const params = init.params as Record<string, string> | undefined;
  return {
    queryKey: apiKey(path, params, init.query as object),
    queryFn: ({ signal }: { signal: AbortSignal }) => request<Answer<P>>(fillPath(path, params), { query: init.query as Query, signal }),
  };
}

export interface QueryExtras {
  /** false: not loaded (yet), e.g. until the service point is known. */
  enabled?: boolean;
  /** Poll every n ms while the tab is visible. */
  refetchInterval?: number | false;
  /** Keep showing the previous answer while a new key loads (default true, as the lists always did). */
  keepPrevious?: boolean;
}
type Args<P extends PathOf<'get'>> = [ParamsOf<'get', P>] extends [never]
  ? [opts?: GetInit<P> & QueryExtras]
  : [opts: GetInit<P> & QueryExtras & { params: ParamsOf<'get', P> }];

/** A cached GET typed by path: useApiQuery('/work-orders/{id}', { params: { id } }).data is the WorkOrder. */
export function useApiQuery<P extends PathOf<'get'>>(path: P, ...[opts]: Args<P>) {
  const o = (opts ?? {}) as GetInit<P> & QueryExtras;
  return useQuery({
    ...apiQueryOptions(path, o),
    enabled: o.enabled ?? true,
    refetchInterval: o.refetchInterval,
    placeholderData: o.keepPrevious === false ? undefined : keepPreviousData,
  });
}

type CallArgs<M extends Method, P extends PathOf<M>> = [ParamsOf<M, P>] extends [never]
  ? // biome-ignore lint/complexity/noBannedTypes: `{} extends X` asks whether every field of X is optional
    {} extends CallInit<M, P>
    ? [init?: CallInit<M, P>]
    : [init: CallInit<M, P>]
  : [init: CallInit<M, P>];

/** One typed call: callApi('post', '/work-orders/{id}/actions', { params: { id }, body }). */
export function callApi<M extends Method, P extends PathOf<M>>(method: M, path: P, ...[init]: CallArgs<M, P>): Promise<ResponseOf<M, P>> {
  const i = (init ?? {}) as { params?: Record<string, string>; query?: Query; body?: unknown };
  const hasBody = method === 'post' || method === 'put' || method === 'patch';
  const verb = method.toUpperCase() as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  return request<ResponseOf<M, P>>(fillPath(path, i.params), { method: verb, query: i.query, body: hasBody ? (i.body ?? {}) : undefined });
}

const startsWith = (key: unknown, prefixes: readonly string[]) =>
  typeof key === 'string' && prefixes.some((p) => key === p || key.startsWith(p.endsWith('/') ? p : `${p}/`));

/** Marks stale (and refetches the shown ones of) every cached GET whose path starts with one of `prefixes`. */
export function invalidateApi(client: QueryClient, prefixes: readonly string[]) {
  return client.invalidateQueries({ predicate: (q: CachedQuery) => startsWith(q.queryKey[0], prefixes) });
}

/** A stable callback that invalidates the GETs under `prefixes` ('/work-orders' covers '/work-orders/{id}/settlement'). */
export function useInvalidate(...prefixes: string[]) {
  const client = useQueryClient();
  const key = prefixes.join('\n');
  return useCallback(() => {
    void invalidateApi(client, key.split('\n'));
  }, [client, key]);
}

/** The first segment of a path: what a change there affects by default ('/customers/{id}' → '/customers'). */
export const resourceOf = (path: string) => `/${path.split('/')[1] ?? ''}`;

/**
 * A typed mutation that invalidates the affected GETs when it succeeds or answers 409 (someone else changed it):
 * by default those of its own resource, or the listed prefixes.
 */
export function useApiMutation<M extends Exclude<Method, 'get'>, P extends PathOf<M>>(method: M, path: P, opts: { invalidate?: string[] } = {}) {
  const invalidate = useInvalidate(...(opts.invalidate ?? [resourceOf(path)]));
  return useMutation({
    mutationFn: (init: CallInit<M, P>) => (callApi as (m: M, p: P, i: CallInit<M, P>) => Promise<ResponseOf<M, P>>)(method, path, init),
    onSuccess: invalidate,
    onError: (e) => {
      if (isApiError(e) && e.status === 409) invalidate();
    },
  });
}
