import { useState } from 'react';
import { Button, Card, Drawer, Form, Input, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { useRun } from '../crm/useRun';
import { usePointTime } from '../../lib/time';
import { useSession } from '../../session/SessionContext';
import type { Answer } from '../../api/paths';

type Article = Answer<'/knowledge/articles/{id}'>;
const NEXT: Record<string, string[]> = {
  draft: ['submit', 'withdraw'],
  review: ['publish', 'reject', 'withdraw'],
  published: ['withdraw', 'revise', 'promote'],
  withdrawn: ['revise'],
};
const split = (s?: string) =>
  String(s ?? '')
    .split(/[,,\s]+/)
    .filter(Boolean);

/** 技术资料: the articles of my point and below — write, send for review, publish (reviewers), withdraw, revise. */
export default function KnowledgePage() {
  const { t } = useTranslation();
  const { dateTime } = usePointTime();
  const { can } = useSession();
  const [status, setStatus] = useState<string | undefined>(undefined);
  const list = useApiQuery('/knowledge/articles', { query: status ? { status: status as Article['status'] } : {} });
  const refresh = useInvalidate('/knowledge');
  const run = useRun(refresh);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm();
  const act = (a: Article, action: string) =>
    run(() => callApi('post', '/knowledge/articles/{id}/actions', { params: { id: a.id }, body: { version: a.version, action: action as 'submit' } }), {
      success: t(`kb.action.${action}`),
    });
  const create = async () => {
    const v = await form.validateFields();
    const ok = await run(
      () =>
        callApi('post', '/knowledge/articles', {
          body: { ...v, models: split(v.models), faultCodes: split(v.faultCodes), brands: [], vinRanges: [], products: [], symptoms: [], images: [] },
        }),
      { form },
    );
    if (ok) {
      setCreating(false);
      form.resetFields();
    }
  };
  return (
    <Card
      title={t('kb.nav')}
      extra={
        <Space>
          <Select
            allowClear
            aria-label={t('kb.status')}
            placeholder={t('kb.status')}
            style={{ width: 140 }}
            value={status}
            onChange={setStatus}
            options={['draft', 'review', 'published', 'withdrawn'].map((s) => ({ value: s, label: t(`kb.status_${s}`) }))}
          />
          {can('knowledge.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('kb.new')}
            </Button>
          )}
        </Space>
      }
    >
      <Table<Article>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('kb.number'), dataIndex: 'number', key: 'number' },
          { title: t('kb.kindLabel'), key: 'kind', render: (_, a) => <Tag>{t(`kb.kind.${a.kind}`)}</Tag> },
          { title: t('kb.reqTitle'), dataIndex: 'title', key: 'title' },
          {
            title: t('kb.status'),
            key: 'status',
            render: (_, a) => <Tag color={a.status === 'published' ? 'green' : a.status === 'review' ? 'gold' : undefined}>{t(`kb.status_${a.status}`)}</Tag>,
          },
          { title: t('kb.point'), dataIndex: 'servicePointName', key: 'point' },
          { title: t('kb.publishedAt'), key: 'pub', render: (_, a) => (a.publishedAt ? dateTime(a.publishedAt) : '—') },
          {
            title: t('kb.effectivenessCol'),
            key: 'eff',
            render: (_, a) => (a.effectiveness === null ? '—' : `${Math.round(a.effectiveness * 100)}% (${a.solvedCount}/${a.solvedCount + a.unhelpfulCount})`),
          },
          {
            title: '',
            key: 'act',
            render: (_, a) => (
              <Space wrap>
                {(NEXT[a.status] ?? []).map((x) => (
                  <Button key={x} size="small" onClick={() => act(a, x)} data-testid={`kb-act-${x}`}>
                    {t(`kb.action.${x}`)}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
      <Drawer
        open={creating}
        onClose={() => setCreating(false)}
        title={t('kb.new')}
        size={640}
        destroyOnHidden
        extra={
          <Button type="primary" onClick={create}>
            {t('kb.save')}
          </Button>
        }
      >
        <Form form={form} layout="vertical" initialValues={{ kind: 'fault_case' }}>
          <Form.Item name="kind" label={t('kb.kindLabel')}>
            <Select options={['fault_case', 'bulletin', 'manual'].map((k) => ({ value: k, label: t(`kb.kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="title" label={t('kb.reqTitle')} rules={[{ required: true, message: t('kb.required') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="symptom" label={t('kb.symptom')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="cause" label={t('kb.cause')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="fix" label={t('kb.fix')}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="models" label={t('kb.models')}>
            <Input placeholder="帕萨特, 迈腾" />
          </Form.Item>
          <Form.Item name="faultCodes" label={t('kb.faultCodes')}>
            <Input placeholder="P0300" />
          </Form.Item>
        </Form>
      </Drawer>
    </Card>
  );
}
