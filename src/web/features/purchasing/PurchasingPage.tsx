import { useState } from 'react';
import { Alert, Button, Checkbox, Form, InputNumber, Modal, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import type { components } from '../../api/openapi.gen';
import { useSession } from '../../session/SessionContext';
import { formatYuan } from '../../lib/format';
import { formatShortDateTime } from '../../lib/time';
import { useRun } from '../crm/useRun';
import { PlanningTab } from './PlanningTab';
import { VendorsTab } from './VendorsTab';

type Order = components['schemas']['PurchaseOrder'];
type Line = components['schemas']['PurchaseSuggestionLine'];
const STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  pending_approval: 'orange',
  sent: 'blue',
  partly_received: 'gold',
  received: 'green',
  closed: 'default',
  cancelled: 'default',
};

/** 采购: the suggestion (reorder points, safety stock, backorders) turned into orders per vendor; orders sent, received, exported. */
export default function PurchasingPage() {
  const { t } = useTranslation();
  const { pointId, can } = useSession();
  const planner = can('purchasing.manage');
  const [tab, setTab] = useState(planner ? 'suggestion' : 'orders');
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('nav.purchasing')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          ...(planner
            ? [{ key: 'suggestion', label: t('purchasing.tabs.suggestion'), children: <SuggestionTab pointId={pointId} onCreated={() => setTab('orders')} /> }]
            : []),
          { key: 'orders', label: t('purchasing.tabs.orders'), children: <OrdersTab pointId={pointId} planner={planner} keeper={can('parts.manage')} /> },
          ...(planner
            ? [
                { key: 'planning', label: t('vendorsPlanning.tabs.planning'), children: <PlanningTab pointId={pointId} /> },
                { key: 'vendors', label: t('vendorsPlanning.tabs.vendors'), children: <VendorsTab pointId={pointId} /> },
              ]
            : []),
        ]}
      />
    </>
  );
}

function SuggestionTab({ pointId, onCreated }: { pointId: string | undefined; onCreated: () => void }) {
  const { t } = useTranslation();
  const q = useApiQuery('/purchase-suggestion', { query: { servicePointId: pointId }, enabled: !!pointId });
  const run = useRun(useInvalidate('/purchase-suggestion', '/purchase-orders'));
  const items = q.data?.items ?? [];
  const [selected, setSelected] = useState<string[]>([]);
  const chosen = items.filter((i) => selected.includes(i.partId));
  const create = async () => {
    const byVendor = new Map<string, Line[]>();
    for (const l of chosen) if (l.vendorId) byVendor.set(l.vendorId, [...(byVendor.get(l.vendorId) ?? []), l]);
    const ok = await run(
      async () => {
        for (const [vendorId, lines] of byVendor)
          await callApi('post', '/purchase-orders', {
            body: { servicePointId: pointId, vendorId, lines: lines.map((l) => ({ partId: l.partId, qty: l.qty })), note: '' },
          });
      },
      { success: t('purchasing.created', { n: byVendor.size }) },
    );
    if (ok) {
      setSelected([]);
      onCreated();
    }
  };
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Text type="secondary">
          {q.data ? t('purchasing.considered', { n: q.data.partsConsidered, days: q.data.historyDays, z: q.data.safetyFactor }) : ''}
        </Typography.Text>
        <Space>
          <Button icon={<ReloadOutlined />} onClick={() => void q.refetch()} aria-label={t('common.refresh')} />
          <Button type="primary" disabled={!chosen.some((l) => l.vendorId)} onClick={() => void create()} data-testid="create-orders">
            {t('purchasing.createOrders')}
          </Button>
        </Space>
      </Space>
      {chosen.some((l) => !l.vendorId) && <Alert type="warning" showIcon message={t('purchasing.noVendor')} style={{ marginBottom: 12 }} />}
      <Table
        size="small"
        rowKey="partId"
        loading={q.isFetching}
        dataSource={items}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('purchasing.noSuggestion') }}
        rowSelection={{ selectedRowKeys: selected, onChange: (k) => setSelected(k as string[]) }}
        data-testid="suggestion"
        columns={[
          { title: t('purchasing.cols.partNo'), dataIndex: 'partNo' },
          { title: t('purchasing.cols.name'), dataIndex: 'name' },
          { title: t('purchasing.cols.vendor'), dataIndex: 'vendorName', render: (v: string) => v || '—' },
          { title: t('purchasing.cols.demand'), dataIndex: 'meanDailyDemand', align: 'right' },
          { title: t('purchasing.cols.safety'), dataIndex: 'safetyStock', align: 'right' },
          { title: t('purchasing.cols.rop'), dataIndex: 'reorderPoint', align: 'right', render: (v: number, r) => (r.overridden ? <Tag>{v}</Tag> : v) },
          { title: t('purchasing.cols.onHand'), dataIndex: 'onHand', align: 'right' },
          { title: t('purchasing.cols.backordered'), dataIndex: 'backordered', align: 'right' },
          { title: t('purchasing.cols.onOrder'), dataIndex: 'onOrder', align: 'right' },
          { title: t('purchasing.cols.qty'), dataIndex: 'qty', align: 'right', render: (v: number) => <Typography.Text strong>{v}</Typography.Text> },
          {
            title: t('purchasing.cols.reason'),
            dataIndex: 'reason',
            render: (v: string) => <Tag color={v === 'backorder' ? 'red' : 'blue'}>{t(`purchasing.reason.${v}`)}</Tag>,
          },
          { title: t('purchasing.cols.value'), dataIndex: 'valueFen', align: 'right', render: (v: number) => formatYuan(v) },
        ]}
      />
    </>
  );
}

