import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/SessionContext';

/** The current service point, for a user who sees several (indented by depth in the network tree). */
export function PointSelect({ compact }: { compact: boolean }) {
  const { t, i18n } = useTranslation();
  const { points, pointId, setPointId } = useSession();
  const en = i18n.language === 'en-US';
  return (
    <Select
      size="small"
      variant="borderless"
      value={pointId}
      onChange={setPointId}
      style={{ minWidth: compact ? 120 : 200, maxWidth: compact ? 160 : undefined }}
      popupMatchSelectWidth={false}
      options={points.map((p) => ({ value: p.id, label: en && p.nameEn ? p.nameEn : p.nameZh, depth: p.depth }))}
      optionRender={(o) => <span style={{ paddingInlineStart: (o.data.depth ?? 0) * 14 }}>{o.label}</span>}
      aria-label={t('layout.servicePoint')}
    />
  );
}
