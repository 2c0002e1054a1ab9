import { useState } from 'react';
import { Button, Form, Input, InputNumber, Radio, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { formatYuan } from '../../lib/format';
import { usePointTime } from '../../lib/time';
import { useSession } from '../../session/SessionContext';
import { type OldPart, RETURN_STATUSES, ReturnStatusTag, useClaimsRun } from './shared';

/**
 * 旧件: the claimed parts to return. The station prints tags, packs due parts into boxes, ships them in a monthly
 * return batch and may ask not to return one (延返); the manufacturer decides the 延返 requests.
 */
export function OldPartsTab() {
  const { t } = useTranslation();
  const { can } = useSession();
  const time = usePointTime();
  const run = useClaimsRun();
  const [status, setStatus] = useState<string[]>([]);
  const parts = useApiQuery('/old-parts', { query: { status: status.join(',') || undefined } });
  const boxes = useApiQuery('/old-part-boxes');
  const [selected, setSelected] = useState<string[]>([]);
  const [modal, setModal] = useState<'box' | 'batch' | null>(null);
  const [deferring, setDeferring] = useState<OldPart | null>(null);
  const station = can('claims.manage');
  const items = parts.data?.items ?? [];
  const due = items.filter((p) => p.returnStatus === 'due').map((p) => p.id);
  const month = time.date(new Date()).slice(0, 7);
  const chosen = selected.filter((id) => due.includes(id));
  const clearOnOk = (ok: boolean) => {
    if (ok) setSelected([]);
    return ok;
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="claim-old-parts">
      <Space wrap>
        <Select
          mode="multiple"
          allowClear
          aria-label={t('cl.filterReturn')}
          placeholder={t('cl.filterReturn')}
          style={{ minWidth: 240 }}
          value={status}
          onChange={setStatus}
          options={RETURN_STATUSES.map((s) => ({ value: s, label: t(`cl.rs_${s}`) }))}
        />
        <Button href={`/api/old-parts/tags/print${chosen.length ? `?ids=${chosen.join(',')}` : ''}`} target="_blank">
          {t('cl.printTags')}
        </Button>
        {station ? (
          <>
            <Button disabled={!chosen.length} onClick={() => setModal('box')} data-testid="old-parts-box">
              {t('cl.packBox', { count: chosen.length })}
            </Button>
            <Button type="primary" disabled={!chosen.length} onClick={() => setModal('batch')} data-testid="old-parts-ship">
              {t('cl.shipBatch', { count: chosen.length })}
            </Button>
          </>
        ) : null}
      </Space>
      <Table<OldPart>
        rowKey="id"
        size="small"
        loading={parts.isLoading}
        dataSource={items}
        locale={{ emptyText: t('cl.noOldParts') }}
        rowSelection={
          station
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys as string[]),
                getCheckboxProps: (p) => ({ disabled: p.returnStatus !== 'due', 'aria-label': `${t('cl.select')} ${p.tagNo ?? p.code}` }),
              }
            : undefined
        }
        columns={[
          { title: t('cl.tag'), dataIndex: 'tagNo', key: 'tag' },
          { title: t('cl.number'), dataIndex: 'claimNumber', key: 'claim' },
          { title: t('cl.vin'), dataIndex: 'vin', key: 'vin' },
          { title: t('cl.causePart'), key: 'part', render: (_, p) => `${p.code} ${p.name}` },
          { title: t('cl.returnStatus'), key: 'rs', render: (_, p) => <ReturnStatusTag status={p.returnStatus} /> },
          { title: t('cl.amount'), key: 'a', align: 'right', render: (_, p) => formatYuan(p.amountFen) },
          { title: t('cl.note'), key: 'note', render: (_, p) => p.deferralReason || p.inspectionNote || '' },
          {
            title: t('common.actions'),
            key: 'act',
            render: (_, p) =>
              p.returnStatus === 'due' && station ? (
                <Button size="small" onClick={() => setDeferring(p)}>
                  {t('cl.askDeferral')}
                </Button>
              ) : p.returnStatus === 'deferral_requested' && can('claims.review') ? (
                <Space size={4}>
                  <Button
                    size="small"
                    onClick={() => run(() => callApi('post', '/old-parts/{id}/deferral-decision', { params: { id: p.id }, body: { decision: 'grant' } }))}
                  >
                    {t('cl.grantDeferral')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    onClick={() => run(() => callApi('post', '/old-parts/{id}/deferral-decision', { params: { id: p.id }, body: { decision: 'refuse' } }))}
                  >
                    {t('cl.refuseDeferral')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      <Typography.Title level={5}>{t('cl.boxes')}</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={boxes.data?.items ?? []}
        locale={{ emptyText: t('cl.noBoxes') }}
        columns={[
          { title: t('cl.boxNo'), dataIndex: 'number', key: 'n' },
          { title: t('cl.month'), dataIndex: 'month', key: 'm' },
          { title: t('cl.count'), dataIndex: 'count', key: 'c' },
          { title: t('cl.weight'), key: 'w', render: (_, b) => `${(b.weightGrams / 1000).toFixed(1)} kg` },
          { title: t('cl.handler'), dataIndex: 'handlerName', key: 'h' },
        ]}
      />
      {modal === 'box' ? (
        <FormModal<{ month: string; weightKg: number }>
          open
          title={t('cl.packBox', { count: chosen.length })}
          initialValues={{ month, weightKg: 1 }}
          onClose={() => setModal(null)}
          testId="old-parts-box-form"
          onSubmit={(v, form) =>
            run(() => callApi('post', '/old-part-boxes', { body: { month: v.month, weightGrams: Math.round(v.weightKg * 1000), lineIds: chosen } }), form).then(
              clearOnOk,
            )
          }
        >
          <Form.Item name="month" label={t('cl.month')} rules={[{ required: true, pattern: /^\d{4}-\d{2}$/, message: t('cl.monthFormat') }]}>
            <Input maxLength={7} />
          </Form.Item>
          <Form.Item name="weightKg" label={t('cl.weightKg')}>
            <InputNumber min={0} max={1000} step={0.1} />
          </Form.Item>
        </FormModal>
      ) : null}
      {modal === 'batch' ? (
        <FormModal<{ month: string; kind: 'regular' | 'urgent' }>
          open
          title={t('cl.shipBatch', { count: chosen.length })}
          initialValues={{ month, kind: 'regular' }}
          onClose={() => setModal(null)}
          testId="old-parts-batch-form"
          onSubmit={(v, form) => run(() => callApi('post', '/old-part-batches', { body: { ...v, lineIds: chosen } }), form).then(clearOnOk)}
        >
          <Form.Item name="month" label={t('cl.month')} rules={[{ required: true, pattern: /^\d{4}-\d{2}$/, message: t('cl.monthFormat') }]}>
            <Input maxLength={7} />
          </Form.Item>
          <Form.Item name="kind" label={t('cl.batchKind')}>
            <Radio.Group options={(['regular', 'urgent'] as const).map((k) => ({ value: k, label: t(`cl.bk_${k}`) }))} />
          </Form.Item>
        </FormModal>
      ) : null}
      {deferring ? (
        <FormModal<{ reason: string }>
          open
          title={`${t('cl.askDeferral')} ${deferring.tagNo ?? ''}`}
          onClose={() => setDeferring(null)}
          testId="old-parts-deferral-form"
          onSubmit={(v, form) => run(() => callApi('post', '/old-parts/{id}/deferral', { params: { id: deferring.id }, body: v }), form)}
        >
          <Form.Item name="reason" label={t('cl.deferralReason')} rules={[{ required: true, min: 2, message: t('cl.deferralRequired') }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </FormModal>
      ) : null}
    </Space>
  );
}