function OrdersTab({ pointId, planner, keeper }: { pointId: string | undefined; planner: boolean; keeper: boolean }) {
  const { t } = useTranslation();
  const q = useApiQuery('/purchase-orders', { query: { servicePointId: pointId, page: 1, pageSize: 100 }, enabled: !!pointId });
  const run = useRun(useInvalidate('/purchase-orders', '/purchase-suggestion', '/stock', '/backorders', '/work-orders', '/picking-queue'));
  const [receiving, setReceiving] = useState<Order | null>(null);
  const act = (o: Order, action: 'send' | 'cancel' | 'close') =>
    run(() => callApi('post', `/purchase-orders/{id}/${action}`, { params: { id: o.id }, body: { version: o.version, note: '' } }), {
      success: action === 'send' ? t('purchasing.sent') : undefined,
    });
  return (
    <>
      <Table
        size="small"
        rowKey="id"
        loading={q.isFetching}
        dataSource={q.data?.items ?? []}
        pagination={false}
        data-testid="purchase-orders"
        expandable={{
          expandedRowRender: (o) => (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={o.lines}
              columns={[
                { title: t('purchasing.cols.partNo'), dataIndex: 'partNo' },
                { title: t('purchasing.cols.name'), dataIndex: 'name' },
                { title: t('purchasing.cols.ordered'), dataIndex: 'ordered', align: 'right' },
                { title: t('purchasing.cols.received'), dataIndex: 'received', align: 'right' },
                { title: t('purchasing.cols.open'), dataIndex: 'open', align: 'right' },
                { title: t('purchasing.cols.unitCost'), dataIndex: 'unitCostFen', align: 'right', render: (v: number) => formatYuan(v) },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('purchasing.cols.number'), dataIndex: 'number' },
          { title: t('purchasing.cols.vendor'), dataIndex: 'vendorName' },
          { title: t('purchasing.cols.status'), dataIndex: 'status', render: (v: string) => <Tag color={STATUS_COLORS[v]}>{t(`purchasing.status.${v}`)}</Tag> },
          { title: t('purchasing.cols.total'), dataIndex: 'totalFen', align: 'right', render: (v: number) => formatYuan(v) },
          { title: t('purchasing.cols.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatShortDateTime(v) },
          {
            key: 'actions',
            render: (_, o) => (
              <Space size={4} wrap>
                {planner && o.status === 'draft' && (
                  <Button size="small" type="primary" onClick={() => void act(o, 'send')}>
                    {t('purchasing.send')}
                  </Button>
                )}
                {planner && (o.status === 'draft' || o.status === 'pending_approval') && (
                  <Button size="small" onClick={() => void act(o, 'cancel')}>
                    {t('purchasing.cancel')}
                  </Button>
                )}
                {keeper && (o.status === 'sent' || o.status === 'partly_received') && (
                  <Button size="small" type="primary" onClick={() => setReceiving(o)} data-testid={`receive-${o.number}`}>
                    {t('purchasing.receive')}
                  </Button>
                )}
                {planner && (o.status === 'sent' || o.status === 'partly_received') && (
                  <Button size="small" onClick={() => void act(o, 'close')}>
                    {t('purchasing.close')}
                  </Button>
                )}
                <Button size="small" href={`/api/purchase-orders/${o.id}/xlsx`}>
                  {t('purchasing.exportXlsx')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {receiving && <ReceiveModal order={receiving} pointId={pointId} onClose={() => setReceiving(null)} run={run} />}
    </>
  );
}

/** 到货入库: a quantity per open line (defaults to what is open), one location, an explicit confirmation to take more than ordered. */
function ReceiveModal({ order, pointId, onClose, run }: { order: Order; pointId: string | undefined; onClose: () => void; run: ReturnType<typeof useRun> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const locs = useApiQuery('/warehouse-locations', { query: { servicePointId: pointId }, enabled: !!pointId });
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const lines = order.lines
      .filter((l) => (v.qty?.[l.id] ?? 0) > 0)
      .map((l) => ({ lineId: l.id, qty: v.qty[l.id] as number, locationId: v.locationId as string }));
    if (
      await run(
        () =>
          callApi('post', '/purchase-orders/{id}/receipts', {
            params: { id: order.id },
            body: { version: order.version, confirmOver: !!v.confirmOver, lines },
          }),
        { form, success: t('purchasing.receivedOk') },
      )
    )
      onClose();
  };
  return (
    <Modal open title={t('purchasing.receiveTitle', { number: order.number })} onCancel={onClose} onOk={() => void submit()} width={640} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ qty: Object.fromEntries(order.lines.map((l) => [l.id, l.open])) }}>
        <Form.Item name="locationId" label={t('purchasing.location')} rules={[{ required: true, message: t('purchasing.location') }]}>
          <Select options={(locs.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.code} ${l.name}` }))} showSearch optionFilterProp="label" />
        </Form.Item>
        {order.lines.map((l) => (
          <Form.Item key={l.id} name={['qty', l.id]} label={`${l.partNo} ${l.name}(${t('purchasing.cols.open')} ${l.open})`}>
            <InputNumber min={0} precision={3} style={{ width: 160 }} />
          </Form.Item>
        ))}
        <Form.Item name="confirmOver" valuePropName="checked">
          <Checkbox>{t('purchasing.confirmOver')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
