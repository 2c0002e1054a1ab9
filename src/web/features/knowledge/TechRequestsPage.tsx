import { useState } from 'react';
import { Button, Card, Form, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { useRun } from '../crm/useRun';
import { usePointTime } from '../../lib/time';
import type { Answer } from '../../api/paths';

type TechRequest = Answer<'/tech-requests/{id}'>;

/** 疑难技术求助: waiting at my point (to answer or pass up), raised by me, or all in my scope. */
export default function TechRequestsPage() {
  const { t } = useTranslation();
  const { dateTime } = usePointTime();
  const [view, setView] = useState<'todo' | 'mine' | 'all'>('todo');
  const list = useApiQuery('/tech-requests', { query: { view } });
  const refresh = useInvalidate('/tech-requests', '/knowledge');
  const run = useRun(refresh);
  const [acting, setActing] = useState<{ r: TechRequest; kind: 'answer' | 'escalate' } | null>(null);
  const [form] = Form.useForm();
  const submit = async () => {
    if (!acting) return;
    const v = await form.validateFields();
    const { r, kind } = acting;
    const ok = await run(
      () =>
        kind === 'answer'
          ? callApi('post', '/tech-requests/{id}/answer', { params: { id: r.id }, body: { version: r.version, answer: v.text } })
          : callApi('post', '/tech-requests/{id}/escalate', { params: { id: r.id }, body: { version: r.version, reason: v.text } }),
      { form, success: t(kind === 'answer' ? 'kb.answered' : 'kb.escalated') },
    );
    if (ok) setActing(null);
  };
  const toArticle = (r: TechRequest) =>
    run(() => callApi('post', '/tech-requests/{id}/article', { params: { id: r.id }, body: { version: r.version } }), { success: t('kb.caseDrafted') });
  return (
    <Card
      title={t('kb.requestsNav')}
      extra={
        <Segmented
          value={view}
          onChange={(v) => setView(v as typeof view)}
          options={(['todo', 'mine', 'all'] as const).map((v) => ({ value: v, label: t(`kb.view.${v}`) }))}
        />
      }
    >
      <Table<TechRequest>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        expandable={{
          expandedRowRender: (r) => (
            <div data-testid="kb-request-detail">
              <Typography.Paragraph>
                {t('kb.symptom')}:{r.symptom}
              </Typography.Paragraph>
              {r.readings && (
                <Typography.Paragraph>
                  {t('kb.readings')}:{r.readings}
                </Typography.Paragraph>
              )}
              {r.tried && (
                <Typography.Paragraph>
                  {t('kb.tried')}:{r.tried}
                </Typography.Paragraph>
              )}
              {r.answer && (
                <Typography.Paragraph strong>
                  {t('kb.answer')}:{r.answer}({r.answeredByName})
                </Typography.Paragraph>
              )}
              <Typography.Text type="secondary">
                {r.history.map((h) => `${dateTime(h.at)} ${h.pointName}${h.reason ? `:${h.reason}` : ''}`).join(' → ')}
              </Typography.Text>
            </div>
          ),
        }}
        columns={[
          { title: t('kb.number'), dataIndex: 'number', key: 'number' },
          { title: t('kb.reqTitle'), dataIndex: 'title', key: 'title' },
          { title: t('kb.raisedBy'), key: 'raised', render: (_, r) => `${r.servicePointName} ${r.raisedByName}` },
          {
            title: t('kb.level'),
            key: 'level',
            render: (_, r) => (
              <Space>
                <Tag color={r.status === 'open' ? (r.overdue ? 'red' : 'gold') : 'green'}>{t(`kb.reqStatus.${r.status}`)}</Tag>
                {r.status === 'open' && `${r.levelName}(${r.handlingPointName})`}
              </Space>
            ),
          },
          { title: t('kb.due'), key: 'due', render: (_, r) => (r.dueAt ? dateTime(r.dueAt) : '—') },
          {
            title: '',
            key: 'act',
            render: (_, r) => (
              <Space>
                {r.canHandle && (
                  <Button size="small" type="primary" onClick={() => setActing({ r, kind: 'answer' })} data-testid="kb-answer">
                    {t('kb.answerBtn')}
                  </Button>
                )}
                {r.canHandle && r.canEscalate && (
                  <Button size="small" onClick={() => setActing({ r, kind: 'escalate' })}>
                    {t('kb.escalate')}
                  </Button>
                )}
                {r.status === 'answered' && !r.articleId && (
                  <Button size="small" onClick={() => toArticle(r)} data-testid="kb-to-case">
                    {t('kb.toCase')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={acting !== null}
        title={acting ? `${t(acting.kind === 'answer' ? 'kb.answerBtn' : 'kb.escalate')} · ${acting.r.number}` : ''}
        onCancel={() => setActing(null)}
        onOk={submit}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="text" label={acting?.kind === 'escalate' ? t('kb.reason') : t('kb.answer')} rules={[{ required: true, message: t('kb.required') }]}>
            <Input.TextArea rows={4} data-testid="kb-answer-text" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
