import { useState } from 'react';
import { Select, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/query';
import { formatYuan } from '../../lib/format';
import { useDebounced } from '../../lib/useDebounced';
import { useSession } from '../../session/SessionContext';
import type { LaborOperation, Part } from '../catalogs/types';

/** A search box over the labor catalog or the parts catalog, as a form control (value = the item's id). */
export function CatalogSearch({
  kind,
  value,
  onChange,
  id,
  placeholder,
  initialLabel,
}: {
  kind: 'labor' | 'parts';
  value?: string | null;
  onChange?: (id: string | null, label: string) => void;
  id?: string;
  placeholder: string;
  /** How to show a value picked before (e.g. the technician's suggestion) while no search has run. */
  initialLabel?: string;
}) {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const text = useDebounced(q.trim(), 250);
  const found = useApiQuery(kind === 'labor' ? '/labor-operations' : '/parts', {
    query: { q: text, servicePointId: pointId, pageSize: 30 },
    enabled: open,
    keepPrevious: false,
  });
  const items = (found.data?.items ?? []) as (LaborOperation | Part)[];
  const label = (i: LaborOperation | Part) =>
    'partNo' in i ? `${i.partNo} ${i.name} · ${formatYuan(i.retailPriceFen)}` : `${i.code} ${i.name} · ${i.defaultHours} h`;
  const options = items.map((i) => ({ value: i.id, label: label(i) }));
  if (value && initialLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: initialLabel });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value ?? null}
      onChange={(v) => {
        onChange?.(v ?? null, options.find((o) => o.value === v)?.label ?? '');
        setOpen(false);
      }}
      open={open}
      onOpenChange={setOpen}
      placeholder={placeholder}
      notFoundContent={open && found.isFetching ? <Spin size="small" /> : t('wo.catalogNoMatch')}
      options={options}
      style={{ width: '100%' }}
      aria-label={placeholder}
      data-testid={`xw-search-${kind}`}
    />
  );
}
