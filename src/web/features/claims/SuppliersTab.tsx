import { useState } from 'react';
import { Button, Form, Input, InputNumber, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { fenToYuan, formatYuan, yuanToFen } from '../../lib/format';
import { usePointTime } from '../../lib/time';
import { type SupplierClaim, useClaimsRun } from './shared';

const COLOR: Record<SupplierClaim['status'], string> = { open: 'default', sent: 'blue', accepted: 'green', partly_accepted: 'gold', refused: 'red' };

/** 二次索赔: the recovery rate per component supplier, the claims to suppliers, a new claim from returned or missing parts, the supplier's answer. */
export function SuppliersTab() {
  const { t } = useTranslation();
  const time = usePointTime();
  const run = useClaimsRun();
  const catalog = useApiQuery('/claim-catalog');
  const claims = useApiQuery('/supplier-claims');
  const parts = useApiQuery('/old-parts', { query: { status: 'returned,missing' } });
  const [creating, setCreating] = useState(false);
  const [answering, setAnswering] = useState<SupplierClaim | null>(null);
  const suppliers = catalog.data?.suppliers ?? [];
  const open = (parts.data?.items ?? []).filter((p) => p.supplierId && !p.supplierClaimId);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="claim-suppliers">
      <Typography.Title level={5}>{t('cl.recoveryBySupplier')}</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={catalog.isLoading}
        dataSource={suppliers}
        columns={[
          { title: t('cl.supplier'), key: 's', render: (_, s) => `${s.code} ${s.name}` },
          { title: t('cl.claimed'), key: 'c', align: 'right', render: (_, s) => formatYuan(s.claimedFen) },
          { title: t('cl.recovered'), key: 'r', align: 'right', render: (_, s) => formatYuan(s.recoveredFen) },
          {
            title: t('cl.recoveryRate'),
            key: 'rate',
            width: 220,
            render: (_, s) =>
              s.recoveryRateBp === null ? (
                '—'
              ) : (
                <Progress
                  size="small"
                  percent={Math.round(s.recoveryRateBp / 100)}
                  format={() => `${(s.recoveryRateBp! / 100).toFixed(1)}%`}
                  aria-label={`${t('cl.recoveryRate')} ${s.name}: ${(s.recoveryRateBp! / 100).toFixed(1)}%`}
                />
              ),
          },
        ]}
      />
      <Space>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('cl.supplierClaims')}
        </Typography.Title>
        <Button onClick={() => setCreating(true)} disabled={!open.length}>
          {t('cl.newSupplierClaim', { count: open.length })}
        </Button>
      </Space>
      <Table<SupplierClaim>
        rowKey="id"
        size="small"
        loading={claims.isLoading}
        dataSource={claims.data?.items ?? []}
        locale={{ emptyText: t('cl.noSupplierClaims') }}
        scroll={{ x: 900 }}
        columns={[
          { title: t('cl.supplierClaimNo'), dataIndex: 'number', key: 'n' },
          { title: t('cl.supplier'), dataIndex: 'supplierName', key: 's' },
          { title: t('cl.status'), key: 'st', render: (_, c) => <Tag color={COLOR[c.status]}>{t(`cl.sc_${c.status}`)}</Tag> },
          { title: t('cl.count'), dataIndex: 'lineCount', key: 'l', align: 'right' },
          { title: t('cl.claimed'), key: 'c', align: 'right', render: (_, c) => formatYuan(c.claimedFen) },
          { title: t('cl.recovered'), key: 'r', align: 'right', render: (_, c) => formatYuan(c.recoveredFen) },
          { title: t('cl.sentAt'), key: 'at', render: (_, c) => time.dateTime(c.sentAt) },
          { title: t('cl.note'), dataIndex: 'note', key: 'note' },
          {
            title: t('common.actions'),
            key: 'act',
            render: (_, c) =>
              c.status === 'sent' || c.status === 'open' ? (
                <Button size="small" onClick={() => setAnswering(c)}>
                  {t('cl.recordAnswer')}
                </Button>
              ) : null,
          },
        ]}
      />
      {creating ? (
        <FormModal<{ supplierId: string; lineIds: string[]; note: string }>
          open
          title={t('cl.newSupplierClaim', { count: open.length })}
          onClose={() => setCreating(false)}
          width={640}
          onSubmit={(v, form) => run(() => callApi('post', '/supplier-claims', { body: v }), form)}
        >
          <Form.Item name="supplierId" label={t('cl.supplier')} rules={[{ required: true, message: t('cl.supplierRequired') }]}>
            <Select options={suppliers.filter((s) => open.some((p) => p.supplierId === s.id)).map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {({ getFieldValue }) => (
              <Form.Item name="lineIds" label={t('cl.oldParts')} rules={[{ required: true, message: t('cl.partsRequired') }]}>
                <Select
                  mode="multiple"
                  options={open
                    .filter((p) => p.supplierId === getFieldValue('supplierId'))
                    .map((p) => ({ value: p.id, label: `${p.tagNo ?? p.code} ${p.name} ${formatYuan(p.amountFen)}` }))}
                />
              </Form.Item>
            )}
          </Form.Item>
          <Form.Item name="note" label={t('cl.note')}>
            <Input maxLength={500} />
          </Form.Item>
        </FormModal>
      ) : null}
      {answering ? (
        <FormModal<{ recoveredYuan: number }>
          open
          title={`${t('cl.recordAnswer')} ${answering.number} · ${formatYuan(answering.claimedFen)}`}
          initialValues={{ recoveredYuan: fenToYuan(answering.claimedFen) }}
          onClose={() => setAnswering(null)}
          onSubmit={(v, form) =>
            run(
              () =>
                callApi('post', '/supplier-claims/{id}/answer', {
                  params: { id: answering.id },
                  body: { version: answering.version, recoveredFen: yuanToFen(v.recoveredYuan) ?? 0 },
                }),
              form,
              { rename: { recoveredFen: 'recoveredYuan' } },
            )
          }
        >
          <Form.Item name="recoveredYuan" label={t('cl.recovered')} rules={[{ required: true, message: t('cl.recoveredRequired') }]}>
            <InputNumber min={0} precision={2} prefix="¥" style={{ width: 200 }} />
          </Form.Item>
        </FormModal>
      ) : null}
    </Space>
  );
}
