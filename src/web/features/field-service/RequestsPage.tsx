/** 服务受理: the hotline finds the unit (serial, customer, phone, site), takes the call, and records the phone diagnosis. */
import { useState } from 'react';
import { Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldRequest, FieldUnit } from '../../../contracts/field-service';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { FormDrawer } from '../../components/FormDrawer';
import { FormModal } from '../../components/FormModal';
import { formatDateTime } from '../../lib/time';
import { useRun } from '../crm/useRun';
import { Deadline, VisitStatusTag } from './VisitTags';

const CHANNELS = ['phone', 'email', 'web', 'chat', 'social', 'walk-in', 'follow-up', 'work-order'] as const;
const OUTCOMES = ['resolved_by_phone', 'needs_visit', 'customer_unreachable'] as const;

export default function RequestsPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const units = useApiQuery('/field/units', { query: { q }, enabled: q.length > 0 });
  const requests = useApiQuery('/field/requests');
  const refresh = useInvalidate('/field');
  const [intake, setIntake] = useState<FieldUnit | null>(null);
  const [diagnosing, setDiagnosing] = useState<FieldRequest | null>(null);
  const run = useRun(refresh);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={3}>{t('fld.navRequests')}</Typography.Title>
      <Card size="small">
        <Input.Search
          aria-label={t('fld.search')}
          placeholder={t('fld.search')}
          allowClear
          enterButton
          onSearch={(v) => setQ(v.trim())}
          data-testid="field-unit-search"
          style={{ maxWidth: 480 }}
        />
        {q && (
          <Table<FieldUnit>
            style={{ marginTop: 12 }}
            size="small"
            rowKey="id"
            loading={units.isFetching}
            dataSource={units.data?.items ?? []}
            pagination={false}
            columns={[
              { title: t('fld.serial'), dataIndex: 'serial' },
              { title: t('fld.model'), dataIndex: 'productModel' },
              { title: t('fld.customer'), dataIndex: 'customerName' },
              { title: t('fld.site'), render: (_, u) => `${u.siteName} ${u.siteAddress}` },
              { title: t('fld.warrantyEnd'), render: (_, u) => <Tag color={u.inWarranty ? 'green' : 'default'}>{u.warrantyEnd ?? '—'}</Tag> },
              {
                title: '',
                render: (_, u) => (
                  <Button type="primary" size="small" onClick={() => setIntake(u)} data-testid="field-take-call">
                    {t('fld.newRequest')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Card>
      <Table<FieldRequest>
        rowKey="id"
        size="small"
        loading={requests.isFetching}
        dataSource={requests.data?.items ?? []}
        columns={[
          { title: t('fld.number'), dataIndex: 'number' },
          { title: t('fld.receivedAt'), render: (_, r) => formatDateTime(r.receivedAt) },
          { title: t('fld.customer'), dataIndex: 'customerName' },
          { title: t('fld.serial'), render: (_, r) => r.serial ?? '—' },
          { title: t('fld.fault'), dataIndex: 'fault', ellipsis: true },
          { title: t('fld.status'), render: (_, r) => <Tag>{t(`fld.requestStatus.${r.status}`)}</Tag> },
          {
            title: t('fld.visits'),
            render: (_, r) =>
              r.visits.map((v) => (
                <div key={v.id}>
                  {v.number} <VisitStatusTag status={v.status} /> <Deadline v={v} />
                </div>
              )),
          },
          {
            title: '',
            render: (_, r) =>
              ['received', 'diagnosing'].includes(r.status) ? (
                <Button size="small" onClick={() => setDiagnosing(r)} data-testid="field-diagnose">
                  {t('fld.diagnose')}
                </Button>
              ) : null,
          },
        ]}
      />
      <FormDrawer<{ channel: string; fault: string }, FieldRequest>
        open={!!intake}
        title={`${t('fld.newRequest')} · ${intake?.serial ?? ''}`}
        onClose={() => setIntake(null)}
        initialValues={{ channel: 'phone' }}
        submit={(v) => callApi('post', '/field/requests', { body: { channel: v.channel as 'phone', unitId: intake!.id, fault: v.fault } })}
        onSaved={() => {
          setIntake(null);
          refresh();
        }}
        testId="field-request-form"
        saveTestId="field-request-save"
      >
        <Form.Item name="channel" label={t('fld.channel')} rules={[{ required: true }]}>
          <Select options={CHANNELS.map((c) => ({ value: c, label: t(`fld.channels.${c}`) }))} />
        </Form.Item>
        <Form.Item name="fault" label={t('fld.fault')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={3} data-testid="field-fault" />
        </Form.Item>
      </FormDrawer>
      <FormModal<{ outcome: string; note: string }>
        open={!!diagnosing}
        title={`${t('fld.diagnose')} · ${diagnosing?.number ?? ''}`}
        onClose={() => setDiagnosing(null)}
        onSubmit={(v, form) =>
          run(
            () =>
              callApi('post', '/field/requests/{id}/diagnosis', {
                params: { id: diagnosing!.id },
                body: { version: diagnosing!.version, outcome: v.outcome as 'needs_visit', note: v.note },
              }),
            { form },
          )
        }
        testId="field-diagnosis-form"
      >
        <Form.Item name="outcome" label={t('fld.outcome')} rules={[{ required: true }]}>
          <Select options={OUTCOMES.map((o) => ({ value: o, label: t(`fld.outcomes.${o}`) }))} data-testid="field-outcome" />
        </Form.Item>
        <Form.Item name="note" label={t('fld.note')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} data-testid="field-note" />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
