import { useState } from 'react';
import { Card, Empty, Input, Result, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { usePagedTable } from '../../lib/usePagedTable';
import { changedKeys, show, type DiffRow } from './diff';
import type { AuditEntry } from './types';

function Diff({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const rows = changedKeys(entry.before, entry.after);
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.noChanges')} />;
  const cell = (v: unknown, color: string) => (
    <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12, background: color, padding: '2px 6px', borderRadius: 4 }}>
      {show(v) || '—'}
    </pre>
  );
  return (
    <Table<DiffRow>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t('audit.field'), dataIndex: 'key', width: 180 },
        { title: t('audit.before'), dataIndex: 'before', width: '42%', render: (v) => cell(v, '#fff1f0') },
        { title: t('audit.after'), dataIndex: 'after', width: '42%', render: (v) => cell(v, '#f6ffed') },
      ]}
    />
  );
}

/** 审计日志: who changed what and when, with before/after of the changed fields. */
export default function AuditPage() {
  const { t } = useTranslation();
  const [entityType, setEntityType] = useState('');
  const table = usePagedTable('/audit-entries', { query: { entityType }, pageSize: 50, pageSizeOptions: null });
  const list = table.query;

  if (list.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(list.error as Error).message} />;

  return (
    <Card size="small" title={t('nav.audit')}>
      <Space style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('audit.entityTypePlaceholder')}
          style={{ width: 240 }}
          onSearch={(v) => setEntityType(v.trim())}
          aria-label={t('audit.entityTypePlaceholder')}
        />
      </Space>
      <Table<AuditEntry>
        size="small"
        rowKey="id"
        loading={list.isFetching}
        dataSource={table.items}
        expandable={{ expandedRowRender: (e) => <Diff entry={e} />, rowExpandable: (e) => e.before != null || e.after != null }}
        pagination={table.pagination}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', width: 170, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss') },
          { title: t('audit.actor'), dataIndex: 'actorName', width: 120, render: (v: string | null) => v ?? t('audit.system') },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            width: 150,
            render: (v: string) => <Tag title={v}>{t(`audit.actions.${v.split('.').pop()}`, { defaultValue: v })}</Tag>,
          },
          { title: t('audit.entityType'), dataIndex: 'entityType', width: 140, render: (v: string) => t(`audit.entities.${v}`, { defaultValue: v }) },
          { title: t('audit.summary'), dataIndex: 'summary', render: (v: string) => <Typography.Text>{v}</Typography.Text> },
        ]}
      />
    </Card>
  );
}
