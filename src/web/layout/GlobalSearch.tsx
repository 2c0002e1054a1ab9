import { useEffect, useMemo, useRef, useState } from 'react';
import { AutoComplete, Input, Space, Spin, Typography } from 'antd';
import { CarOutlined, SearchOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/query';
import { useDebounced } from '../lib/useDebounced';
import { customerPath, type SearchItem } from '../features/customers/types';

const DEBOUNCE_MS = 250;

/** Search items for `q` (≥ 2 characters) after the user pauses typing; answers to older text are not shown. */
export function useVehicleSearch(q: string) {
  const text = q.trim();
  const settled = useDebounced(text, DEBOUNCE_MS);
  const enabled = settled.length >= 2;
  const res = useApiQuery('/search', { query: { q: settled }, enabled, keepPrevious: false });
  const answered = enabled && settled === text && (res.data !== undefined || res.isError);
  return { items: answered ? (res.data?.items ?? []) : [], loading: text.length >= 2 && !answered, searched: answered };
}

export const hitLabel = (it: SearchItem) => (
  <Space align="start" size={8} style={{ lineHeight: 1.4, padding: '2px 0' }}>
    {it.type === 'vehicle' ? <CarOutlined style={{ marginTop: 3 }} /> : <UserOutlined style={{ marginTop: 3 }} />}
    <div style={{ minWidth: 0 }}>
      <div style={{ fontWeight: 500 }}>{it.title}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal' }}>
        {it.subtitle}
      </Typography.Text>
    </div>
  </Space>
);

/** The top-bar search: a car by plate, VIN tail, phone or name, from anywhere; a hit opens the customer's drawer. */
export function GlobalSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const { items, loading, searched } = useVehicleSearch(q);
  const pendingEnter = useRef(false);

  const go = (it: SearchItem) => {
    navigate(customerPath(it.customerId, it.type === 'vehicle' ? it.id : undefined));
    setQ('');
    setOpen(false);
  };

  // Enter pressed before the answer came: open the first hit when it arrives.
  // biome-ignore lint/correctness/useExhaustiveDependencies: opens the first hit when the answer to an early Enter arrives
  useEffect(() => {
    if (pendingEnter.current && searched) {
      pendingEnter.current = false;
      if (items[0]) go(items[0]);
    }
  }, [searched, items]);

  const options = useMemo(() => {
    const group = (type: SearchItem['type'], label: string) => {
      const hits = items.filter((i) => i.type === type);
      return hits.length
        ? [
            {
              label: <Typography.Text type="secondary">{label}</Typography.Text>,
              options: hits.map((i) => ({ value: `${i.type}:${i.id}`, label: hitLabel(i) })),
            },
          ]
        : [];
    };
    return [...group('vehicle', t('search.vehicles')), ...group('customer', t('search.customers'))];
  }, [items, t]);

  const notFound = q.trim().length < 2 ? null : loading || !searched ? <Spin size="small" /> : t('search.noResult');

  return (
    <div style={{ lineHeight: 'normal', display: 'flex', alignItems: 'center' }}>
      <AutoComplete
        value={q}
        open={open && q.trim().length >= 2}
        onOpenChange={setOpen}
        options={options}
        onSearch={(v) => {
          setQ(v);
          setOpen(true);
        }}
        onSelect={(value: string) => {
          const hit = items.find((i) => `${i.type}:${i.id}` === value);
          if (hit) go(hit);
        }}
        notFoundContent={notFound}
        popupMatchSelectWidth={380}
        style={{ width: 300 }}
        defaultActiveFirstOption
      >
        <Input
          prefix={<SearchOutlined />}
          allowClear
          placeholder={t('search.placeholder')}
          aria-label={t('search.placeholder')}
          data-testid="global-search"
          onKeyDown={(e) => {
            if (e.key === 'Enter' && options.length === 0 && q.trim().length >= 2) pendingEnter.current = true;
          }}
        />
      </AutoComplete>
    </div>
  );
}
