import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Dropdown, Empty, Typography, theme } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../api/paths';
import { apiKey, callApi, useApiQuery } from '../api/query';
import { formatShortDateTime } from '../lib/time';

type Inbox = Answer<'/notifications'>;
type Notice = Inbox['items'][number];
const EMPTY: Inbox = { unread: 0, items: [] };

const POLL_MS = 30_000;
/** Only in-app paths are followed (a link is data). */
const safeLink = (link: string) => (link.startsWith('/') && !link.startsWith('//') ? link : null);

/** The bell in the top bar: unread count (polled every 30 s), the latest notices; a click marks read and opens the link. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  // Polled while the tab is visible (TanStack Query pauses the interval in a hidden tab).
  const query = useApiQuery('/notifications', { refetchInterval: POLL_MS });
  const inbox = query.data ?? EMPTY;
  const load = () => void query.refetch();

  const click = async (n: Notice) => {
    setOpen(false);
    if (!n.readAt) {
      client.setQueryData<Inbox>(apiKey('/notifications'), (b = EMPTY) => ({
        unread: Math.max(0, b.unread - 1),
        items: b.items.map((x) => (x.id === n.id ? { ...x, readAt: new Date().toISOString() } : x)),
      }));
      await callApi('post', '/notifications/{id}/read', { params: { id: n.id } }).catch(() => undefined);
      load();
    }
    const to = safeLink(n.link);
    if (to) navigate(to);
  };

  const panel = (
    <div
      style={{
        width: 340,
        maxHeight: 420,
        overflow: 'auto',
        background: token.colorBgElevated,
        borderRadius: token.borderRadiusLG,
        boxShadow: token.boxShadowSecondary,
      }}
      data-testid="notification-panel"
    >
      <div style={{ padding: '8px 12px', borderBottom: `1px solid ${token.colorBorderSecondary}`, fontWeight: 500 }}>
        {t('layout.notifications')}
        {inbox.unread > 0 && (
          <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontWeight: 400 }}>
            {t('layout.unreadCount', { count: inbox.unread })}
          </Typography.Text>
        )}
      </div>
      {inbox.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('layout.noNotifications')} style={{ padding: 16 }} />
      ) : (
        inbox.items.slice(0, 20).map((n) => (
          <button
            type="button"
            key={n.id}
            onClick={() => void click(n)}
            style={{
              display: 'block',
              width: '100%',
              textAlign: 'left',
              border: 'none',
              font: 'inherit',
              color: 'inherit',
              padding: '8px 12px',
              cursor: 'pointer',
              borderBottom: `1px solid ${token.colorBorderSecondary}`,
              background: n.readAt ? 'transparent' : token.colorPrimaryBg,
              lineHeight: 1.5,
            }}
          >
            <Typography.Text strong={!n.readAt} style={{ display: 'block' }}>
              {n.title}
            </Typography.Text>
            {n.body && (
              <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
                {n.body}
              </Typography.Text>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 11 }}>
              {formatShortDateTime(n.createdAt)}
            </Typography.Text>
          </button>
        ))
      )}
    </div>
  );

  return (
    <Dropdown
      trigger={['click']}
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) load();
      }}
      popupRender={() => panel}
      placement="bottomRight"
    >
      <Button
        type="text"
        aria-label={inbox.unread ? `${t('layout.notifications')} ${inbox.unread}` : t('layout.notifications')}
        data-testid="notification-bell"
      >
        <Badge count={inbox.unread} size="small" offset={[4, -2]}>
          <BellOutlined style={{ fontSize: 16 }} />
        </Badge>
      </Button>
    </Dropdown>
  );
}
