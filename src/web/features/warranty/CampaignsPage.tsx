import { useEffect, useState } from 'react';
import { App, Button, Card, DatePicker, Drawer, Form, Input, InputNumber, Progress, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { useApiMutation, useApiQuery, useInvalidate } from '../../api/query';
import { api, downloadFile } from '../../api/client';
import { applyFieldErrors } from '../../api/form-errors';
import { useSession } from '../../session/SessionContext';
import type { components } from '../../api/openapi.gen';

type Campaign = components['schemas']['Campaign'];
type CampaignImport = components['schemas']['CampaignImport'];
const permille = (p: number) => Math.round(p / 10);

/** 召回与服务活动: the list, a new campaign (HQ), the VIN-list import with progress and row errors, completion. */
export default function CampaignsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const list = useApiQuery('/campaigns');
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<Campaign | null>(null);
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('wty.campaigns')}
        </Typography.Title>
      }
      extra={
        can('campaigns.manage') ? (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('wty.newCampaign')}
          </Button>
        ) : null
      }
    >
      <Table<Campaign>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('wty.noCampaigns') }}
        onRow={(r) => ({ onClick: () => setOpen(r) })}
        columns={[
          {
            title: t('wty.number'),
            dataIndex: 'number',
            key: 'number',
            render: (v, r) => (
              <Button type="link" onClick={() => setOpen(r)}>
                {v}
              </Button>
            ),
          },
          { title: t('wty.kind'), key: 'kind', render: (_, r) => <Tag color={r.kind === 'recall' ? 'red' : 'blue'}>{t(`wty.kind_${r.kind}`)}</Tag> },
          { title: t('wty.title'), dataIndex: 'title', key: 'title' },
          { title: t('wty.period'), key: 'period', render: (_, r) => `${r.startsOn} ~ ${r.endsOn}` },
          { title: t('wty.vins'), dataIndex: 'vinCount', key: 'vins', align: 'right' },
          {
            title: t('wty.completion'),
            key: 'rate',
            render: (_, r) => (
              <Progress percent={permille(r.completionPermille)} size="small" aria-label={`${t('wty.completion')} ${permille(r.completionPermille)}%`} />
            ),
          },
        ]}
      />
      <CreateCampaign open={creating} onClose={() => setCreating(false)} />
      {open ? <CampaignDrawer campaign={open} onClose={() => setOpen(null)} /> : null}
    </Card>
  );
}

