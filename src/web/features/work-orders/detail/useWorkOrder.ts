import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { apiKey, useApiQuery, useInvalidate } from '../../../api/query';
import { useWoRun, type WoRun } from '../useWoRun';
import type { WorkOrder } from '../types';

export interface WoCtx {
  wo: WorkOrder;
  run: WoRun;
  /** The user may change the order (work-orders.manage). */
  canEdit: boolean;
}

/** What a change of a work order makes stale: the order and the lists, the board, parts, the home page, follow-ups. */
export const WORK_ORDER_QUERIES = ['/work-orders', '/workshop', '/stock', '/backorders', '/parts-stats', '/home', '/follow-ups', '/appointments'];

const isWorkOrder = (r: unknown): r is WorkOrder => !!r && typeof r === 'object' && 'allowedActions' in r && 'version' in r;

/** One work order; a change answered with the updated order shows it at once (the next change carries its version). */
export function useWorkOrder(id: string) {
  const client = useQueryClient();
  const res = useApiQuery('/work-orders/{id}', { params: { id } });
  const refresh = useInvalidate(...WORK_ORDER_QUERIES);
  const done = useCallback(
    (r: unknown) => {
      if (isWorkOrder(r)) client.setQueryData(apiKey('/work-orders/{id}', { id: r.id }), r);
      refresh();
    },
    [client, refresh],
  );
  const run = useWoRun(done, refresh);
  const current = res.data;
  return { wo: current && current.id === id ? current : undefined, loading: res.isFetching, error: res.error, reload: () => void res.refetch(), run };
}
