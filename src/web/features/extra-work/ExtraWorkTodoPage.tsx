import { Card, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/query';
import { formatYuan } from '../../lib/format';
import { useSession } from '../../session/SessionContext';
import { ExtraWorkStatusTag } from './StatusTag';
import type { ExtraWork } from './types';

/** 增项待办: the advisor's list of findings to price, links to send again, answers to record. */
export default function ExtraWorkTodoPage() {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const list = useApiQuery('/extra-work', { query: { status: 'open', servicePointId: pointId }, refetchInterval: 30_000 });
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('xw.nav')}
        </Typography.Title>
      }
      data-testid="xw-todo"
    >
      <Table<ExtraWork>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('xw.todoEmpty') }}
        scroll={{ x: 720 }}
        columns={[
          { title: t('xw.title'), dataIndex: 'number', key: 'number' },
          { title: t('xw.statusTitle'), key: 'status', render: (_, r) => <ExtraWorkStatusTag status={r.status} /> },
          { title: t('xw.plate'), dataIndex: 'plate', key: 'plate' },
          { title: t('xw.order'), key: 'order', render: (_, r) => <Link to={`/work-orders/${r.workOrderId}`}>{r.workOrderNumber}</Link> },
          { title: t('xw.description'), dataIndex: 'description', key: 'description', ellipsis: true },
          { title: t('xw.total'), key: 'total', align: 'right', render: (_, r) => (r.totalFen === null ? '—' : formatYuan(r.totalFen)) },
          { title: t('xw.reporter'), key: 'by', render: (_, r) => `${r.reportedByName} ${dayjs(r.reportedAt).format('MM-DD HH:mm')}` },
        ]}
      />
    </Card>
  );
}
