import { useRef, useState } from 'react';
import { Select, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/query';
import { useDebounced } from '../../lib/useDebounced';
import { useSession } from '../../session/SessionContext';

interface Props {
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** Labels of services chosen before (an appointment's), so they show before any search. */
  initial?: { id: string; code: string; name: string }[];
  testId?: string;
}

/** The services a customer asks for (预约项目 / 维修项目): labor operations of the catalog, searched by code or name. */
export function ServicesSelect({ value, onChange, initial = [], testId = 'booking-services' }: Props) {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const [q, setQ] = useState('');
  const text = useDebounced(q.trim(), 250);
  const found = useApiQuery('/labor-operations', { query: { q: text, servicePointId: pointId, pageSize: 30 }, enabled: !!pointId });
  // Labels of every item ever offered, so a chosen one keeps its name when the search changes.
  const known = useRef(new Map<string, string>());
  for (const s of initial) known.current.set(s.id, `${s.code} ${s.name}`);
  for (const o of found.data?.items ?? []) known.current.set(o.id, `${o.code} ${o.name}`);
  const ids = new Set([...(value ?? []), ...(found.data?.items ?? []).map((o) => o.id)]);
  const options = [...ids].map((id) => ({ value: id, label: known.current.get(id) ?? id }));
  return (
    <Select
      mode="multiple"
      allowClear
      value={value ?? []}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setQ }}
      options={options}
      notFoundContent={found.isFetching ? <Spin size="small" /> : t('appt.noServices')}
      placeholder={t('appt.servicesPlaceholder')}
      aria-label={t('appt.services')}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}
