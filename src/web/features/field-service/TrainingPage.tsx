/**
 * 培训与认证: training plans per equipment type (content, trainer, hours, place, dates) for engineers or the customer's
 * staff, attendance and exam scores per trainee (a pass grants the certificate), and the certificates expiring soon.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import type { FieldTrainingPlan, FieldTrainingPlanInput } from '../../../contracts/field-service';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { FormDrawer } from '../../components/FormDrawer';
import { FormModal } from '../../components/FormModal';
import { useRun } from '../crm/useRun';

type PlanForm = Omit<FieldTrainingPlanInput, 'startsOn' | 'endsOn'> & { dates: [Dayjs, Dayjs] };
type ResultForm = { engineerId?: string; traineeName?: string; attended: boolean; score?: number | null };

export default function TrainingPage() {
  const { t } = useTranslation();
  const plans = useApiQuery('/field/training-plans');
  const options = useApiQuery('/field/training-options');
  const expiring = useApiQuery('/field/certificates/expiring');
  const refresh = useInvalidate('/field');
  const run = useRun(refresh);
  const [creating, setCreating] = useState(false);
  const [recording, setRecording] = useState<FieldTrainingPlan | null>(null);
  const [form] = Form.useForm<PlanForm>();
  const audience = Form.useWatch('audience', form);
  const engineers = options.data?.engineers ?? [];
  const planInitial = useMemo(() => ({ audience: 'engineer', hours: 8, passScore: 60, certificateMonths: 24 }) as Partial<PlanForm>, []);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('ftr.title')}
        </Typography.Title>
        <Button type="primary" onClick={() => setCreating(true)} data-testid="training-new">
          {t('ftr.newPlan')}
        </Button>
      </Space>
      <Card size="small" title={t('ftr.expiring')}>
        {expiring.data?.items.length ? (
          <Space wrap>
            {expiring.data.items.map((c) => (
              <Tag key={c.id} color="orange">
                {c.engineerName} · {c.skill} · {c.validUntil}({t('ftr.daysLeft', { n: c.daysLeft })})
              </Tag>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('ftr.noExpiring')}</Typography.Text>
        )}
      </Card>
      <Table<FieldTrainingPlan>
        size="small"
        rowKey="id"
        loading={plans.isFetching}
        dataSource={plans.data?.items ?? []}
        pagination={false}
        data-testid="training-plans"
        expandable={{
          expandedRowRender: (p) => (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={p.results}
              columns={[
                { title: t('ftr.trainee'), dataIndex: 'traineeName' },
                { title: t('ftr.attended'), render: (_, r) => (r.attended ? t('ftr.attended') : <Tag color="red">{t('ftr.absent')}</Tag>) },
                { title: t('ftr.score'), render: (_, r) => r.score ?? '—' },
                {
                  title: t('ftr.passed'),
                  render: (_, r) => (r.score === null ? '—' : <Tag color={r.passed ? 'green' : 'red'}>{t(r.passed ? 'ftr.passed' : 'ftr.failed')}</Tag>),
                },
                { title: t('ftr.certificate'), render: (_, r) => (r.certificateId ? <Tag color="blue">{t('ftr.certificateGranted')}</Tag> : '—') },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('ftr.planTitle'), dataIndex: 'title' },
          { title: t('ftr.skill'), dataIndex: 'skill' },
          {
            title: t('ftr.audience'),
            render: (_, p) => (p.audience === 'customer' ? `${t('ftr.audiences.customer')} · ${p.customerName ?? ''}` : t('ftr.audiences.engineer')),
          },
          { title: t('ftr.trainer'), dataIndex: 'trainer' },
          { title: t('ftr.hours'), dataIndex: 'hours' },
          { title: t('ftr.place'), dataIndex: 'place' },
          { title: t('ftr.dates'), render: (_, p) => (p.startsOn === p.endsOn ? p.startsOn : `${p.startsOn} – ${p.endsOn}`) },
          { title: t('ftr.content'), dataIndex: 'content', ellipsis: true },
          { title: t('ftr.results'), render: (_, p) => `${p.results.filter((r) => r.attended).length} / ${p.results.length}` },
          {
            title: '',
            render: (_, p) => (
              <Button size="small" onClick={() => setRecording(p)} data-testid="training-record">
                {t('ftr.record')}
              </Button>
            ),
          },
        ]}
      />
      <FormDrawer<PlanForm, FieldTrainingPlan>
        form={form}
        open={creating}
        title={t('ftr.newPlan')}
        onClose={() => setCreating(false)}
        initialValues={planInitial}
        invalidate={['/field']}
        rename={{ startsOn: 'dates', endsOn: 'dates' }}
        onSaved={() => setCreating(false)}
        testId="training-form"
        saveTestId="training-save"
        submit={({ dates, ...v }) =>
          callApi('post', '/field/training-plans', {
            body: {
              ...v,
              customerName: v.audience === 'customer' ? v.customerName : null,
              startsOn: dates[0].format('YYYY-MM-DD'),
              endsOn: dates[1].format('YYYY-MM-DD'),
            },
          })
        }
      >
        <Form.Item name="audience" label={t('ftr.audience')}>
          <Radio.Group options={(['engineer', 'customer'] as const).map((a) => ({ value: a, label: t(`ftr.audiences.${a}`) }))} />
        </Form.Item>
        {audience === 'customer' && (
          <Form.Item name="customerName" label={t('ftr.customerName')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        )}
        <Form.Item name="skill" label={t('ftr.skill')} rules={[{ required: true }]}>
          <Select showSearch options={(options.data?.skills ?? []).map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Form.Item name="title" label={t('ftr.planTitle')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="content" label={t('ftr.content')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="trainer" label={t('ftr.trainer')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Space>
          <Form.Item name="hours" label={t('ftr.hours')} rules={[{ required: true }]}>
            <InputNumber min={1} max={500} />
          </Form.Item>
          <Form.Item name="passScore" label={t('ftr.passScore')}>
            <InputNumber min={0} max={100} />
          </Form.Item>
          <Form.Item name="certificateMonths" label={t('ftr.certificateMonths')}>
            <InputNumber min={1} max={120} />
          </Form.Item>
        </Space>
        <Form.Item name="place" label={t('ftr.place')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="dates" label={t('ftr.dates')} rules={[{ required: true }]}>
          <DatePicker.RangePicker />
        </Form.Item>
      </FormDrawer>
      {recording && (
        <FormModal<ResultForm>
          open
          title={`${t('ftr.record')} · ${recording.title}`}
          initialValues={{ attended: true }}
          onClose={() => setRecording(null)}
          testId="training-result-form"
          onSubmit={(v, f) =>
            run(
              () =>
                callApi('post', '/field/training-plans/{id}/results', {
                  params: { id: recording.id },
                  body: { ...v, engineerId: v.engineerId ?? null, score: v.attended ? (v.score ?? null) : null },
                }),
              { form: f },
            )
          }
        >
          {recording.audience === 'engineer' ? (
            <Form.Item name="engineerId" label={t('ftr.engineer')} rules={[{ required: true }]}>
              <Select showSearch optionFilterProp="label" options={engineers.map((e) => ({ value: e.id, label: `${e.name}(${e.skills.join('、')})` }))} />
            </Form.Item>
          ) : (
            <Form.Item name="traineeName" label={t('ftr.traineeName')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          )}
          <Form.Item name="attended" label={t('ftr.attended')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="score" label={t('ftr.score')}>
            <InputNumber min={0} max={100} />
          </Form.Item>
          {recording.audience === 'engineer' && (
            <Alert type="info" showIcon title={`${t('ftr.passScore')} ${recording.passScore} → ${t('ftr.certificate')} ${recording.certificateMonths}`} />
          )}
        </FormModal>
      )}
    </Space>
  );
}
