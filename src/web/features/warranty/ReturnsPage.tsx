import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Radio, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/query';
import { isApiError } from '../../api/client';
import { formatYuan } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import { useSession } from '../../session/SessionContext';
import type { components } from '../../api/openapi.gen';
import { ReturnRequestModal } from './ReturnRequestModal';

type ReturnRequest = components['schemas']['WarrantyReturnRequest'];
const COLORS: Record<ReturnRequest['status'], string> = { open: 'gold', accepted: 'blue', refused: 'default', completed: 'green' };

/** 换车/退货申请: deadlines (10 / 20 working days), the usage charge, the answer and completion. */
export default function ReturnsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const list = useApiQuery('/warranty/return-requests');
  const [answering, setAnswering] = useState<ReturnRequest | null>(null);
  const [recording, setRecording] = useState(false);
  const complete = useApiMutation('post', '/warranty/return-requests/{id}/complete');
  const { message } = App.useApp();
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('wty.returns')}
        </Typography.Title>
      }
    >
      <Typography.Paragraph type="secondary">{t('wty.returnsHint')}</Typography.Paragraph>
      {can('claims.manage') ? (
        <Button type="primary" onClick={() => setRecording(true)} style={{ marginBottom: 12 }} data-testid="return-new">
          {t('wty.newReturnButton')}
        </Button>
      ) : null}
      <Table<ReturnRequest>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: 960 }}
        locale={{ emptyText: t('wty.noReturns') }}
        columns={[
          { title: t('wty.number'), dataIndex: 'number', key: 'number' },
          { title: t('wty.car'), key: 'car', render: (_, r) => `${r.plate || r.vin} ${r.customerName}` },
          { title: t('wty.kind'), key: 'kind', render: (_, r) => t(`wty.return_${r.kind}`) },
          {
            title: t('wty.status'),
            key: 'status',
            render: (_, r) => (
              <Space size={4}>
                <Tag color={COLORS[r.status]}>{t(`wty.rs_${r.status}`)}</Tag>
                {r.overdue ? <Tag color="red">{t('wty.overdue')}</Tag> : null}
              </Space>
            ),
          },
          { title: t('wty.answerBy'), key: 'answerBy', render: (_, r) => formatDateTime(r.answerBy) },
          { title: t('wty.completeBy'), key: 'completeBy', render: (_, r) => formatDateTime(r.completeBy) },
          { title: t('wty.usageCharge'), key: 'charge', align: 'right', render: (_, r) => formatYuan(r.usageChargeFen) },
          {
            title: '',
            key: 'act',
            render: (_, r) =>
              can('claims.manage') ? (
                r.status === 'open' ? (
                  <Button size="small" onClick={() => setAnswering(r)}>
                    {t('wty.answer')}
                  </Button>
                ) : r.status === 'accepted' ? (
                  <Button
                    size="small"
                    onClick={() =>
                      complete
                        .mutateAsync({ params: { id: r.id }, body: { version: r.version } })
                        .catch((e) => message.error(isApiError(e) ? e.message : String(e)))
                    }
                  >
                    {t('wty.complete')}
                  </Button>
                ) : null
              ) : null,
          },
        ]}
      />
      {answering ? <AnswerModal request={answering} onClose={() => setAnswering(null)} /> : null}
      {recording ? <ReturnRequestModal onClose={() => setRecording(false)} /> : null}
    </Card>
  );
}

function AnswerModal({ request, onClose }: { request: ReturnRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const answer = useApiMutation('post', '/warranty/return-requests/{id}/answer');
  const submit = async (v: { decision: 'accepted' | 'refused'; answer: string }) => {
    await answer.mutateAsync({ params: { id: request.id }, body: { version: request.version, ...v } });
    onClose();
  };
  return (
    <Modal open title={`${t('wty.answer')} ${request.number}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={answer.isPending}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ decision: 'accepted' }}>
        <Form.Item name="decision" label={t('wty.decision')}>
          <Radio.Group options={['accepted', 'refused'].map((d) => ({ value: d, label: t(`wty.rs_${d}`) }))} />
        </Form.Item>
        <Form.Item name="answer" label={t('wty.answerText')} rules={[{ required: true, min: 2, message: t('wty.answerRequired') }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
