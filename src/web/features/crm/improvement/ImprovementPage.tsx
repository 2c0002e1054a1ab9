import { useState } from 'react';
import { Button, Card, Form, Input, Result, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { CheckCircleOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery, useInvalidate } from '../../../api/query';
import { useSession } from '../../../session/SessionContext';
import { useCauseLabel } from '../causes';
import { FormModal } from '../../../components/FormModal';
import { IMPROVEMENT_STATUSES, type ImprovementAction, type ImprovementStatus } from '../types';
import { useRun } from '../useRun';
import { ImprovementDrawer } from './ImprovementDrawer';

export const IMPROVEMENT_COLORS: Record<ImprovementStatus, string> = { open: 'default', in_progress: 'processing', done: 'success', reviewed: 'purple' };

/** 服务改进: actions against complaint causes, owners and due dates, progress and the supervisor's review. */
export default function ImprovementPage() {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const causeLabel = useCauseLabel();
  const list = useApiQuery('/improvement-actions', { query: { servicePointId: pointId }, enabled: !!pointId });
  const run = useRun(useInvalidate('/improvement-actions'));
  const [editing, setEditing] = useState<ImprovementAction | 'new' | null>(null);
  const [reviewing, setReviewing] = useState<ImprovementAction | null>(null);
  const [status, setStatus] = useState<ImprovementStatus>();

  const setItemStatus = (a: ImprovementAction, s: ImprovementStatus) =>
    run(() => callApi('patch', '/improvement-actions/{id}', { params: { id: a.id }, body: { version: a.version, status: s } }));

  if (list.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(list.error as Error).message} />;
  const items = (list.data?.items ?? []).filter((a) => !status || a.status === status);
  const overdue = (list.data?.items ?? []).filter((a) => a.isOverdue).length;

  return (
    <Card
      size="small"
      title={t('nav.improvement')}
      extra={
        <Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="improvement-new">
            {t('crm.improvement.new')}
          </Button>
          <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} aria-label={t('common.refresh')} />
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('common.status')}
          style={{ width: 140 }}
          value={status}
          onChange={setStatus}
          options={IMPROVEMENT_STATUSES.map((s) => ({ value: s, label: t(`crm.improvement.status.${s}`) }))}
          aria-label={t('common.status')}
        />
        {overdue > 0 && <Tag color="error">{t('crm.improvement.overdueCount', { count: overdue })}</Tag>}
      </Space>
      <Table<ImprovementAction>
        size="small"
        rowKey="id"
        loading={list.isFetching}
        dataSource={items}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('crm.improvement.empty') }}
        onRow={(a) => ({ style: a.isOverdue ? { background: '#fff1f0' } : undefined })}
        columns={[
          { title: t('ticket.causeCategory'), dataIndex: 'causeCategory', width: 110, render: (v: string) => causeLabel(v) },
          {
            title: t('crm.improvement.title'),
            dataIndex: 'title',
            render: (v: string, a) => (
              <Tooltip title={a.description || undefined}>
                <Typography.Link onClick={() => setEditing(a)}>{v}</Typography.Link>
              </Tooltip>
            ),
          },
          { title: t('crm.improvement.owner'), dataIndex: 'ownerName', width: 100, render: (v: string | null) => v ?? '—' },
          {
            title: t('crm.improvement.dueOn'),
            dataIndex: 'dueOn',
            width: 140,
            render: (v: string | null, a) => (
              <Space size={4}>
                <Typography.Text type={a.isOverdue ? 'danger' : undefined}>{v ?? '—'}</Typography.Text>
                {a.isOverdue && <Tag color="error">{t('crm.improvement.overdue')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            width: 90,
            render: (s: ImprovementStatus) => <Tag color={IMPROVEMENT_COLORS[s]}>{t(`crm.improvement.status.${s}`)}</Tag>,
          },
          { title: t('crm.improvement.review'), dataIndex: 'reviewNote', ellipsis: true, render: (v: string) => v || '—' },
          {
            title: t('common.actions'),
            key: 'a',
            width: 190,
            render: (_, a) => (
              <Space size={4}>
                {a.status === 'open' && (
                  <Button size="small" onClick={() => void setItemStatus(a, 'in_progress')}>
                    {t('crm.improvement.start')}
                  </Button>
                )}
                {(a.status === 'open' || a.status === 'in_progress') && (
                  <Button size="small" onClick={() => void setItemStatus(a, 'done')}>
                    {t('crm.improvement.markDone')}
                  </Button>
                )}
                {a.status === 'done' && (
                  <Button size="small" type="primary" icon={<CheckCircleOutlined />} onClick={() => setReviewing(a)} data-testid="improvement-review">
                    {t('crm.improvement.reviewAction')}
                  </Button>
                )}
                {a.status === 'done' && (
                  <Button size="small" onClick={() => void setItemStatus(a, 'in_progress')}>
                    {t('crm.improvement.reopen')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <ImprovementDrawer
        open={editing !== null}
        item={editing === 'new' ? undefined : (editing ?? undefined)}
        onClose={() => setEditing(null)}
        onSaved={() => setEditing(null)}
      />
      {reviewing && (
        <FormModal<{ reviewNote: string }>
          open
          title={t('crm.improvement.reviewTitle', { title: reviewing.title })}
          onClose={() => setReviewing(null)}
          testId="review-modal"
          onSubmit={(v, form) =>
            run(
              () =>
                callApi('patch', '/improvement-actions/{id}', {
                  params: { id: reviewing.id },
                  body: { version: reviewing.version, status: 'reviewed', reviewNote: v.reviewNote },
                }),
              { form },
            )
          }
        >
          <Form.Item
            name="reviewNote"
            label={t('crm.improvement.reviewNote')}
            extra={t('crm.improvement.reviewHint')}
            rules={[{ required: true, whitespace: true, message: t('crm.improvement.reviewNoteRequired') }]}
          >
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}
