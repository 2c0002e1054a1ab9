import { useState } from 'react';
import { App, Select, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../api/query';
import { hitLabel, useVehicleSearch } from '../../layout/GlobalSearch';
import type { Customer, SearchItem } from '../customers/types';

export interface VehicleOption {
  value: string;
  label: string;
}

interface Props {
  value?: string;
  onChange?: (id: string | undefined) => void;
  /** The label of a vehicle chosen before (e.g. from the customer's drawer). */
  initial?: VehicleOption;
}

const vehicleHit = (c: Customer, v: Customer['vehicles'][number]): SearchItem => ({
  type: 'vehicle',
  id: v.id,
  customerId: c.id,
  title: v.plate || v.vin,
  subtitle: `${c.name} ${c.phone} · ${v.brand} ${v.model} · ${v.vin}`,
  matched: '',
});

/** Finds a car through the global search (plate, VIN tail, phone, name); a customer hit lists that customer's cars. */
export function VehiclePicker({ value, onChange, initial }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [owner, setOwner] = useState<SearchItem[] | null>(null);
  const [chosen, setChosen] = useState<VehicleOption | undefined>(initial);
  const { items, loading, searched } = useVehicleSearch(q);
  const hits = owner ?? items;

  const options = hits.map((i) => ({ value: `${i.type}:${i.id}`, label: hitLabel(i), item: i }));
  const selectedValue = value ? `vehicle:${value}` : undefined;
  const withChosen =
    chosen && value && !options.some((o) => o.value === selectedValue)
      ? [{ value: `vehicle:${value}`, label: chosen.label, item: undefined }, ...options]
      : options;

  const choose = (it: SearchItem) => {
    setChosen({ value: it.id, label: `${it.title} · ${it.subtitle}` });
    onChange?.(it.id);
    setOpen(false);
    setOwner(null);
  };

  const pick = async (v: string) => {
    const item = hits.find((i) => `${i.type}:${i.id}` === v);
    if (!item) return;
    if (item.type === 'vehicle') return choose(item);
    try {
      const c = await callApi('get', '/customers/{id}', { params: { id: item.customerId } });
      const vs = c.vehicles.map((x) => vehicleHit(c, x));
      if (vs.length === 1) return choose(vs[0]);
      setOwner(vs);
      setOpen(true);
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  return (
    <Select
      showSearch={{
        filterOption: false,
        onSearch: (s) => {
          setQ(s);
          if (s) setOwner(null);
        },
      }}
      value={selectedValue}
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) setOwner(null);
      }}
      options={withChosen}
      onSelect={(v: string) => void pick(v)}
      placeholder={t('search.placeholder')}
      notFoundContent={
        owner ? t('appt.ownerNoVehicles') : q.trim().length < 2 ? t('search.minChars') : loading || !searched ? <Spin size="small" /> : t('search.noResult')
      }
      labelRender={() => chosen?.label ?? value}
      style={{ width: '100%' }}
      listHeight={320}
      data-testid="booking-vehicle"
      aria-label={t('search.placeholder')}
    />
  );
}
