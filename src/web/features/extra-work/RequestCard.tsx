import { Button, Card, Image, Space, Table, Typography } from 'antd';
import { DollarOutlined, EditOutlined, MessageOutlined, WechatOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../api/query';
import { formatYuan } from '../../lib/format';
import type { Run } from '../crm/useRun';
import { ExtraWorkStatusTag } from './StatusTag';
import type { ExtraWork, ExtraWorkItem } from './types';

const fmt = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

/** One 增项 on the order: finding, photos, items and prices, and what the advisor can do next. */
export function RequestCard({ r, run, canEdit, onPrice, onCounter }: { r: ExtraWork; run: Run; canEdit: boolean; onPrice: () => void; onCounter: () => void }) {
  const { t } = useTranslation();
  const canPrice = canEdit && ['reported', 'priced', 'sent', 'expired'].includes(r.status);
  const canSend = canEdit && ['priced', 'expired'].includes(r.status);
  const canCounter = canEdit && ['priced', 'sent', 'expired'].includes(r.status);
  const send = (channel: 'sms' | 'wechat') =>
    run(() => callApi('post', '/extra-work/{id}/send', { params: { id: r.id }, body: { version: r.version, channel } }), { success: t('xw.sent') });
  const columns = [
    { title: t('xw.title'), dataIndex: 'name', key: 'name' },
    {
      title: `${t('xw.hours')} / ${t('xw.qty')}`,
      key: 'q',
      render: (_: unknown, i: ExtraWorkItem) => (i.kind === 'labor' ? `${i.hours ?? '—'} h` : `× ${i.qty ?? '—'}`),
    },
    {
      title: t('xw.amount'),
      key: 'a',
      align: 'right' as const,
      render: (_: unknown, i: ExtraWorkItem) => (i.amountFen === null ? '—' : formatYuan(i.amountFen)),
    },
    { title: t('xw.statusTitle'), key: 'd', render: (_: unknown, i: ExtraWorkItem) => t(`xw.decision.${i.decision}`) },
  ];
  return (
    <Card
      size="small"
      data-testid="xw-request"
      title={
        <Space wrap>
          <span>{r.number}</span>
          <ExtraWorkStatusTag status={r.status} />
        </Space>
      }
      extra={
        <Space wrap>
          {canPrice && (
            <Button size="small" icon={<DollarOutlined />} onClick={onPrice} data-testid="xw-price">
              {t('xw.price')}
            </Button>
          )}
          {canSend && (
            <>
              <Button size="small" icon={<MessageOutlined />} onClick={() => void send('sms')} data-testid="xw-send-sms">
                {t('xw.sendSms')}
              </Button>
              <Button size="small" icon={<WechatOutlined />} onClick={() => void send('wechat')}>
                {t('xw.sendWechat')}
              </Button>
            </>
          )}
          {canCounter && (
            <Button size="small" icon={<EditOutlined />} onClick={onCounter} data-testid="xw-counter">
              {t('xw.counter')}
            </Button>
          )}
        </Space>
      }
      style={{ marginBottom: 12 }}
    >
      <Typography.Paragraph style={{ marginBottom: 4 }}>{r.description}</Typography.Paragraph>
      <Typography.Text type="secondary">{t('xw.reportedBy', { name: r.reportedByName, at: fmt(r.reportedAt) })}</Typography.Text>
      {r.photos.length > 0 && (
        <Image.PreviewGroup>
          <Space wrap style={{ display: 'flex', margin: '8px 0' }}>
            {r.photos.map((p, n) => (
              <Image key={p.id} width={72} height={72} style={{ objectFit: 'cover' }} src={`/api/attachments/${p.id}`} alt={t('xw.photoAlt', { n: n + 1 })} />
            ))}
          </Space>
        </Image.PreviewGroup>
      )}
      <Table size="small" rowKey="id" pagination={false} columns={columns} dataSource={r.items} style={{ marginTop: 8 }} />
      <Space wrap style={{ marginTop: 8 }}>
        {r.totalFen !== null && (
          <Typography.Text>
            {t('xw.total')} <Typography.Text strong>{formatYuan(r.totalFen)}</Typography.Text>
          </Typography.Text>
        )}
        {r.decidedAt && (
          <Typography.Text>
            {t('xw.approvedAmount')} <Typography.Text strong>{formatYuan(r.approvedFen)}</Typography.Text> ·{' '}
            {r.decidedVia === 'counter' ? `${r.confirmMethod}(${r.confirmedByName},${t('xw.witness', { name: r.witnessName })})` : t('xw.decidedVia.link')}
          </Typography.Text>
        )}
        {r.link && (
          <Typography.Text type="secondary">
            {t('xw.link')}:
            <Typography.Text copyable={{ text: `${location.origin}${r.link}` }} data-testid="xw-link">
              {r.link}
            </Typography.Text>{' '}
            {r.linkExpiresAt && t('xw.linkExpires', { at: fmt(r.linkExpiresAt) })}
          </Typography.Text>
        )}
      </Space>
    </Card>
  );
}
