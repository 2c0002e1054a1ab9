import { useState } from 'react';
import { Button, Drawer, Form, Input, Modal, Result, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/query';
import { downloadFile } from '../../api/client';
import { useSession } from '../../session/SessionContext';
import { useReportError } from '../../lib/errors';
import { usePointTime } from '../../lib/time';
import { openPrint } from '../work-orders/print';
import { formatKpi } from '../kpi/KpiPage';
import type { components } from '../../api/openapi.gen';

type Report = components['schemas']['NetworkReport'];
type Kind = Report['kind'];
const KINDS: Kind[] = ['monthly', 'quarterly', 'annual'];
const STATUS_COLOR = { draft: 'default', submitted: 'processing', acknowledged: 'success' } as const;

function ReportDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const tz = usePointTime();
  const report = useReportError();
  const r = useApiQuery('/network-reports/{id}', { params: { id } });
  const save = useApiMutation('patch', '/network-reports/{id}');
  const act = useApiMutation('post', '/network-reports/{id}/actions');
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const d = r.data;
  if (!d) return null;
  const run = async (action: 'submit' | 'acknowledge' | 'reopen' | 'refresh') => {
    try {
      let version = d.version;
      if (d.canEdit && Object.keys(texts).length) {
        version = (await save.mutateAsync({ params: { id }, body: { version, sections: texts } })).version;
        setTexts({});
      }
      await act.mutateAsync({ params: { id }, body: { version, action, note } });
    } catch (e) {
      report(e);
    }
  };
  return (
    <Drawer
      open
      width={760}
      onClose={onClose}
      title={d.title}
      extra={
        <Space wrap>
          <Button onClick={() => openPrint(`/network-reports/${id}/print`)}>{t('reports.print')}</Button>
          <Button onClick={() => downloadFile(`/network-reports/${id}/export`, undefined, `${d.title}.xlsx`)}>{t('reports.export')}</Button>
        </Space>
      }
    >
      <Space style={{ marginBottom: 12 }} wrap>
        <Tag color={STATUS_COLOR[d.status]}>{t(`reports.status.${d.status}`)}</Tag>
        <Typography.Text type="secondary">
          {d.periodFrom} – {d.periodTo} · {d.pointName}
        </Typography.Text>
        {d.submittedAt && (
          <Typography.Text type="secondary">{t('reports.submittedBy', { name: d.submittedByName, at: tz.dateTime(d.submittedAt) })}</Typography.Text>
        )}
        {d.acknowledgedAt && (
          <Typography.Text type="secondary">{t('reports.acknowledgedBy', { name: d.acknowledgedByName, at: tz.dateTime(d.acknowledgedAt) })}</Typography.Text>
        )}
      </Space>
      {d.acknowledgeNote && <Typography.Paragraph>{t('reports.note', { note: d.acknowledgeNote })}</Typography.Paragraph>}
      {d.sections.map((s) => (
        <section key={s.key} style={{ marginBottom: 16 }}>
          <Typography.Title level={5}>{s.titleZh}</Typography.Title>
          {s.kpis.length > 0 && (
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={s.kpis}
              columns={[
                { title: t('kpi.col.kpi'), dataIndex: 'nameZh' },
                { title: t('kpi.col.value'), align: 'right', render: (_, k) => formatKpi(k.unit as never, d.figures[k.key]?.value) },
                { title: t('kpi.col.previous'), align: 'right', render: (_, k) => formatKpi(k.unit as never, d.figures[k.key]?.previous) },
                { title: t('kpi.col.lastYear'), align: 'right', render: (_, k) => formatKpi(k.unit as never, d.figures[k.key]?.lastYear) },
                { title: t('kpi.col.target'), align: 'right', render: (_, k) => formatKpi(k.unit as never, d.figures[k.key]?.target) },
              ]}
            />
          )}
          {d.canEdit ? (
            <Input.TextArea
              aria-label={s.titleZh}
              data-testid={`section-${s.key}`}
              autoSize={{ minRows: 2, maxRows: 10 }}
              style={{ marginTop: 8 }}
              value={texts[s.key] ?? s.text}
              onChange={(e) => setTexts({ ...texts, [s.key]: e.target.value })}
            />
          ) : (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>{s.text || '—'}</Typography.Paragraph>
          )}
        </section>
      ))}
      <Space wrap>
        {d.canEdit && (
          <>
            <Button
              disabled={!Object.keys(texts).length}
              loading={save.isPending}
              onClick={async () => {
                try {
                  await save.mutateAsync({ params: { id }, body: { version: d.version, sections: texts } });
                  setTexts({});
                } catch (e) {
                  report(e);
                }
              }}
            >
              {t('common.save')}
            </Button>
            <Button onClick={() => run('refresh')}>{t('reports.refresh')}</Button>
            <Button type="primary" onClick={() => run('submit')}>
              {t('reports.submit')}
            </Button>
          </>
        )}
        {d.canAcknowledge && (
          <>
            <Input
              aria-label={t('reports.noteLabel')}
              placeholder={t('reports.noteLabel')}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              style={{ width: 260 }}
            />
            <Button type="primary" onClick={() => run('acknowledge')}>
              {t('reports.acknowledge')}
            </Button>
            <Button danger onClick={() => run('reopen')}>
              {t('reports.reopen')}
            </Button>
          </>
        )}
      </Space>
    </Drawer>
  );
}

