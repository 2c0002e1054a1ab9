import { useEffect, useState } from 'react';
import { Button, Form, Input, Select, Space, Table, Tag, Timeline, Typography } from 'antd';
import { CheckOutlined, EditOutlined, LinkOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import type { components } from '../../api/openapi.gen';
import { FormModal } from '../../components/FormModal';
import { usePointTime } from '../../lib/time';
import { useRun } from '../crm/useRun';

type Feedback = components['schemas']['QualityFeedback'];
export interface FeedbackDraft {
  title: string;
  model: string;
  part: string;
  faultCode: string;
  description: string;
  firstReportedAt?: string;
}
type Act = { fb: Feedback; action: 'note' | 'link' | 'close' };
const STATUS_COLOR = { open: 'gold', in_progress: 'blue', closed: 'green' } as const;

/** 质量信息反馈 records: open (by hand or from a statistic), actions, the linked published fix, closing. */
export function QualityFeedbackPanel({ draft, onDraftUsed }: { draft: FeedbackDraft | null; onDraftUsed: () => void }) {
  const { t } = useTranslation();
  const time = usePointTime();
  const list = useApiQuery('/quality-feedback', {});
  const [creating, setCreating] = useState<FeedbackDraft | null>(null);
  const [acting, setActing] = useState<Act | null>(null);
  const refresh = useInvalidate('/quality-feedback', '/quality');
  const run = useRun(refresh);
  const fixes = useApiQuery('/knowledge/articles', { query: { status: 'published' }, enabled: acting?.action === 'link' });
  useEffect(() => {
    if (draft) {
      setCreating(draft);
      onDraftUsed();
    }
  }, [draft, onDraftUsed]);

  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating({ title: '', model: '', part: '', faultCode: '', description: '' })}>
          {t('kb.q.new')}
        </Button>
      </Space>
      <Table<Feedback>
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        data-testid="quality-feedback"
        expandable={{
          expandedRowRender: (fb) => (
            <div>
              {fb.description && <Typography.Paragraph>{fb.description}</Typography.Paragraph>}
              <Timeline
                items={[
                  { children: `${time.dateTime(fb.firstReportedAt)} ${t('kb.q.firstReport')}` },
                  ...fb.actions.map((a) => ({ children: `${time.dateTime(a.at)} ${a.byName}:${a.text}` })),
                  ...(fb.fixPublishedAt
                    ? [{ color: 'green', children: `${time.dateTime(fb.fixPublishedAt)} ${t('kb.q.fixPublished')}:${fb.articleTitle}` }]
                    : []),
                  ...(fb.closedAt ? [{ color: 'gray', children: `${time.dateTime(fb.closedAt)} ${t('kb.q.closed')}:${fb.closingNote ?? ''}` }] : []),
                ]}
              />
            </div>
          ),
        }}
        columns={[
          { title: t('kb.number'), dataIndex: 'number', key: 'n' },
          { title: t('kb.reqTitle'), dataIndex: 'title', key: 'title' },
          {
            title: t('kb.q.subject'),
            key: 'subject',
            render: (_, fb) => [fb.model, fb.productionMonth, fb.part, fb.faultCode].filter(Boolean).join(' · ') || '—',
          },
          { title: t('kb.q.owner'), dataIndex: 'ownerName', key: 'owner' },
          { title: t('kb.status'), key: 'st', render: (_, fb) => <Tag color={STATUS_COLOR[fb.status]}>{t(`kb.q.status.${fb.status}`)}</Tag> },
          {
            title: t('kb.q.daysToFix'),
            key: 'days',
            align: 'right',
            render: (_, fb) =>
              fb.daysToFix === null ? <Typography.Text type="secondary">{t('kb.q.noFix')}</Typography.Text> : `${fb.daysToFix} ${t('kb.q.days')}`,
          },
          {
            title: '',
            key: 'act',
            render: (_, fb) =>
              fb.status === 'closed' ? null : (
                <Space size={4} wrap>
                  <Button size="small" icon={<EditOutlined />} onClick={() => setActing({ fb, action: 'note' })}>
                    {t('kb.q.note')}
                  </Button>
                  <Button size="small" icon={<LinkOutlined />} onClick={() => setActing({ fb, action: 'link' })}>
                    {t('kb.q.link')}
                  </Button>
                  <Button size="small" icon={<CheckOutlined />} disabled={!fb.articleId} onClick={() => setActing({ fb, action: 'close' })}>
                    {t('kb.q.close')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <FormModal<FeedbackDraft>
        open={!!creating}
        title={t('kb.q.new')}
        initialValues={creating ?? undefined}
        onClose={() => setCreating(null)}
        onSubmit={(v, form) => run(() => callApi('post', '/quality-feedback', { body: { ...v, firstReportedAt: creating?.firstReportedAt } }), { form })}
      >
        <Form.Item name="title" label={t('kb.reqTitle')} rules={[{ required: true, message: t('kb.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="description" label={t('kb.q.description')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="model" label={t('kb.q.model')}>
            <Input />
          </Form.Item>
          <Form.Item name="productionMonth" label={t('kb.q.productionMonth')}>
            <Input placeholder="2026-04" />
          </Form.Item>
          <Form.Item name="part" label={t('kb.q.part')}>
            <Input />
          </Form.Item>
          <Form.Item name="faultCode" label={t('kb.q.faultCode')}>
            <Input />
          </Form.Item>
        </Space>
      </FormModal>
      <FormModal<{ text?: string; articleId?: string }>
        open={!!acting}
        title={acting ? `${t(`kb.q.${acting.action}`)} · ${acting.fb.number}` : ''}
        onClose={() => setActing(null)}
        onSubmit={(v, form) => {
          const { fb, action } = acting!;
          const body = action === 'link' ? { action, version: fb.version, articleId: v.articleId ?? '' } : { action, version: fb.version, text: v.text ?? '' };
          return run(() => callApi('post', '/quality-feedback/{id}/actions', { params: { id: fb.id }, body }), { form });
        }}
      >
        {acting?.action === 'link' ? (
          <Form.Item name="articleId" label={t('kb.q.fix')} rules={[{ required: true, message: t('kb.required') }]}>
            <Select
              showSearch
              optionFilterProp="label"
              loading={fixes.isLoading}
              options={(fixes.data?.items ?? []).map((a) => ({ value: a.id, label: `${a.number} ${a.title}` }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="text"
            label={t(acting?.action === 'close' ? 'kb.q.closingNote' : 'kb.q.action')}
            rules={[{ required: true, message: t('kb.required') }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
      </FormModal>
    </>
  );
}
