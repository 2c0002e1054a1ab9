import { useState } from 'react';
import { Button, Card, Col, Empty, Form, InputNumber, Modal, Popconfirm, Row, Select, Table, Tag, Typography } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { useSession } from '../../session/SessionContext';
import { WorkOrderStatusTag } from '../../components/StatusTags';
import { useRun } from '../crm/useRun';
import { ReleaseModal } from './ReleaseModal';
import { qty, type PickingLine } from './types';

const LINE_COLORS: Record<string, string> = { reserved: 'blue', short: 'red', issued: 'green', released: 'default' };

/**
 * 捡料: the picking queue (every order with parts still to issue, whatever its status; 待料 flagged), its picking list
 * (locations, to pick, short in red), 全部出库, per-line release of parts not needed and returns.
 */
export default function PickingPage() {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const [woId, setWoId] = useState<string | null>(null);
  const [ret, setRet] = useState<PickingLine | null>(null);
  const [rel, setRel] = useState<PickingLine | null>(null);
  const [form] = Form.useForm();
  const orders = useApiQuery('/picking-queue', { query: { servicePointId: pointId }, enabled: !!pointId });
  const list = useApiQuery('/work-orders/{id}/picking-list', { params: { id: woId ?? '' }, enabled: !!woId });
  const locs = useApiQuery('/warehouse-locations', { query: { servicePointId: pointId }, enabled: !!pointId });
  // Picking and returns change the order's lines, stock, backorders and the board's waiting-parts flags.
  const run = useRun(useInvalidate('/work-orders', '/stock', '/backorders', '/parts-stats', '/workshop', '/picking-queue'));
  const withParts = orders.data?.items ?? [];
  const lines = woId ? (list.data?.lines ?? []) : [];
  const toPick = lines.reduce((n, l) => n + l.toPick, 0);

  const doReturn = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !ret || !woId) return;
    if (
      await run(
        () =>
          callApi('post', '/work-orders/{id}/returns', {
            params: { id: woId },
            body: { workOrderLineId: ret.workOrderLineId, qty: v.qty, locationId: v.locationId },
          }),
        { form, success: t('parts.returned') },
      )
    )
      setRet(null);
  };

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('nav.picking')}
      </Typography.Title>
      <Row gutter={12}>
        <Col xs={24} lg={9}>
          <Table
            size="small"
            rowKey="workOrderId"
            loading={orders.isFetching}
            dataSource={withParts}
            pagination={false}
            data-testid="picking-orders"
            rowClassName={(r) => (r.workOrderId === woId ? 'ant-table-row-selected' : '')}
            onRow={(r) => ({ onClick: () => setWoId(r.workOrderId), style: { cursor: 'pointer' } })}
            locale={{ emptyText: <Empty description={t('parts.noOrders')} /> }}
            columns={[
              {
                title: t('parts.workOrder'),
                render: (_, r) => (
                  <>
                    <b>{r.workOrderNumber}</b>
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.plate} · {r.model}
                    </Typography.Text>
                  </>
                ),
              },
              {
                title: t('common.status'),
                dataIndex: 'workOrderStatus',
                width: 100,
                render: (s, r) => (
                  <>
                    <WorkOrderStatusTag status={s} />
                    {r.shortLines > 0 && s !== 'waiting_parts' && <Tag color="orange">{t('parts.waiting')}</Tag>}
                  </>
                ),
              },
              {
                title: t('parts.toIssueLines'),
                width: 70,
                align: 'right',
                render: (_, r) => (r.unissuedLines > 0 ? <b>{`${r.unissuedLines}/${r.partLines}`}</b> : t('parts.allIssued')),
              },
            ]}
          />
        </Col>
        <Col xs={24} lg={15}>
          <Card
            size="small"
            loading={list.isLoading}
            title={woId && list.data ? t('parts.pickingTitle', { number: list.data.workOrderNumber, plate: list.data.plate }) : t('parts.pickingList')}
            extra={
              woId && (
                <Popconfirm
                  title={t('parts.pickAllConfirm')}
                  onConfirm={() => run(() => callApi('post', '/work-orders/{id}/pick', { params: { id: woId }, body: {} }), { success: t('parts.picked') })}
                  disabled={toPick <= 0}
                >
                  <Button type="primary" icon={<ExportOutlined />} disabled={toPick <= 0} data-testid="pick-all">
                    {t('parts.pickAll')}
                  </Button>
                </Popconfirm>
              )
            }
          >
            {!woId ? (
              <Empty description={t('parts.pickOrder')} />
            ) : (
              <Table
                size="small"
                rowKey="workOrderLineId"
                dataSource={lines}
                pagination={false}
                data-testid="picking-lines"
                scroll={{ x: 640 }}
                columns={[
                  { title: t('parts.cols.partNo'), dataIndex: 'partNo', width: 110 },
                  { title: t('parts.cols.name'), dataIndex: 'name' },
                  {
                    title: t('parts.cols.locations'),
                    dataIndex: 'locationCodes',
                    render: (c: string[]) => (c.length ? c.map((x) => <Tag key={x}>{x}</Tag>) : '—'),
                  },
                  { title: t('parts.requested'), dataIndex: 'requested', align: 'right', width: 60, render: qty },
                  { title: t('parts.toPick'), dataIndex: 'toPick', align: 'right', width: 60, render: (v: number) => <b>{qty(v)}</b> },
                  {
                    title: t('parts.short'),
                    dataIndex: 'short',
                    align: 'right',
                    width: 60,
                    render: (v: number) =>
                      v > 0 ? (
                        <Typography.Text type="danger" strong>
                          {qty(v)}
                        </Typography.Text>
                      ) : (
                        '—'
                      ),
                  },
                  { title: t('parts.issued'), align: 'right', width: 70, render: (_, l) => `${qty(l.issued)}${l.returned ? ` (−${qty(l.returned)})` : ''}` },
                  {
                    title: t('common.status'),
                    dataIndex: 'status',
                    width: 70,
                    render: (s: string, l) => (
                      <>
                        <Tag color={LINE_COLORS[s]}>{t(`parts.lineStatus.${s}`)}</Tag>
                        {l.releaseReason && (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {l.releaseReason}
                          </Typography.Text>
                        )}
                      </>
                    ),
                  },
                  {
                    title: '',
                    width: 60,
                    render: (_, l) =>
                      l.status === 'reserved' || l.status === 'short' ? (
                        <Button size="small" type="link" onClick={() => setRel(l)} data-testid={`release-${l.partNo}`}>
                          {t('parts.release')}
                        </Button>
                      ) : l.issued - l.returned > 0 ? (
                        <Button
                          size="small"
                          type="link"
                          onClick={() => {
                            form.resetFields();
                            form.setFieldsValue({ qty: l.issued - l.returned, locationId: locs.data?.items.find((x) => l.locationCodes.includes(x.code))?.id });
                            setRet(l);
                          }}
                        >
                          {t('parts.return')}
                        </Button>
                      ) : null,
                  },
                ]}
              />
            )}
          </Card>
        </Col>
      </Row>
      {woId && <ReleaseModal workOrderId={woId} line={rel} run={run} onClose={() => setRel(null)} />}
      <Modal
        open={!!ret}
        title={ret ? t('parts.returnTitle', { name: ret.name }) : ''}
        onCancel={() => setRet(null)}
        onOk={doReturn}
        okText={t('parts.return')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="qty" label={t('parts.qty')} rules={[{ required: true, message: t('parts.qtyRequired') }]}>
            <InputNumber min={0.001} max={ret ? ret.issued - ret.returned : undefined} precision={3} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="locationId" label={t('parts.location')} rules={[{ required: true, message: t('parts.locationRequired') }]}>
            <Select options={(locs.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.code} ${l.name}` }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
