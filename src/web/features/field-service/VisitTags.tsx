import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldVisit } from '../../../contracts/field-service';
import { formatDateTime } from '../../lib/time';

const COLORS: Record<FieldVisit['status'], string> = {
  open: 'orange',
  assigned: 'blue',
  checked_in: 'cyan',
  done: 'green',
  unresolved: 'red',
  cancelled: 'default',
};

export function VisitStatusTag({ status }: { status: FieldVisit['status'] }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`fld.visitStatus.${status}`)}</Tag>;
}

/** The deadline, red when the arrival (estimated or actual) is after it, with the ladder level reached. */
export function Deadline({ v }: { v: FieldVisit }) {
  const { t } = useTranslation();
  if (!v.deadlineAt) return <>—</>;
  return (
    <span>
      {formatDateTime(v.deadlineAt)}
      {v.missesDeadline && (
        <Tag color="red" style={{ marginInlineStart: 4 }}>
          {t('fld.late')}
        </Tag>
      )}
      {v.escalationLevel > 0 && (
        <Tag color="volcano" style={{ marginInlineStart: 4 }}>
          {t('fld.level')} {v.escalatedToName}
        </Tag>
      )}
    </span>
  );
}
