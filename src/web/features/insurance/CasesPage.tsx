import { useState } from 'react';
import type { Dayjs } from 'dayjs';
import { atLocalTime } from '../../../domain/time';
import { Button, Card, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { formatYuan, yuanToFen } from '../../lib/format';
import { usePointTime } from '../../lib/time';
import { useSession } from '../../session/SessionContext';
import { useWoRun } from '../work-orders/useWoRun';
import { CASE_STATUSES, type InsuranceCase } from './types';
import { VehicleSearch } from './VehicleSearch';

type RegisterValues = {
  insurerId: string;
  assessorId?: string;
  vehicleId: string;
  policyNo: string;
  reportNo: string;
  accidentAt: Dayjs;
  accidentPlace: string;
  partyKind: 'single' | 'two' | 'multi';
  description?: string;
  directPay: boolean;
  deductibleYuan?: number;
  coversThirdParty: boolean;
  thirdPartyPlate?: string;
  thirdPartyOwner?: string;
};

/** 保险/事故 workspace: cases by status, 报案登记. */
export default function CasesPage() {
  const { t } = useTranslation();
  const time = usePointTime();
  const navigate = useNavigate();
  const { pointId } = useSession();
  const [status, setStatus] = useState('open');
  const [q, setQ] = useState('');
  const cases = useApiQuery('/insurance-cases', {
    query: { servicePointId: pointId, status: status === 'all' ? undefined : status, q: q || undefined },
    enabled: !!pointId,
  });
  const insurers = useApiQuery('/insurers', { query: { servicePointId: pointId }, enabled: !!pointId });
  const reload = useInvalidate('/insurance-cases');
  const [open, setOpen] = useState(false);
  const [insurerId, setInsurerId] = useState<string>();
  const [third, setThird] = useState(false);
  const run = useWoRun((r) => {
    reload();
    const id = (r as { id?: string } | undefined)?.id;
    if (id) navigate(`/insurance/cases/${id}`);
  }, reload);
  const assessors = insurers.data?.items.find((i) => i.id === insurerId)?.assessors ?? [];
  return (
    <Card
      size="small"
      title={t('ins.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="ins-register">
          {t('ins.register')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          value={status}
          onChange={setStatus}
          style={{ width: 180 }}
          aria-label={t('ins.status')}
          options={[
            { value: 'open', label: t('ins.open') },
            { value: 'all', label: t('ins.all') },
            ...CASE_STATUSES.map((s) => ({ value: s, label: t(`ins.st.${s}`) })),
          ]}
        />
        <Input.Search allowClear placeholder={t('ins.search')} aria-label={t('ins.search')} onSearch={setQ} style={{ width: 260 }} />
      </Space>
      <Table<InsuranceCase>
        size="small"
        rowKey="id"
        loading={cases.isLoading}
        dataSource={cases.data?.items ?? []}
        pagination={{ pageSize: 20 }}
        onRow={(r) => ({ onClick: () => navigate(`/insurance/cases/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('ins.number'),
            dataIndex: 'number',
            render: (v: string, r) => <Typography.Link onClick={() => navigate(`/insurance/cases/${r.id}`)}>{v}</Typography.Link>,
          },
          { title: t('ins.plate'), dataIndex: 'plate' },
          { title: t('ins.customer'), dataIndex: 'customerName' },
          { title: t('ins.insurer'), dataIndex: 'insurerName' },
          { title: t('ins.reportNo'), dataIndex: 'reportNo' },
          { title: t('ins.accidentAt'), dataIndex: 'accidentAt', render: (v: string) => time.dateTime(v) },
          { title: t('ins.status'), dataIndex: 'status', render: (s: string) => <Tag>{t(`ins.st.${s}`)}</Tag> },
          { title: t('ins.approvedAmount'), dataIndex: 'approvedFen', align: 'right', render: (v: number) => formatYuan(v) },
          { title: t('ins.workOrder'), dataIndex: 'workOrderNumber', render: (v: string | null) => v ?? '—' },
        ]}
      />
      <FormModal<RegisterValues>
        open={open}
        width={640}
        title={t('ins.register')}
        onClose={() => setOpen(false)}
        initialValues={{ partyKind: 'two', directPay: true, coversThirdParty: false, deductibleYuan: 0 }}
        testId="ins-register-form"
        onSubmit={async (v, form) =>
          !!(await run(
            () =>
              callApi('post', '/insurance-cases', {
                body: {
                  insurerId: v.insurerId,
                  assessorId: v.assessorId ?? null,
                  vehicleId: v.vehicleId,
                  policyNo: v.policyNo,
                  reportNo: v.reportNo,
                  // The wall time picked is the point's, whatever the browser's zone.
                  accidentAt: atLocalTime(time.timeZone, v.accidentAt.format('YYYY-MM-DD'), v.accidentAt.format('HH:mm')).toISOString(),
                  accidentPlace: v.accidentPlace,
                  partyKind: v.partyKind,
                  description: v.description ?? '',
                  directPay: v.directPay,
                  deductibleFen: yuanToFen(v.deductibleYuan) ?? 0,
                  coversThirdParty: v.coversThirdParty,
                  thirdPartyPlate: v.coversThirdParty ? (v.thirdPartyPlate ?? null) : null,
                  thirdPartyOwner: v.coversThirdParty ? (v.thirdPartyOwner ?? null) : null,
                },
              }),
            { form },
          ))
        }
      >
        <Form.Item name="insurerId" label={t('ins.insurer')} rules={[{ required: true, message: t('ins.required') }]}>
          <Select options={(insurers.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))} onChange={setInsurerId} />
        </Form.Item>
        <Form.Item name="assessorId" label={t('ins.assessor')}>
          <Select allowClear options={assessors.map((a) => ({ value: a.id, label: a.name }))} />
        </Form.Item>
        <Form.Item name="vehicleId" label={t('ins.vehicle')} rules={[{ required: true, message: t('ins.required') }]}>
          <VehicleSearch placeholder={t('ins.vehicleSearch')} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="policyNo" label={t('ins.policyNo')} rules={[{ required: true, message: t('ins.required') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="reportNo" label={t('ins.reportNo')} rules={[{ required: true, message: t('ins.required') }]}>
            <Input />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="accidentAt" label={t('ins.accidentAt')} rules={[{ required: true, message: t('ins.required') }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Form.Item name="partyKind" label={t('ins.partyKind')}>
            <Radio.Group options={['single', 'two', 'multi'].map((k) => ({ value: k, label: t(`ins.party.${k}`) }))} />
          </Form.Item>
        </Space>
        <Form.Item name="accidentPlace" label={t('ins.accidentPlace')} rules={[{ required: true, message: t('ins.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="description" label={t('ins.description')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="directPay" label={t('ins.directPay')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="deductibleYuan" label={t('ins.deductible')}>
            <InputNumber min={0} precision={2} prefix="¥" />
          </Form.Item>
          <Form.Item name="coversThirdParty" label={t('ins.thirdParty')} valuePropName="checked">
            <Switch onChange={setThird} />
          </Form.Item>
        </Space>
        {third && (
          <Space wrap>
            <Form.Item name="thirdPartyPlate" label={t('ins.thirdPartyPlate')} rules={[{ required: true, message: t('ins.required') }]}>
              <Input />
            </Form.Item>
            <Form.Item name="thirdPartyOwner" label={t('ins.thirdPartyOwner')}>
              <Input />
            </Form.Item>
          </Space>
        )}
      </FormModal>
    </Card>
  );
}
