import { useState } from 'react';
import { Button, Checkbox, Empty, Input, Space, Tag, Timeline, Typography } from 'antd';
import { EyeOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../../api/query';
import { fmtTime } from '../SlaCell';
import type { TicketEvent } from '../types';
import type { Run } from './useTicket';

const COLOR: Record<string, string> = {
  escalated: 'red',
  'escalation-exhausted': 'red',
  resolve: 'green',
  confirm: 'green',
  close: 'gray',
  reopen: 'orange',
  compensation: 'orange',
  'compensation-decision': 'orange',
  reply: 'blue',
  note: 'gray',
};

const STATUS_BODY = /^状态 → ([a-z_]+)$/;

/** Event type as a label; unknown types show as they are. */
export function useEventLabel() {
  const { t } = useTranslation();
  return (type: string) => t(`ticket.events.${type}`, { defaultValue: type });
}

/** The conversation: every event, oldest first (customer-visible ones marked), and the note / reply box. */
export function Conversation({ ticketId, events, run }: { ticketId: string; events: TicketEvent[]; run: Run }) {
  const { t } = useTranslation();
  const label = useEventLabel();
  // A status action without a note gets the server's "状态 → in_progress": show the status label instead.
  const bodyOf = (b: string) => {
    const m = STATUS_BODY.exec(b);
    return m ? `→ ${t(`ticket.status.${m[1]}`, { defaultValue: m[1] })}` : b;
  };
  const [body, setBody] = useState('');
  const [isPublic, setIsPublic] = useState(false);
  const [busy, setBusy] = useState(false);

  const send = async () => {
    if (!body.trim()) return;
    setBusy(true);
    const ok = await run(() => callApi('post', '/tickets/{id}/notes', { params: { id: ticketId }, body: { body: body.trim(), isPublic } }), {
      success: isPublic ? t('ticket.replySent') : t('ticket.noteSaved'),
    });
    setBusy(false);
    if (ok) {
      setBody('');
      setIsPublic(false);
    }
  };

  const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <div data-testid="conversation">
      {sorted.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Timeline
          items={sorted.map((e) => ({
            key: e.id,
            color: COLOR[e.type] ?? (e.isPublic ? 'blue' : 'gray'),
            content: (
              <div>
                <Space size={6} wrap>
                  <Typography.Text strong>{e.authorName}</Typography.Text>
                  <Tag style={{ marginInlineEnd: 0 }}>{label(e.type)}</Tag>
                  {e.isPublic && (
                    <Tag color="blue" icon={<EyeOutlined />} style={{ marginInlineEnd: 0 }}>
                      {t('ticket.publicMark')}
                    </Tag>
                  )}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {fmtTime(e.at)}
                  </Typography.Text>
                </Space>
                {e.body && (
                  <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{bodyOf(e.body)}</Typography.Paragraph>
                )}
              </div>
            ),
          }))}
        />
      )}
      <div style={{ background: '#fafafa', padding: 8, borderRadius: 6 }}>
        <Input.TextArea
          value={body}
          onChange={(e) => setBody(e.target.value)}
          rows={3}
          maxLength={3000}
          placeholder={isPublic ? t('ticket.replyPlaceholder') : t('ticket.notePlaceholder')}
          data-testid="note-body"
          aria-label={isPublic ? t('ticket.replyPlaceholder') : t('ticket.notePlaceholder')}
        />
        <Space style={{ marginTop: 8, width: '100%', justifyContent: 'space-between' }}>
          <Checkbox checked={isPublic} onChange={(e) => setIsPublic(e.target.checked)} data-testid="note-public">
            {t('ticket.replyToCustomer')}
          </Checkbox>
          <Button type="primary" icon={<SendOutlined />} loading={busy} disabled={!body.trim()} onClick={send} data-testid="note-send">
            {isPublic ? t('ticket.sendReply') : t('ticket.saveNote')}
          </Button>
        </Space>
      </div>
    </div>
  );
}
