import { Badge, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** The "实时" badge: green while the event stream is connected. */
export function LiveBadge({ live }: { live: boolean }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={live ? t('ws.liveOn') : t('ws.liveOff')}>
      <Tag color={live ? 'success' : 'default'} data-testid="live-badge" data-live={live} style={{ margin: 0 }}>
        <Badge status={live ? 'processing' : 'default'} /> {t('ws.live')}
      </Tag>
    </Tooltip>
  );
}