function CreateCampaign({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const create = useApiMutation('post', '/campaigns');
  const { message } = App.useApp();
  const submit = async (v: {
    kind: 'recall' | 'service';
    title: string;
    description?: string;
    laborCode?: string;
    laborHours?: number;
    range: [Dayjs, Dayjs];
  }) => {
    try {
      await create.mutateAsync({
        body: {
          kind: v.kind,
          title: v.title,
          description: v.description ?? '',
          laborCode: v.laborCode ?? '',
          laborHours: v.laborHours ?? 0,
          parts: [],
          startsOn: v.range[0].format('YYYY-MM-DD'),
          endsOn: v.range[1].format('YYYY-MM-DD'),
        },
      });
      message.success(t('wty.created'));
      form.resetFields();
      onClose();
    } catch (e) {
      applyFieldErrors(form, e, { rename: { startsOn: 'range', endsOn: 'range' } });
    }
  };
  return (
    <Drawer open={open} onClose={onClose} title={t('wty.newCampaign')} width={520} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'recall' }}>
        <Form.Item name="kind" label={t('wty.kind')} rules={[{ required: true }]}>
          <Select options={['recall', 'service'].map((k) => ({ value: k, label: t(`wty.kind_${k}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('wty.title')} rules={[{ required: true, message: t('wty.titleRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('wty.description')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Space>
          <Form.Item name="laborCode" label={t('wty.laborCode')}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="laborHours" label={t('wty.laborHours')}>
            <InputNumber min={0} max={100} step={0.1} />
          </Form.Item>
        </Space>
        <Form.Item name="range" label={t('wty.period')} rules={[{ required: true, message: t('wty.periodRequired') }]}>
          <DatePicker.RangePicker />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('wty.save')}
        </Button>
      </Form>
    </Drawer>
  );
}

function CampaignDrawer({ campaign, onClose }: { campaign: Campaign; onClose: () => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const completion = useApiQuery('/campaigns/{id}/completion', { params: { id: campaign.id } });
  const [importId, setImportId] = useState<string | null>(null);
  const refresh = useInvalidate('/campaigns');
  const imp = useApiQuery('/campaign-imports/{id}', {
    params: { id: importId ?? '' },
    enabled: importId !== null,
    refetchInterval: 1000,
  });
  const running = imp.data && (imp.data.status === 'queued' || imp.data.status === 'running');
  useEffect(() => {
    if (imp.data?.status === 'imported') refresh();
  }, [imp.data?.status, refresh]);
  const { message } = App.useApp();
  const upload = async (file: File) => {
    const form = new FormData();
    form.append('file', file);
    try {
      const r = await api.upload<CampaignImport>(`/campaigns/${campaign.id}/imports`, form);
      setImportId(r.id);
    } catch (e) {
      message.error((e as Error).message);
    }
    return false;
  };
  const rows = (completion.data?.regions ?? []).flatMap((r) => [
    { key: `r-${r.code}`, level: 'region', ...r },
    ...r.stations.map((s) => ({ key: `s-${s.code}`, level: 'station', ...s })),
  ]);
  return (
    <Drawer open onClose={onClose} width={760} title={`${campaign.number} ${campaign.title}`}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph>{campaign.description}</Typography.Paragraph>
        {can('campaigns.manage') ? (
          <Card size="small" title={t('wty.importTitle')}>
            <Typography.Paragraph type="secondary">{t('wty.importHint')}</Typography.Paragraph>
            <Upload accept=".xlsx,.csv,.txt" showUploadList={false} beforeUpload={(f) => upload(f)} disabled={!!running}>
              <Button icon={<UploadOutlined />} loading={!!running}>
                {t('wty.upload')}
              </Button>
            </Upload>
            {imp.data ? (
              <div style={{ marginTop: 12 }} data-testid="campaign-import">
                <Progress
                  percent={imp.data.totalRows ? Math.round((imp.data.processedRows / imp.data.totalRows) * 100) : imp.data.status === 'imported' ? 100 : 0}
                  status={imp.data.status === 'failed' ? 'exception' : imp.data.status === 'imported' ? 'success' : 'active'}
                  aria-label={t('wty.importing', { rows: imp.data.processedRows })}
                />
                <Typography.Text>{imp.data.message || t('wty.importing', { rows: imp.data.processedRows })}</Typography.Text>
                {imp.data.errors.length ? (
                  <Table
                    size="small"
                    rowKey={(e) => `${e.row}-${e.field}`}
                    dataSource={imp.data.errors}
                    pagination={{ pageSize: 10 }}
                    columns={[
                      { title: t('wty.row'), dataIndex: 'row', key: 'row', width: 80 },
                      { title: t('wty.field'), dataIndex: 'field', key: 'field', width: 90 },
                      { title: t('wty.error'), dataIndex: 'message', key: 'message' },
                    ]}
                  />
                ) : null}
              </div>
            ) : null}
          </Card>
        ) : null}
        <Card
          size="small"
          title={t('wty.completionBy')}
          extra={
            <Button icon={<DownloadOutlined />} onClick={() => void downloadFile(`/campaigns/${campaign.id}/open-vins.xlsx`, undefined, 'open-vins.xlsx')}>
              {t('wty.callInList')}
            </Button>
          }
        >
          <Table
            size="small"
            rowKey="key"
            loading={completion.isLoading}
            dataSource={rows}
            pagination={false}
            columns={[
              {
                title: t('wty.point'),
                key: 'name',
                render: (_, r) => (r.level === 'region' ? <strong>{`${r.code} ${r.name}`}</strong> : `\u3000${r.code} ${r.name}`),
              },
              { title: t('wty.total'), dataIndex: 'total', key: 'total', align: 'right' },
              { title: t('wty.done'), dataIndex: 'done', key: 'done', align: 'right' },
              {
                title: t('wty.completion'),
                key: 'rate',
                render: (_, r) => (
                  <Progress percent={permille(r.completionPermille)} size="small" aria-label={`${t('wty.completion')} ${permille(r.completionPermille)}%`} />
                ),
              },
            ]}
          />
          {completion.data?.unassigned.total ? (
            <Typography.Text type="secondary">
              {t('wty.unassigned', { total: completion.data.unassigned.total, done: completion.data.unassigned.done })}
            </Typography.Text>
          ) : null}
        </Card>
      </Space>
    </Drawer>
  );
}
