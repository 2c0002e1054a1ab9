import { useState } from 'react';
import { Select } from 'antd';
import { useApiQuery } from '../../api/query';
import { useDebounced } from '../../lib/useDebounced';

/** A search over plates, VINs, phones and names; the value is a vehicle id, `onPick` also gives its owner. */
export function VehicleSearch({
  value,
  onChange,
  id,
  placeholder,
  onPick,
}: {
  value?: string;
  onChange?: (v: string) => void;
  id?: string;
  placeholder: string;
  onPick?: (customerId: string) => void;
}) {
  const [q, setQ] = useState('');
  const text = useDebounced(q.trim(), 250);
  const found = useApiQuery('/search', { query: { q: text }, enabled: text.length >= 2, keepPrevious: false });
  const hits = (found.data?.items ?? []).filter((i) => i.type === 'vehicle');
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={(v) => {
        onChange?.(v);
        const hit = hits.find((h) => h.id === v);
        if (hit) onPick?.(hit.customerId);
      }}
      placeholder={placeholder}
      aria-label={placeholder}
      options={hits.map((h) => ({ value: h.id, label: `${h.title} · ${h.subtitle}` }))}
      style={{ width: '100%' }}
      data-testid="ins-vehicle-search"
    />
  );
}
