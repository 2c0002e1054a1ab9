import { useState } from 'react';
import { Select, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/query';
import type { Answer } from '../../../api/paths';
import { formatYuan } from '../../../lib/format';
import { useDebounced } from '../../../lib/useDebounced';
import { useSession } from '../../../session/SessionContext';
import type { EditLine } from '../lines';
import type { Payer } from '../types';

export type ServicePackage = Answer<'/service-packages/{id}'>;

/** The package's items as lines of one group (the server prices them at the package price). */
export const packageLines = (p: ServicePackage, payer: Payer): EditLine[] =>
  p.items.map((i) => ({
    kind: i.kind,
    refId: (i.kind === 'labor' ? i.laborOperationId : i.partId) ?? undefined,
    code: i.code,
    name: i.name,
    qty: i.kind === 'parts' ? i.qty : undefined,
    payer,
    discountPct: 0,
    packageId: p.id,
  }));

/** A search box over the service packages (保养套餐), by name, code or pinyin initials ("by" → 保养). */
export function PackageSelect({ onPick, disabled }: { onPick: (p: ServicePackage) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const text = useDebounced(q.trim(), 250);
  const found = useApiQuery('/service-packages', { query: { q: text, servicePointId: pointId, pageSize: 30 }, enabled: open, keepPrevious: false });
  const current = text === q.trim();
  const items = current ? (found.data?.items ?? []).filter((p) => p.isActive) : [];
  const loading = open && !(current && (found.data !== undefined || found.isError));
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={null as string | null}
      open={open}
      onOpenChange={setOpen}
      disabled={disabled}
      placeholder={t('wo.addPackage')}
      notFoundContent={loading ? <Spin size="small" /> : t('wo.catalogNoMatch')}
      options={items.map((p) => ({
        value: p.id,
        label: `${p.name}${p.modelFamily ? ` · ${p.modelFamily}` : ''} · ${formatYuan(p.priceFen)}(${t('wo.packageWas', { amount: formatYuan(p.itemsFen) })})`,
      }))}
      onSelect={(id) => {
        const p = items.find((x) => x.id === id);
        if (!p) return;
        onPick(p);
        setQ('');
        setOpen(false);
      }}
      style={{ width: 260 }}
      popupMatchSelectWidth={440}
      data-testid="wo-add-package"
      aria-label={t('wo.addPackage')}
    />
  );
}
