/** One install order: tick the checklist, enter measurements (pass/fail against the range), commission, accept with a signature. */
import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, Descriptions, Drawer, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldInstallOrder } from '../../../contracts/field-install';
import { callApi } from '../../api/query';
import { formatDateTime } from '../../lib/time';
import { useRun } from '../crm/useRun';
import { SignaturePad } from './SignaturePad';

export const InstallStatusTag = ({ status }: { status: FieldInstallOrder['status'] }) => {
  const { t } = useTranslation();
  const color = { planned: 'default', in_progress: 'processing', commissioned: 'cyan', accepted: 'success', cancelled: 'default' }[status];
  return <Tag color={color}>{t(`fli.status.${status}`)}</Tag>;
};

export function InstallOrderDrawer({ order, onClose, refresh }: { order: FieldInstallOrder | null; onClose: () => void; refresh: () => void }) {
  const { t } = useTranslation();
  const run = useRun(refresh);
  const [done, setDone] = useState<boolean[]>([]);
  const [values, setValues] = useState<(number | null)[]>([]);
  const [signature, setSignature] = useState<string | null>(null);
  const [signer, setSigner] = useState('');
  useEffect(() => {
    setDone(order?.checklist.map((c) => c.done) ?? []);
    setValues(order?.measurements.map((m) => m.value) ?? []);
    setSignature(null);
  }, [order]);
  if (!order) return <Drawer open={false} />;
  const editable = ['planned', 'in_progress', 'commissioned'].includes(order.status);
  const id = { id: order.id };
  const save = () =>
    run(() =>
      callApi('post', '/field/install-orders/{id}/record', {
        params: id,
        body: { version: order.version, checklist: done.map((d) => ({ done: d })), measurements: values.map((v) => ({ value: v })) },
      }),
    );
  const range = (m: FieldInstallOrder['measurements'][number]) => `${m.min ?? '−∞'} – ${m.max ?? '+∞'} ${m.unit}`;
  return (
    <Drawer open onClose={onClose} title={`${t('fli.order')} ${order.number}`} size={680} data-testid="install-drawer">
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label={t('fld.model')}>{`${order.productModel} ${order.productName}`}</Descriptions.Item>
          <Descriptions.Item label={t('fld.serial')}>{order.serial}</Descriptions.Item>
          <Descriptions.Item label={t('fld.customer')}>{order.customerName}</Descriptions.Item>
          <Descriptions.Item label={t('fld.status')}>
            <InstallStatusTag status={order.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('fld.engineer')}>{order.engineerName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('fli.plannedDate')}>{order.plannedDate}</Descriptions.Item>
          <Descriptions.Item label={t('fli.warranty')} span={2}>
            {order.warrantyStart ? `${order.warrantyStart} – ${order.warrantyEnd}` : t('fli.warrantyNotStarted')}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Title level={5}>{t('fli.checklist')}</Typography.Title>
        {order.checklist.map((c, i) => (
          <Checkbox
            key={c.label}
            checked={done[i]}
            disabled={!editable}
            onChange={(e) => setDone(done.map((d, k) => (k === i ? e.target.checked : d)))}
            data-testid="install-check"
          >
            {c.label} {c.required ? <Tag color="orange">{t('fli.required')}</Tag> : null}
          </Checkbox>
        ))}
        <Typography.Title level={5}>{t('fli.measurements')}</Typography.Title>
        <Table
          size="small"
          rowKey="name"
          pagination={false}
          dataSource={order.measurements.map((m, i) => ({ ...m, i }))}
          columns={[
            { title: t('fli.measurement'), dataIndex: 'name' },
            { title: t('fli.range'), render: (_, m) => range(m) },
            {
              title: t('fli.value'),
              render: (_, m) => (
                <InputNumber
                  aria-label={`${m.name} ${t('fli.value')}`}
                  value={values[m.i]}
                  disabled={!editable}
                  onChange={(v) => setValues(values.map((x, k) => (k === m.i ? (v ?? null) : x)))}
                  addonAfter={m.unit || undefined}
                  data-testid="install-value"
                />
              ),
            },
            { title: t('fli.result'), render: (_, m) => (m.result ? <Tag color={m.result === 'pass' ? 'green' : 'red'}>{t(`fli.${m.result}`)}</Tag> : '—') },
          ]}
        />
        {editable && (
          <Space wrap>
            <Button onClick={save} data-testid="install-save">
              {t('fli.save')}
            </Button>
            <Button
              type="primary"
              disabled={order.status !== 'in_progress'}
              onClick={() => run(() => callApi('post', '/field/install-orders/{id}/commission', { params: id, body: { version: order.version } }))}
              data-testid="install-commission"
            >
              {t('fli.commission')}
            </Button>
            <Button danger onClick={() => run(() => callApi('post', '/field/install-orders/{id}/cancel', { params: id, body: { version: order.version } }))}>
              {t('fli.cancel')}
            </Button>
          </Space>
        )}
        {order.status === 'commissioned' && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Title level={5}>{t('fli.acceptance')}</Typography.Title>
            <Alert type="info" showIcon message={t('fli.acceptanceHint')} />
            <label htmlFor="install-signer">{t('fli.acceptedBy')}</label>
            <Input id="install-signer" value={signer} onChange={(e) => setSigner(e.target.value)} data-testid="install-signer" />
            <SignaturePad onChange={setSignature} />
            <Button
              type="primary"
              disabled={!signature || !signer.trim()}
              data-testid="install-accept"
              onClick={() =>
                run(() =>
                  callApi('post', '/field/install-orders/{id}/accept', {
                    params: id,
                    body: { version: order.version, signature: signature!, acceptedByName: signer.trim() },
                  }),
                )
              }
            >
              {t('fli.accept')}
            </Button>
          </Space>
        )}
        {order.acceptedAt && (
          <Alert type="success" showIcon message={t('fli.accepted', { name: order.acceptedByName, at: formatDateTime(order.acceptedAt) })} />
        )}
      </Space>
    </Drawer>
  );
}
