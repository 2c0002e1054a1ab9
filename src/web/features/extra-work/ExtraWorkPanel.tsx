import { useState } from 'react';
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery, useInvalidate } from '../../api/query';
import { useRun } from '../crm/useRun';
import { CounterModal } from './CounterModal';
import { PriceDrawer } from './PriceDrawer';
import { RequestCard } from './RequestCard';
import type { ExtraWork } from './types';

/** The order's 增项: the technicians' findings, pricing, the customer's answer (link or counter). */
export function ExtraWorkPanel({ workOrderId, canEdit }: { workOrderId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const list = useApiQuery('/extra-work', { query: { workOrderId } });
  const refresh = useInvalidate('/extra-work', '/work-orders');
  const run = useRun(refresh);
  const [pricing, setPricing] = useState<ExtraWork | null>(null);
  const [counter, setCounter] = useState<ExtraWork | null>(null);
  const items = list.data?.items ?? [];
  return (
    <div data-testid="xw-panel">
      {items.length === 0 && !list.isLoading && <Empty description={t('xw.noRequests')} />}
      {items.map((r) => (
        <RequestCard key={r.id} r={r} run={run} canEdit={canEdit} onPrice={() => setPricing(r)} onCounter={() => setCounter(r)} />
      ))}
      <PriceDrawer request={pricing} onClose={() => setPricing(null)} />
      <CounterModal key={counter?.id ?? 'none'} request={counter} onClose={() => setCounter(null)} run={run} />
    </div>
  );
}

/** How many 增项 of the order wait for the advisor (to price, send or record): the tab's badge. */
export function useOpenExtraWorkCount(workOrderId: string) {
  const list = useApiQuery('/extra-work', { query: { workOrderId } });
  return (list.data?.items ?? []).filter((r) => ['reported', 'priced', 'expired'].includes(r.status)).length;
}
