import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS, type ExtraWork } from './types';

/** An 增项's status: colour and label. */
export function ExtraWorkStatusTag({ status }: { status: ExtraWork['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="xw-status">
      {t(`xw.status.${status}`)}
    </Tag>
  );
}
