import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Form, Input, Modal, Popconfirm, Result, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../api/paths';
import { useApiMutation, useApiQuery } from '../../api/query';
import { useReportError } from '../../lib/errors';
import { formatDateTime } from '../../lib/time';

type ApiToken = Answer<'/api-tokens'>['items'][number];

const fmt = (v: string | null) => (v ? formatDateTime(v) : '—');

/** API 令牌 for integrations: created tokens are shown once. */
export default function TokensPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useReportError();
  const list = useApiQuery('/api-tokens');
  // Both refresh the token list when they succeed.
  const createToken = useApiMutation('post', '/api-tokens');
  const revokeToken = useApiMutation('delete', '/api-tokens/{id}');
  const [form] = Form.useForm<{ name: string; expiresAt?: Dayjs | null }>();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);

  const create = async () => {
    const v = await form.validateFields();
    try {
      const r = await createToken.mutateAsync({ body: { name: v.name, expiresAt: v.expiresAt ? v.expiresAt.endOf('day').format() : null } });
      setCreating(false);
      form.resetFields();
      setSecret(r.token);
    } catch (e) {
      report(e, form);
    }
  };

  const revoke = async (id: string) => {
    try {
      await revokeToken.mutateAsync({ params: { id } });
      message.success(t('tokens.revoked'));
    } catch (e) {
      report(e);
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret ?? '');
      message.success(t('tokens.copied'));
    } catch {
      message.warning(t('tokens.copyManually'));
    }
  };

  if (list.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(list.error as Error).message} />;

  return (
    <Card
      size="small"
      title={t('nav.tokens')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="token-new">
          {t('tokens.new')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('tokens.intro')}</Typography.Paragraph>
      <Table<ApiToken>
        size="small"
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('tokens.empty') }}
        columns={[
          { title: t('tokens.name'), dataIndex: 'name' },
          { title: t('tokens.prefix'), dataIndex: 'prefix', render: (v: string) => <Typography.Text code>{v}…</Typography.Text> },
          { title: t('tokens.createdAt'), dataIndex: 'createdAt', render: fmt },
          { title: t('tokens.expiresAt'), dataIndex: 'expiresAt', render: (v: string | null) => (v ? fmt(v) : t('tokens.never')) },
          { title: t('tokens.lastUsedAt'), dataIndex: 'lastUsedAt', render: fmt },
          {
            title: t('common.status'),
            key: 's',
            render: (_, r) =>
              r.revokedAt ? (
                <Tag>{t('tokens.statusRevoked')}</Tag>
              ) : r.expiresAt && dayjs(r.expiresAt).isBefore(dayjs()) ? (
                <Tag color="error">{t('tokens.statusExpired')}</Tag>
              ) : (
                <Tag color="success">{t('tokens.statusActive')}</Tag>
              ),
          },
          {
            title: t('common.actions'),
            key: 'a',
            width: 90,
            render: (_, r) =>
              !r.revokedAt && (
                <Popconfirm title={t('tokens.revokeConfirm', { name: r.name })} okButtonProps={{ danger: true }} onConfirm={() => revoke(r.id)}>
                  <Button size="small" type="link" danger>
                    {t('tokens.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Modal
        open={creating}
        title={t('tokens.new')}
        onCancel={() => setCreating(false)}
        onOk={create}
        confirmLoading={createToken.isPending}
        okText={t('tokens.create')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="name" label={t('tokens.name')} rules={[{ required: true, whitespace: true, message: t('tokens.nameRequired') }]}>
            <Input maxLength={80} placeholder={t('tokens.namePlaceholder')} aria-label={t('tokens.namePlaceholder')} />
          </Form.Item>
          <Form.Item name="expiresAt" label={t('tokens.expiresAt')} extra={t('tokens.expiresHint')}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={secret !== null}
        title={t('tokens.createdTitle')}
        onCancel={() => setSecret(null)}
        closable
        footer={
          <Space>
            <Button onClick={copy}>{t('tokens.copy')}</Button>
            <Button type="primary" onClick={() => setSecret(null)}>
              {t('tokens.done')}
            </Button>
          </Space>
        }
      >
        <Alert type="warning" showIcon title={t('tokens.shownOnce')} style={{ marginBottom: 12 }} />
        <Input.TextArea readOnly value={secret ?? ''} autoSize data-testid="token-secret" style={{ fontFamily: 'monospace' }} />
      </Modal>
    </Card>
  );
}
