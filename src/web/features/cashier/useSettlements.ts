import { useEffect, useState } from 'react';
import { api, isApiError } from '../../api/client';
import type { Settlement } from './types';

/**
 * The settlements of some work orders (null = none opened yet). There is no settlement list endpoint,
 * so each order's settlement is read on its own; the lists here are short (delivered, settled recently).
 */
export function useSettlements(workOrderIds: string[], tick = 0) {
  const [map, setMap] = useState<Map<string, Settlement | null>>(new Map());
  const [loading, setLoading] = useState(false);
  const key = workOrderIds.join(',');
  useEffect(() => {
    if (!key) { setMap(new Map()); return; }
    const ctrl = new AbortController();
    setLoading(true);
    Promise.all(key.split(',').map((id) => api.get<Settlement>(`/work-orders/${id}/settlement`, undefined, ctrl.signal)
      .then((s) => [id, s] as const)
      .catch((e: unknown) => {
        if (isApiError(e) && e.status === 404) return [id, null] as const;
        throw e;
      })))
      .then((pairs) => setMap(new Map(pairs)))
      .catch(() => undefined)
      .finally(() => { if (!ctrl.signal.aborted) setLoading(false); });
    return () => ctrl.abort();
  }, [key, tick]);
  return { map, loading };
}
