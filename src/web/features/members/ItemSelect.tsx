import { useState } from 'react';
import { Select } from 'antd';
import { useApiQuery } from '../../api/query';
import { useDebounced } from '../../lib/useDebounced';
import { useSession } from '../../session/SessionContext';

/** A labor operation or a part, searched by code, name or pinyin; the value is its id. */
export function ItemSelect({
  kind,
  value,
  onChange,
  initialLabel,
  ariaLabel,
}: {
  kind: 'labor' | 'parts';
  value?: string;
  onChange?: (id: string) => void;
  initialLabel?: string;
  ariaLabel: string;
}) {
  const { pointId } = useSession();
  const [q, setQ] = useState('');
  const text = useDebounced(q.trim(), 250);
  const path = kind === 'labor' ? '/labor-operations' : '/parts';
  const found = useApiQuery(path, { query: { q: text, servicePointId: pointId, pageSize: 30 } });
  const items = (found.data?.items ?? []) as { id: string; name: string; code?: string; partNo?: string }[];
  const options = items.map((i) => ({ value: i.id, label: `${i.code ?? i.partNo} ${i.name}` }));
  if (value && initialLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: initialLabel });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={onChange}
      options={options}
      style={{ width: 380 }}
      aria-label={ariaLabel}
      data-testid={`package-item-${kind}`}
    />
  );
}
