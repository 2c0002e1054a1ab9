import { useState } from 'react';
import { Button, Card, Empty, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, QuestionCircleOutlined, SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { useRun } from '../crm/useRun';
import { usePointTime } from '../../lib/time';

/** Where the panel is opened: a work order or its job, a warranty claim (with its order), a field visit. */
type Context = { contextType: 'work_order' | 'job' | 'claim' | 'visit'; contextId: string; workOrderId?: string | null };

/**
 * 「技术支持」: the articles matching the order's car and concerns (or the words typed), "this solved it" / "not
 * helpful" per use, and — when nothing helps — a difficult-case request (疑难技术求助) with readings and what was tried.
 */
export function TechSupportPanel({ workOrderId, contextType, contextId }: Context) {
  const { t } = useTranslation();
  const { dateTime } = usePointTime();
  const [q, setQ] = useState('');
  const [asked, setAsked] = useState<string | undefined>(undefined);
  const [raising, setRaising] = useState(false);
  const [form] = Form.useForm();
  const where = contextType === 'claim' ? { claimId: contextId } : contextType === 'visit' ? { visitId: contextId } : { workOrderId: workOrderId ?? undefined };
  const hits = useApiQuery('/knowledge/search', { query: { ...where, ...(asked ? { q: asked } : {}) } });
  const requests = useApiQuery('/tech-requests', { query: workOrderId ? { workOrderId } : { view: 'mine' as const } });
  const refresh = useInvalidate('/knowledge', '/tech-requests');
  const run = useRun(refresh);
  const use = (id: string, outcome: 'solved' | 'unhelpful') =>
    run(() => callApi('post', '/knowledge/articles/{id}/uses', { params: { id }, body: { contextType, contextId, outcome } }), { success: t('kb.thanks') });
  const raise = async () => {
    const v = await form.validateFields();
    const faultCodes = String(v.faultCodes ?? '')
      .split(/[,,\s]+/)
      .filter(Boolean);
    const ok = await run(
      () =>
        callApi('post', '/tech-requests', {
          body: {
            ...v,
            faultCodes,
            workOrderId: workOrderId ?? null,
            jobId: contextType === 'job' ? contextId : null,
            visitId: contextType === 'visit' ? contextId : null,
            photos: [],
          },
        }),
      { form, success: t('kb.raised') },
    );
    if (ok) {
      setRaising(false);
      form.resetFields();
    }
  };
  const items = hits.data?.items ?? [];
  return (
    <div data-testid="kb-panel">
      <Space.Compact style={{ width: '100%', marginBottom: 12 }}>
        <Input
          aria-label={t('kb.searchLabel')}
          placeholder={t('kb.searchPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onPressEnter={() => setAsked(q.trim() || undefined)}
          data-testid="kb-search"
        />
        <Button icon={<SearchOutlined />} onClick={() => setAsked(q.trim() || undefined)}>
          {t('kb.search')}
        </Button>
      </Space.Compact>
      {items.length === 0 && !hits.isLoading && <Empty description={t('kb.noHits')} />}
      <List
        dataSource={items}
        renderItem={(a) => (
          <List.Item
            key={a.id}
            data-testid="kb-hit"
            actions={[
              <Button key="s" size="small" type={a.myAnswer === 'solved' ? 'primary' : 'default'} icon={<CheckOutlined />} onClick={() => use(a.id, 'solved')}>
                {t('kb.solved')}
              </Button>,
              <Button key="u" size="small" danger={a.myAnswer === 'unhelpful'} icon={<CloseOutlined />} onClick={() => use(a.id, 'unhelpful')}>
                {t('kb.unhelpful')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <Tag color={a.kind === 'bulletin' ? 'volcano' : a.kind === 'manual' ? 'blue' : 'green'}>{t(`kb.kind.${a.kind}`)}</Tag>
                  <span>{a.title}</span>
                  {a.matchedCodes.map((c) => (
                    <Tag key={c}>{c}</Tag>
                  ))}
                </Space>
              }
              description={
                <>
                  <Typography.Paragraph style={{ margin: 0 }}>
                    {t('kb.symptom')}:{a.symptom}
                  </Typography.Paragraph>
                  <Typography.Paragraph style={{ margin: 0 }}>
                    {t('kb.fix')}:{a.fix}
                  </Typography.Paragraph>
                  <Typography.Text type="secondary">
                    {a.servicePointName}
                    {a.effectiveness !== null && ` · ${t('kb.effectiveness', { pct: Math.round(a.effectiveness * 100), n: a.solvedCount + a.unhelpfulCount })}`}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
      <Card
        size="small"
        title={t('kb.requests')}
        style={{ marginTop: 12 }}
        extra={
          <Button icon={<QuestionCircleOutlined />} onClick={() => setRaising(true)} data-testid="kb-raise">
            {t('kb.raise')}
          </Button>
        }
      >
        {(requests.data?.items ?? []).length === 0 && <Typography.Text type="secondary">{t('kb.noRequests')}</Typography.Text>}
        {(requests.data?.items ?? []).map((r) => (
          <div key={r.id} data-testid="kb-request" style={{ marginBottom: 8 }}>
            <Space wrap>
              <Typography.Text strong>{r.number}</Typography.Text>
              <span>{r.title}</span>
              <Tag color={r.status === 'open' ? (r.overdue ? 'red' : 'gold') : 'green'}>{t(`kb.reqStatus.${r.status}`)}</Tag>
              <Typography.Text type="secondary">
                {r.status === 'open' ? `${r.levelName} · ${r.handlingPointName}${r.dueAt ? ` · ${t('kb.due')} ${dateTime(r.dueAt)}` : ''}` : ''}
              </Typography.Text>
            </Space>
            {r.answer && (
              <Typography.Paragraph style={{ margin: '4px 0 0' }}>
                {t('kb.answer')}:{r.answer}
              </Typography.Paragraph>
            )}
          </div>
        ))}
      </Card>
      <Modal open={raising} title={t('kb.raiseTitle')} onCancel={() => setRaising(false)} onOk={raise} okText={t('kb.raiseOk')} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="title" label={t('kb.reqTitle')} rules={[{ required: true, message: t('kb.required') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="symptom" label={t('kb.symptom')} rules={[{ required: true, message: t('kb.required') }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="readings" label={t('kb.readings')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="tried" label={t('kb.tried')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="faultCodes" label={t('kb.faultCodes')}>
            <Input placeholder="P0300, U0100" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

/** Bulletins that apply to this car (its model and VIN range): shown at reception and on the order. */
export function BulletinAlert({ vehicleId }: { vehicleId: string }) {
  const { t } = useTranslation();
  const res = useApiQuery('/vehicles/{id}/bulletins', { params: { id: vehicleId } });
  const rows = res.data?.items ?? [];
  if (!rows.length) return null;
  return (
    <Card size="small" style={{ marginBottom: 12, borderColor: '#d4380d' }} data-testid="kb-bulletins" title={t('kb.bulletinsTitle')}>
      {rows.map((a) => (
        <Typography.Paragraph key={a.id} style={{ margin: 0 }}>
          <Tag color="volcano">{a.number}</Tag>
          {a.title}
        </Typography.Paragraph>
      ))}
    </Card>
  );
}
