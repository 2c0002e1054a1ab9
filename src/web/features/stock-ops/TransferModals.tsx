import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Modal, Radio, Select, Space, Table } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery } from '../../api/query';
import type { components } from '../../api/openapi.gen';
import type { Run } from '../crm/useRun';
import type { Transfer } from './TransfersPage';

type NetworkStock = components['schemas']['NetworkStock'];

/** 新建调拨: a part number, the stations that have it (as far as the network lets this station see), a quantity. */
export function NewTransferModal({ pointId, run, onClose }: { pointId: string; run: Run; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [network, setNetwork] = useState<NetworkStock | null>(null);
  const lookup = async () => {
    const partNo = ((form.getFieldValue(['lines', 0, 'partNo']) as string | undefined) ?? '').trim();
    if (partNo) setNetwork(await callApi('get', '/network-stock', { query: { servicePointId: pointId, partNo } }));
  };
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    // The form's fields are named as the API's first line (lines.0.*), so its field errors land on them.
    const body = { fromPointId: v.fromPointId, toPointId: pointId, lines: [{ partNo: v.lines[0].partNo.trim(), qty: v.lines[0].qty }], note: v.note ?? '' };
    if (await run(() => callApi('post', '/stock-transfers', { body }), { form, success: t('transfers.created') })) onClose();
  };
  return (
    <Modal open title={t('transfers.newTitle')} onCancel={onClose} onOk={() => void submit()} width={640} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item label={t('transfers.partNo')} required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name={['lines', 0, 'partNo']} noStyle rules={[{ required: true, message: t('transfers.partNo') }]}>
              <Input aria-label={t('transfers.partNo')} onPressEnter={() => void lookup()} data-testid="transfer-part" />
            </Form.Item>
            <Button icon={<SearchOutlined />} onClick={() => void lookup()}>
              {t('transfers.lookup')}
            </Button>
          </Space.Compact>
        </Form.Item>
        {network && !network.items.length && <Alert type="info" showIcon message={t('transfers.networkEmpty')} style={{ marginBottom: 12 }} />}
        {network && network.items.length > 0 && (
          <Form.Item name="fromPointId" label={t('transfers.supplier')} rules={[{ required: true, message: t('transfers.supplier') }]}>
            <Radio.Group style={{ width: '100%' }}>
              <Table
                size="small"
                rowKey="servicePointId"
                pagination={false}
                dataSource={network.items}
                columns={[
                  { key: 'pick', width: 40, render: (_, r) => <Radio value={r.servicePointId} aria-label={r.name} disabled={r.available <= 0} /> },
                  { title: t('transfers.cols.station'), dataIndex: 'name' },
                  { title: t('transfers.cols.onHand'), dataIndex: 'onHand', align: 'right' },
                  { title: t('transfers.cols.available'), dataIndex: 'available', align: 'right' },
                ]}
              />
            </Radio.Group>
          </Form.Item>
        )}
        <Form.Item name={['lines', 0, 'qty']} label={t('transfers.qty')} rules={[{ required: true, message: t('transfers.qty') }]}>
          <InputNumber min={0.001} precision={3} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="note" label={t('transfers.note')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 调拨收货: what is still in transit per line (partial allowed), into one location. */
export function ReceiveTransferModal({ transfer, pointId, run, onClose }: { transfer: Transfer; pointId: string; run: Run; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const locs = useApiQuery('/warehouse-locations', { query: { servicePointId: pointId } });
  const open = transfer.lines.filter((l) => l.inTransit > 0);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const lines = open.filter((l) => (v.qty?.[l.id] ?? 0) > 0).map((l) => ({ lineId: l.id, qty: v.qty[l.id] as number, locationId: v.locationId as string }));
    const ok = await run(() => callApi('post', '/stock-transfers/{id}/receipts', { params: { id: transfer.id }, body: { version: transfer.version, lines } }), {
      form,
      success: t('transfers.received'),
    });
    if (ok) onClose();
  };
  return (
    <Modal open title={t('transfers.receiveTitle', { number: transfer.number })} onCancel={onClose} onOk={() => void submit()} width={560} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ qty: Object.fromEntries(open.map((l) => [l.id, l.inTransit])) }}>
        <Form.Item name="locationId" label={t('transfers.location')} rules={[{ required: true, message: t('transfers.location') }]}>
          <Select options={(locs.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.code} ${l.name}` }))} showSearch optionFilterProp="label" />
        </Form.Item>
        {open.map((l) => (
          <Form.Item key={l.id} name={['qty', l.id]} label={`${l.partNo} ${l.name}(${t('transfers.cols.inTransit')} ${l.inTransit})`}>
            <InputNumber min={0} max={l.inTransit} precision={3} style={{ width: 160 }} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
