import { useState } from 'react';
import { Button, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import type { components } from '../../api/openapi.gen';
import { useRun } from '../crm/useRun';

type Row = components['schemas']['PartPlanningRow'];

/** 采购参数: per part the reorder point and safety stock computed from demand, the planner's override beside them. */
export function PlanningTab({ pointId }: { pointId: string | undefined }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [vendorId, setVendorId] = useState<string | undefined>();
  const vendors = useApiQuery('/vendors', { query: { servicePointId: pointId }, enabled: !!pointId });
  const q = useApiQuery('/part-planning', { query: { servicePointId: pointId, q: search || undefined, vendorId }, enabled: !!pointId });
  const run = useRun(useInvalidate('/part-planning', '/purchase-suggestion'));
  const [editing, setEditing] = useState<Row | null>(null);
  const items = q.data?.items ?? [];
  const pair = (computed: number, override: number | null | undefined) =>
    override === null || override === undefined ? (
      computed
    ) : (
      <Space size={4}>
        <Tag color="gold">{override}</Tag>
        <Typography.Text type="secondary" delete>
          {computed}
        </Typography.Text>
      </Space>
    );
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search
          allowClear
          placeholder={t('vendorsPlanning.search')}
          aria-label={t('vendorsPlanning.search')}
          onSearch={setSearch}
          style={{ width: 280 }}
        />
        <Select
          allowClear
          placeholder={t('vendorsPlanning.vendorFilter')}
          aria-label={t('vendorsPlanning.vendorFilter')}
          style={{ width: 220 }}
          value={vendorId}
          onChange={setVendorId}
          options={(vendors.data?.items ?? []).map((v) => ({ value: v.id, label: `${v.code} ${v.name}` }))}
        />
        {items.length >= 100 && <Typography.Text type="secondary">{t('vendorsPlanning.limit')}</Typography.Text>}
      </Space>
      <Table
        size="small"
        rowKey="partId"
        loading={q.isFetching}
        dataSource={items}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="part-planning"
        columns={[
          { title: t('purchasing.cols.partNo'), dataIndex: 'partNo' },
          { title: t('purchasing.cols.name'), dataIndex: 'name' },
          { title: t('purchasing.cols.vendor'), dataIndex: 'vendorName', render: (v: string) => v || t('vendorsPlanning.noVendor') },
          { title: t('vendorsPlanning.leadTimeShort'), dataIndex: 'leadTimeDays', align: 'right' },
          { title: t('vendorsPlanning.demand'), dataIndex: 'meanDailyDemand', align: 'right' },
          { title: t('vendorsPlanning.safety'), key: 'safety', align: 'right', render: (_, r) => pair(r.computedSafetyStock, r.safetyStock) },
          { title: t('vendorsPlanning.rop'), key: 'rop', align: 'right', render: (_, r) => pair(r.computedReorderPoint, r.reorderPoint) },
          { title: t('vendorsPlanning.pack'), dataIndex: 'pack', align: 'right' },
          { title: t('vendorsPlanning.onHand'), dataIndex: 'onHand', align: 'right' },
          {
            key: 'edit',
            render: (_, r) => (
              <Button size="small" onClick={() => setEditing(r)}>
                {t('vendorsPlanning.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing && <OverrideModal row={editing} vendors={vendors.data?.items ?? []} onClose={() => setEditing(null)} run={run} />}
    </>
  );
}

function OverrideModal({
  row,
  vendors,
  onClose,
  run,
}: {
  row: Row;
  vendors: components['schemas']['Vendor'][];
  onClose: () => void;
  run: ReturnType<typeof useRun>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = async (reset = false) => {
    const v = reset ? { vendorId: row.vendorId, pack: row.pack } : await form.validateFields().catch(() => null);
    if (!v) return;
    const body = {
      vendorId: v.vendorId ?? null,
      pack: v.pack,
      reorderPoint: reset ? null : (v.reorderPoint ?? null),
      safetyStock: reset ? null : (v.safetyStock ?? null),
    };
    if (await run(() => callApi('put', '/parts/{id}/planning', { params: { id: row.partId }, body }), { form })) onClose();
  };
  return (
    <Modal
      open
      title={t('vendorsPlanning.overrideTitle', { partNo: row.partNo, name: row.name })}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="reset" onClick={() => void save(true)}>
          {t('vendorsPlanning.reset')}
        </Button>,
        <Button key="ok" type="primary" onClick={() => void save()}>
          {t('common.save')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">
        {t('vendorsPlanning.overrideHint', { rop: row.computedReorderPoint, safety: row.computedSafetyStock })}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ vendorId: row.vendorId, pack: row.pack, reorderPoint: row.reorderPoint, safetyStock: row.safetyStock }}
      >
        <Form.Item name="vendorId" label={t('purchasing.cols.vendor')}>
          <Select allowClear options={vendors.map((v) => ({ value: v.id, label: `${v.code} ${v.name}` }))} />
        </Form.Item>
        <Form.Item name="pack" label={t('vendorsPlanning.pack')}>
          <InputNumber min={1} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="reorderPoint" label={`${t('vendorsPlanning.rop')}(${t('vendorsPlanning.computed')} ${row.computedReorderPoint})`}>
          <InputNumber min={0} precision={0} style={{ width: 160 }} placeholder={String(row.computedReorderPoint)} />
        </Form.Item>
        <Form.Item name="safetyStock" label={`${t('vendorsPlanning.safety')}(${t('vendorsPlanning.computed')} ${row.computedSafetyStock})`}>
          <InputNumber min={0} precision={0} style={{ width: 160 }} placeholder={String(row.computedSafetyStock)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
