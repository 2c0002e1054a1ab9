import { App, Descriptions, Space, Tag, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../../api/client';
import { useCauseLabel } from '../causes';
import { fmtTime } from '../SlaCell';
import type { TicketDetail } from '../types';

const kb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/** What the customer said and who they are; attachments download (never open inline). All text is shown as plain text. */
export function Overview({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const causeLabel = useCauseLabel();
  const download = (a: TicketDetail['attachments'][number]) =>
    downloadFile(`/tickets/${ticket.id}/attachments/${a.id}`, undefined, a.fileName).catch((e: Error) => message.error(e.message));
  const dash = (v: string | null | undefined) => v || '—';
  const resolution = ticket.resolutionNote;
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {ticket.title}
      </Typography.Title>
      <Descriptions
        size="small"
        column={2}
        bordered
        items={[
          {
            key: 'c',
            label: t('ticket.customer'),
            children: (
              <Space size={4}>
                {ticket.customerName}
                {ticket.isVip && <Tag color="gold">VIP</Tag>}
              </Space>
            ),
          },
          { key: 'p', label: t('ticket.customerPhone'), children: dash(ticket.customerPhone) },
          { key: 'e', label: t('ticket.customerEmail'), children: dash(ticket.customerEmail) },
          { key: 'v', label: t('ticket.vehicle'), children: dash(ticket.vehicleRef) },
          { key: 'w', label: t('ticket.workOrder'), children: dash(ticket.workOrderRef) },
          { key: 'ch', label: t('ticket.channel'), children: `${t(`ticket.channels.${ticket.channel}`)} · ${t(`ticket.kinds.${ticket.kind}`)}` },
          { key: 'r', label: t('ticket.receivedAt'), children: fmtTime(ticket.receivedAt) },
          { key: 'd', label: t('ticket.department'), children: dash(ticket.departmentName) },
          { key: 'cat', label: t('ticket.category'), children: dash(ticket.category) },
          { key: 'cause', label: t('ticket.causeCategory'), children: ticket.causeCategory ? causeLabel(ticket.causeCategory) : '—' },
        ]}
      />
      <Typography.Paragraph
        style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', margin: '12px 0', background: '#fafafa', padding: 10, borderRadius: 6 }}
        data-testid="ticket-description"
      >
        {ticket.description || <Typography.Text type="secondary">{t('ticket.noDescription')}</Typography.Text>}
      </Typography.Paragraph>
      {ticket.attachments.length > 0 && (
        <Space wrap style={{ marginBottom: 12 }} data-testid="attachments">
          {ticket.attachments.map((a) => (
            <Typography.Link key={a.id} onClick={() => void download(a)}>
              <PaperClipOutlined /> {a.fileName} ({kb(a.size)})
            </Typography.Link>
          ))}
        </Space>
      )}
      {ticket.plan && (
        <Descriptions
          size="small"
          column={1}
          title={t('ticket.plan')}
          style={{ marginBottom: 12 }}
          items={[
            { key: 'dl', label: t('ticket.planDeadline'), children: fmtTime(ticket.plan.deadline) },
            { key: 's', label: t('ticket.planSteps'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{ticket.plan.steps}</span> },
            { key: 'cm', label: t('ticket.planCommunication'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{dash(ticket.plan.communication)}</span> },
          ]}
        />
      )}
      {resolution && (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 12 }}
          items={[
            { key: 'res', label: t('ticket.resolutionText'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{resolution}</span> },
            ...(ticket.customerConfirmed !== null
              ? [{ key: 'cc', label: t('ticket.customerConfirmed'), children: ticket.customerConfirmed ? t('ticket.confirmedYes') : t('ticket.confirmedNo') }]
              : []),
          ]}
        />
      )}
    </>
  );
}
