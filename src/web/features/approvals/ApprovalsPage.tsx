import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Result, Space, Table, Tag, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../api/paths';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';

type Item = Answer<'/approvals/pending'>['items'][number];
type Decision = { item: Item; approve: boolean };

/** 待我审批: every pending approval the user may decide, decided from the list; the requester is told the outcome. */
export default function ApprovalsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = useApiQuery('/approvals/pending');
  const reload = useInvalidate('/approvals', '/notifications', '/home', '/work-orders', '/settlements', '/tickets', '/compensations');
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  const decide = async () => {
    if (!deciding) return;
    setBusy(true);
    try {
      const { item, approve } = deciding;
      await callApi('post', '/approvals/{type}/{id}/decision', { params: { type: item.type, id: item.id }, body: { version: item.version, approve, note } });
      message.success(approve ? t('approvals.approved') : t('approvals.refused'));
      setDeciding(null);
      setNote('');
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
      reload();
    }
  };

  if (list.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(list.error as Error).message} />;
  return (
    <Card
      size="small"
      title={<h1 style={{ fontSize: 16, margin: 0 }}>{t('approvals.title')}</h1>}
      extra={<Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />}
    >
      <Typography.Paragraph type="secondary">{t('approvals.intro')}</Typography.Paragraph>
      <Table<Item>
        size="small"
        rowKey={(r) => `${r.type}:${r.id}`}
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('approvals.empty') }}
        pagination={false}
        scroll={{ x: 900 }}
        data-testid="approvals-table"
        columns={[
          { title: t('approvals.type'), key: 'type', render: (_, r) => <Tag>{t(`approvals.types.${r.type}`, { defaultValue: r.type })}</Tag> },
          {
            title: t('approvals.document'),
            key: 'doc',
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                <Link to={r.link}>{r.number}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.title}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('approvals.amount'),
            key: 'amount',
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                {r.pct !== null && (
                  <Typography.Text strong style={{ fontSize: 16 }} data-testid="approval-pct">
                    {r.pct}%
                  </Typography.Text>
                )}
                <Typography.Text>{r.amountLabel}</Typography.Text>
              </Space>
            ),
          },
          { title: t('approvals.requester'), dataIndex: 'requestedByName' },
          { title: t('approvals.reason'), dataIndex: 'reason', render: (v: string) => v || '—' },
          { title: t('approvals.requestedAt'), dataIndex: 'createdAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
          {
            title: t('approvals.actions'),
            key: 'actions',
            fixed: 'right',
            render: (_, r) => (
              <Space>
                <Button type="primary" size="small" icon={<CheckOutlined />} onClick={() => setDeciding({ item: r, approve: true })}>
                  {t('approvals.approve')}
                </Button>
                <Button danger size="small" icon={<CloseOutlined />} onClick={() => setDeciding({ item: r, approve: false })}>
                  {t('approvals.refuse')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={deciding !== null}
        title={deciding ? `${deciding.approve ? t('approvals.approve') : t('approvals.refuse')}:${deciding.item.number} ${deciding.item.amountLabel}` : ''}
        okText={deciding?.approve ? t('approvals.approve') : t('approvals.refuse')}
        okButtonProps={{ danger: deciding?.approve === false, loading: busy }}
        onOk={() => void decide()}
        onCancel={() => setDeciding(null)}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item label={t('approvals.note')} htmlFor="approval-note">
            <Input.TextArea
              id="approval-note"
              rows={3}
              maxLength={300}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder={t('approvals.notePlaceholder')}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