/** The reports archive in one's scope (search, filters), new drafts from the templates, and one report's drawer. */
export default function ReportsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const report = useReportError();
  const [kind, setKind] = useState<Kind | undefined>();
  const [status, setStatus] = useState<Report['status'] | undefined>();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<{ kind: Kind; period: string }>();
  const list = useApiQuery('/network-reports', { query: { kind, status, q: q || undefined } });
  const create = useApiMutation('post', '/network-reports');
  if (list.error && !list.data) return <Result status="warning" title={t('common.loadFailed')} subTitle={(list.error as Error).message} />;
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.networkReports')}
        </Typography.Title>
        <Space wrap>
          <Select
            aria-label={t('reports.kind')}
            allowClear
            placeholder={t('reports.kind')}
            style={{ width: 150 }}
            value={kind}
            onChange={setKind}
            options={KINDS.map((k) => ({ value: k, label: t(`reports.kinds.${k}`) }))}
          />
          <Select
            aria-label={t('reports.statusLabel')}
            allowClear
            placeholder={t('reports.statusLabel')}
            style={{ width: 120 }}
            value={status}
            onChange={setStatus}
            options={(['draft', 'submitted', 'acknowledged'] as const).map((s) => ({ value: s, label: t(`reports.status.${s}`) }))}
          />
          <Input.Search aria-label={t('reports.search')} placeholder={t('reports.search')} allowClear onSearch={setQ} style={{ width: 220 }} />
          {can('reports.submit') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('reports.new')}
            </Button>
          )}
        </Space>
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        onRow={(r) => ({ onDoubleClick: () => setOpen(r.id) })}
        columns={[
          {
            title: t('reports.title'),
            render: (_, r) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(r.id)}>
                {r.title}
              </Button>
            ),
          },
          { title: t('reports.kind'), render: (_, r) => t(`reports.kinds.${r.kind}`) },
          { title: t('reports.period'), dataIndex: 'period' },
          { title: t('reports.statusLabel'), render: (_, r) => <Tag color={STATUS_COLOR[r.status]}>{t(`reports.status.${r.status}`)}</Tag> },
          { title: t('reports.author'), dataIndex: 'authorName' },
        ]}
      />
      {open && <ReportDrawer id={open} onClose={() => setOpen(null)} />}
      <Modal
        open={creating}
        title={t('reports.new')}
        onCancel={() => setCreating(false)}
        confirmLoading={create.isPending}
        onOk={async () => {
          const v = await form.validateFields();
          try {
            const r = await create.mutateAsync({ body: v });
            setCreating(false);
            setOpen(r.id);
          } catch (e) {
            report(e, form);
          }
        }}
      >
        <Form form={form} layout="vertical" initialValues={{ kind: 'monthly' }}>
          <Form.Item name="kind" label={t('reports.kind')} rules={[{ required: true }]}>
            <Select options={KINDS.map((k) => ({ value: k, label: t(`reports.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="period" label={t('reports.period')} extra={t('reports.periodHelp')} rules={[{ required: true, message: t('reports.periodHelp') }]}>
            <Input placeholder="2026-11 / 2026-Q4 / 2026" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
