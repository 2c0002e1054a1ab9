import { useState } from 'react';
import { Button, Form, Input, InputNumber, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { fenToYuan, formatYuan, yuanToFen } from '../../lib/format';
import { usePointTime } from '../../lib/time';
import { useDebounced } from '../../lib/useDebounced';
import { useSession } from '../../session/SessionContext';
import { type Preauth, useClaimsRun } from './shared';

const COLOR: Record<Preauth['status'], string> = { pending: 'gold', approved: 'green', rejected: 'red' };

/** 预授权: the station asks before an expensive warranty repair; the manufacturer's reviewer approves or rejects. */
export function PreauthsTab() {
  const { t } = useTranslation();
  const { can } = useSession();
  const time = usePointTime();
  const list = useApiQuery('/claim-preauths');
  const [asking, setAsking] = useState(false);
  const [deciding, setDeciding] = useState<Preauth | null>(null);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="claim-preauths">
      <Typography.Text type="secondary">{t('cl.preauthHint')}</Typography.Text>
      {can('claims.manage') ? (
        <Button type="primary" onClick={() => setAsking(true)} style={{ alignSelf: 'flex-start' }}>
          {t('cl.askPreauth')}
        </Button>
      ) : null}
      <Table<Preauth>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('cl.noPreauths') }}
        scroll={{ x: 900 }}
        columns={[
          { title: t('cl.preauthNo'), dataIndex: 'number', key: 'n' },
          { title: t('cl.status'), key: 's', render: (_, p) => <Tag color={COLOR[p.status]}>{t(`cl.pa_${p.status}`)}</Tag> },
          { title: t('cl.estimated'), key: 'e', align: 'right', render: (_, p) => formatYuan(p.estimatedFen) },
          { title: t('cl.plan'), dataIndex: 'reason', key: 'r' },
          { title: t('cl.requestedBy'), key: 'by', render: (_, p) => `${p.requestedByName} ${time.dateTime(p.createdAt)}` },
          { title: t('cl.decidedBy'), key: 'd', render: (_, p) => (p.decidedByName ? `${p.decidedByName} ${p.decisionReason}` : '—') },
          {
            title: t('common.actions'),
            key: 'act',
            render: (_, p) =>
              p.status === 'pending' && can('claims.review') ? (
                <Button size="small" onClick={() => setDeciding(p)}>
                  {t('cl.decide')}
                </Button>
              ) : null,
          },
        ]}
      />
      {asking ? <PreauthRequestModal onClose={() => setAsking(false)} /> : null}
      {deciding ? <PreauthDecisionModal preauth={deciding} onClose={() => setDeciding(null)} /> : null}
    </Space>
  );
}

/** Ask for a pre-authorisation: the work order (given, or searched by number/plate), the estimate, the repair plan. */
export function PreauthRequestModal(p: { workOrderId?: string; workOrderNumber?: string; estimatedFen?: number; onClose: () => void }) {
  const { t } = useTranslation();
  const run = useClaimsRun();
  const [q, setQ] = useState('');
  const search = useDebounced(q, 300);
  const orders = useApiQuery('/claim-work-orders', { query: { stage: 'open', q: search || undefined }, enabled: !p.workOrderId });
  const options = p.workOrderId
    ? [{ value: p.workOrderId, label: p.workOrderNumber ?? p.workOrderId }]
    : (orders.data?.items ?? []).map((o) => ({ value: o.id, label: `${o.number} ${o.plate}` }));
  type V = { workOrderId: string; estimatedYuan: number; reason: string };
  return (
    <FormModal<V>
      open
      title={t('cl.askPreauth')}
      initialValues={{ workOrderId: p.workOrderId, estimatedYuan: fenToYuan(p.estimatedFen) }}
      onClose={p.onClose}
      testId="preauth-request"
      onSubmit={(v, form) =>
        run(
          () => callApi('post', '/claim-preauths', { body: { workOrderId: v.workOrderId, estimatedFen: yuanToFen(v.estimatedYuan) ?? 0, reason: v.reason } }),
          form,
          { rename: { estimatedFen: 'estimatedYuan' } },
        )
      }
    >
      <Form.Item name="workOrderId" label={t('cl.workOrder')} rules={[{ required: true, message: t('cl.workOrderRequired') }]}>
        <Select showSearch filterOption={false} onSearch={setQ} options={options} disabled={!!p.workOrderId} />
      </Form.Item>
      <Form.Item name="estimatedYuan" label={t('cl.estimated')} rules={[{ required: true, message: t('cl.estimatedRequired') }]}>
        <InputNumber min={0.01} precision={2} prefix="¥" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="reason" label={t('cl.plan')} rules={[{ required: true, min: 2, message: t('cl.planRequired') }]}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

function PreauthDecisionModal({ preauth, onClose }: { preauth: Preauth; onClose: () => void }) {
  const { t } = useTranslation();
  const run = useClaimsRun();
  type V = { decision: 'approve' | 'reject'; reason: string };
  return (
    <FormModal<V>
      open
      title={`${t('cl.decide')} ${preauth.number} · ${formatYuan(preauth.estimatedFen)}`}
      initialValues={{ decision: 'approve', reason: '' }}
      onClose={onClose}
      testId="preauth-decision"
      onSubmit={(v, form) =>
        run(() => callApi('post', '/claim-preauths/{id}/decision', { params: { id: preauth.id }, body: { version: preauth.version, ...v } }), form)
      }
    >
      <Typography.Paragraph>{preauth.reason}</Typography.Paragraph>
      <Form.Item name="decision" label={t('cl.decision')}>
        <Radio.Group
          options={[
            { value: 'approve', label: t('cl.pa_approved') },
            { value: 'reject', label: t('cl.pa_rejected') },
          ]}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('cl.opinion')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
