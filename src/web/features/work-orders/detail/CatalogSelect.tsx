import { useState } from 'react';
import { Select, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery } from '../../../api/query';
import { formatYuan } from '../../../lib/format';
import { useDebounced } from '../../../lib/useDebounced';
import { useSession } from '../../../session/SessionContext';
import type { LaborOperation, Part } from '../../catalogs/types';
import { refKey, type EditLine } from '../lines';

export type CatalogItem = { kind: 'labor'; item: LaborOperation } | { kind: 'parts'; item: Part };
const pathOf = (kind: EditLine['kind']) => (kind === 'labor' ? '/labor-operations' : '/parts');

/** Finds the catalog ids of lines known only by code (the server's lines name the code, not the id). */
export async function resolveRefs(lines: EditLine[], refs: Map<string, string>, servicePointId?: string) {
  await Promise.all(
    lines.map(async (l) => {
      const r = await callApi('get', pathOf(l.kind), { query: { q: l.code, servicePointId, pageSize: 20 } });
      const hit = (r.items as (LaborOperation | Part)[]).find((i) => ('partNo' in i ? i.partNo : i.code) === l.code);
      if (hit) refs.set(refKey(l.kind, l.code), hit.id);
    }),
  );
}

/** A search box over the labor-time catalog (标准工时) or the parts catalog; picking an item hands it over and clears. */
export function CatalogSelect({ kind, onPick, disabled }: { kind: EditLine['kind']; onPick: (c: CatalogItem) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const text = useDebounced(q.trim(), 250);
  const found = useApiQuery(pathOf(kind), { query: { q: text, servicePointId: pointId, pageSize: 30 }, enabled: open, keepPrevious: false });
  // Options of an older query are not offered while the new one loads.
  const current = text === q.trim();
  const items = current ? ((found.data?.items ?? []) as (LaborOperation | Part)[]) : [];
  const loading = open && !(current && (found.data !== undefined || found.isError));

  const label = (i: LaborOperation | Part) =>
    'partNo' in i
      ? `${i.partNo} ${i.name} · ${formatYuan(i.retailPriceFen)}/${i.unit}`
      : `${i.code} ${i.name} · ${t(`trade.${i.trade}`, { defaultValue: i.trade })} · ${i.defaultHours} h`;

  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={null as string | null}
      open={open}
      onOpenChange={setOpen}
      disabled={disabled}
      placeholder={kind === 'labor' ? t('wo.addLabor') : t('wo.addParts')}
      notFoundContent={loading ? <Spin size="small" /> : t('wo.catalogNoMatch')}
      options={items.map((i) => ({ value: i.id, label: label(i) }))}
      onSelect={(id) => {
        const item = items.find((i) => i.id === id);
        if (!item) return;
        onPick(kind === 'labor' ? { kind, item: item as LaborOperation } : { kind, item: item as Part });
        setQ('');
        setOpen(false);
      }}
      style={{ width: 340 }}
      popupMatchSelectWidth={440}
      data-testid={`wo-add-${kind}`}
      aria-label={kind === 'labor' ? t('wo.addLabor') : t('wo.addParts')}
    />
  );
}
