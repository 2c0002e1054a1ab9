import { useState } from 'react';
import { Button, Form, Input, Modal, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { useSession } from '../../session/SessionContext';
import { formatYuan } from '../../lib/format';
import { formatShortDateTime } from '../../lib/time';
import { useRun, type Run } from '../crm/useRun';
import { CountDetail } from './CountDetail';

export const COUNT_COLORS: Record<string, string> = { counting: 'blue', pending_approval: 'orange', booked: 'green', cancelled: 'default' };

/** 盘点: the counts of the station; one opens into its sheet (entry, variance, print, submit). */
export default function StocktakingPage() {
  const { t } = useTranslation();
  const { pointId, can } = useSession();
  const [params, setParams] = useSearchParams();
  const open = params.get('count');
  const q = useApiQuery('/stock-counts', { query: { servicePointId: pointId, page: 1, pageSize: 100 }, enabled: !!pointId && !open });
  const run = useRun(useInvalidate('/stock-counts', '/stock', '/approvals'));
  const [creating, setCreating] = useState(false);
  if (open) return <CountDetail id={open} run={run} keeper={can('parts.manage')} onBack={() => setParams({})} />;
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.stocktaking')}
        </Typography.Title>
        <Space>
          <Button icon={<ReloadOutlined />} onClick={() => void q.refetch()} aria-label={t('common.refresh')} />
          {can('parts.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-count">
              {t('stocktaking.new')}
            </Button>
          )}
        </Space>
      </Space>
      <Table
        size="small"
        rowKey="id"
        loading={q.isFetching}
        dataSource={q.data?.items ?? []}
        pagination={false}
        data-testid="counts"
        columns={[
          {
            title: t('stocktaking.cols.number'),
            dataIndex: 'number',
            render: (v: string, r) => (
              <Button type="link" size="small" onClick={() => setParams({ count: r.id })} style={{ padding: 0 }}>
                {v}
              </Button>
            ),
          },
          {
            title: t('stocktaking.cols.status'),
            dataIndex: 'status',
            render: (v: string) => <Tag color={COUNT_COLORS[v]}>{t(`stocktaking.status.${v}`)}</Tag>,
          },
          { title: t('stocktaking.cols.locations'), render: (_, r) => (r.allLocations ? t('stocktaking.all') : r.locationCodes.join('、')) },
          {
            title: t('stocktaking.cols.progress'),
            width: 180,
            render: (_, r) => (
              <Progress
                percent={r.totals.lines ? Math.round((r.totals.counted / r.totals.lines) * 100) : 100}
                size="small"
                aria-label={`${r.number} ${t('stocktaking.cols.progress')}`}
                format={() => `${r.totals.counted}/${r.totals.lines}`}
              />
            ),
          },
          { title: t('stocktaking.cols.variance'), align: 'right', render: (_, r) => formatYuan(r.status === 'counting' ? r.totals.absFen : r.varianceFen) },
          { title: t('stocktaking.cols.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatShortDateTime(v) },
        ]}
      />
      {creating && pointId && <NewCountModal pointId={pointId} run={run} onClose={() => setCreating(false)} onCreated={(id) => setParams({ count: id })} />}
    </>
  );
}

function NewCountModal({ pointId, run, onClose, onCreated }: { pointId: string; run: Run; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const locs = useApiQuery('/warehouse-locations', { query: { servicePointId: pointId } });
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    let id = '';
    const ok = await run(
      async () => {
        id = (await callApi('post', '/stock-counts', { body: { servicePointId: pointId, locationIds: v.locationIds ?? [], note: v.note ?? '' } })).id;
      },
      { form, success: t('stocktaking.created') },
    );
    if (ok) {
      onClose();
      if (id) onCreated(id);
    }
  };
  return (
    <Modal open title={t('stocktaking.newTitle')} onCancel={onClose} onOk={() => void submit()} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item name="locationIds" label={t('stocktaking.locations')}>
          <Select
            mode="multiple"
            allowClear
            options={(locs.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.code} ${l.name}` }))}
            optionFilterProp="label"
          />
        </Form.Item>
        <Form.Item name="note" label={t('stocktaking.note')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
