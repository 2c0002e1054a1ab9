import { useQueries, useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/client';
import { apiQueryOptions } from '../../api/query';
import type { Settlement } from './types';

/** What a settlement change makes stale: the orders (status, lists, their settlements), the home page's revenue, follow-ups. */
export const SETTLEMENT_QUERIES = ['/work-orders', '/home', '/follow-ups'];

/** The settlement of one work order; null when none was opened yet (the server answers 404). */
export function settlementQuery(workOrderId: string) {
  const o = apiQueryOptions('/work-orders/{id}/settlement', { params: { id: workOrderId } });
  return {
    queryKey: o.queryKey,
    queryFn: (c: { signal: AbortSignal }): Promise<Settlement | null> =>
      o.queryFn(c).catch((e: unknown) => (isApiError(e) && e.status === 404 ? null : Promise.reject(e))),
  };
}

/** One work order's settlement, from the same cache as the cashier's lists. */
export function useSettlement(workOrderId: string | null) {
  return useQuery({ ...settlementQuery(workOrderId ?? ''), enabled: !!workOrderId });
}

/**
 * The settlements of some work orders (null = none opened yet). There is no settlement list endpoint, so each
 * order's settlement is its own cached query, shared with the settlement drawer; the lists here are short.
 */
export function useSettlements(workOrderIds: string[]) {
  return useQueries({
    queries: workOrderIds.map(settlementQuery),
    combine: (results) => ({
      map: new Map(workOrderIds.flatMap((id, i) => (results[i]?.data !== undefined ? [[id, results[i].data!] as const] : []))),
      loading: results.some((r) => r.isFetching),
    }),
  });
}
