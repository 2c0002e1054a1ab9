import { useState, lazy, Suspense } from 'react';
import { Avatar, Button, Dropdown, Layout, Space, Tag, Typography, theme } from 'antd';
import { EnvironmentOutlined, KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/SessionContext';
import { LangSwitch } from './LangSwitch';
import { NotificationBell } from './NotificationBell';

/** Loaded after the first screen (select, autocomplete and form widgets are not needed for the numbers). */
const GlobalSearch = lazy(() => import('./GlobalSearch').then((m) => ({ default: m.GlobalSearch })));
const PointSelect = lazy(() => import('./PointSelect').then((m) => ({ default: m.PointSelect })));
const ChangePasswordModal = lazy(() => import('./ChangePasswordModal').then((m) => ({ default: m.ChangePasswordModal })));

/**
 * Current service point (switchable when the user sees several), notifications, language, user menu. On a phone
 * (`compact`) the menu button comes first, the name and role move into the user menu and nothing wraps.
 */
export function TopBar({ compact = false, onMenu, menuOpen = false }: { compact?: boolean; onMenu?: () => void; menuOpen?: boolean }) {
  const { t } = useTranslation();
  const { me, logout, points, pointName, can } = useSession();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const [pwdOpen, setPwdOpen] = useState(false);

  const onLogout = async () => {
    await logout();
    navigate('/login', { replace: true });
  };

  return (
    <Layout.Header
      style={{
        background: token.colorBgContainer,
        padding: compact ? '0 8px' : '0 16px',
        height: 56,
        lineHeight: '56px',
        display: 'flex',
        alignItems: 'center',
        gap: compact ? 6 : 12,
        whiteSpace: 'nowrap',
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        position: 'sticky',
        top: 0,
        zIndex: 10,
      }}
    >
      {onMenu && (
        <Button
          type="text"
          size="large"
          icon={<MenuOutlined />}
          onClick={onMenu}
          aria-label={t('layout.openMenu')}
          aria-expanded={menuOpen}
          aria-haspopup="dialog"
          data-testid="menu-trigger"
          style={{ flex: 'none' }}
        />
      )}
      <Space size={6} data-testid="current-point" style={{ minWidth: 0, overflow: 'hidden' }}>
        <EnvironmentOutlined style={{ color: token.colorPrimary }} />
        {points.length > 1 ? (
          <Suspense fallback={<Typography.Text strong>{pointName}</Typography.Text>}>
            <PointSelect compact={compact} />
          </Suspense>
        ) : (
          <Typography.Text
            strong
            style={
              compact
                ? { display: 'inline-block', maxWidth: 150, overflow: 'hidden', textOverflow: 'ellipsis', verticalAlign: 'middle', lineHeight: '22px' }
                : undefined
            }
            title={compact ? pointName : undefined}
          >
            {pointName}
          </Typography.Text>
        )}
      </Space>
      <div style={{ flex: 1 }} />
      {!compact && can('customers.manage', 'tickets.handle', 'work-orders.manage', 'appointments.manage') && (
        <Suspense fallback={<div style={{ width: 300, height: 32 }} aria-hidden />}>
          <GlobalSearch />
        </Suspense>
      )}
      <NotificationBell />
      <LangSwitch loggedIn />
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            ...(compact
              ? [
                  {
                    key: 'me',
                    disabled: true,
                    label: `${me?.displayName ?? ''}${me?.isSuperuser ? ` · ${t('layout.superuser')}` : me?.positionTitles[0] ? ` · ${me.positionTitles[0]}` : ''}`,
                  },
                  { type: 'divider' as const },
                ]
              : []),
            { key: 'password', icon: <KeyOutlined />, label: t('layout.changePassword') },
            { type: 'divider' },
            { key: 'logout', icon: <LogoutOutlined />, label: t('layout.logout'), danger: true },
          ],
          onClick: ({ key }) => (key === 'logout' ? void onLogout() : key === 'password' ? setPwdOpen(true) : undefined),
        }}
      >
        <Space style={{ cursor: 'pointer', lineHeight: 1, flex: 'none' }} data-testid="user-menu" aria-label={compact ? me?.displayName : undefined}>
          <Avatar size="small" icon={<UserOutlined />} style={{ background: token.colorPrimary }} />
          {!compact && <span>{me?.displayName}</span>}
          {compact ? null : me?.isSuperuser ? (
            <Tag color="gold" style={{ marginInlineEnd: 0 }}>
              {t('layout.superuser')}
            </Tag>
          ) : me?.positionTitles[0] ? (
            <Typography.Text type="secondary">{me.positionTitles[0]}</Typography.Text>
          ) : null}
        </Space>
      </Dropdown>
      {pwdOpen && (
        <Suspense fallback={null}>
          <ChangePasswordModal open onClose={() => setPwdOpen(false)} />
        </Suspense>
      )}
    </Layout.Header>
  );
}
