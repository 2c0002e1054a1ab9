import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../../../lib/useApi';
import { useWoRun, type WoRun } from '../useWoRun';
import type { WorkOrder } from '../types';

export interface WoCtx {
  wo: WorkOrder;
  run: WoRun;
  /** The user may change the order (work-orders.manage). */
  canEdit: boolean;
}

const isWorkOrder = (r: unknown): r is WorkOrder => !!r && typeof r === 'object' && 'allowedActions' in r && 'version' in r;

/** One work order; a change answered with the updated order shows it at once (the next change carries its version). */
export function useWorkOrder(id: string) {
  const res = useApi<WorkOrder>(`/work-orders/${id}`);
  const [fresh, setFresh] = useState<WorkOrder>();
  useEffect(() => setFresh(undefined), [res.data]);
  const done = useCallback((r: unknown) => { if (isWorkOrder(r)) setFresh(r); }, []);
  const run = useWoRun(done, res.reload);
  const current = fresh ?? res.data;
  return { wo: current && current.id === id ? current : undefined, loading: res.loading, error: res.error, reload: res.reload, run };
}
