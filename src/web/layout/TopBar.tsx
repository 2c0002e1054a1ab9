import { useState } from 'react';
import { Avatar, Button, Dropdown, Layout, Select, Space, Tag, Typography, theme } from 'antd';
import { EnvironmentOutlined, KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/SessionContext';
import { LangSwitch } from './LangSwitch';
import { ChangePasswordModal } from './ChangePasswordModal';
import { NotificationBell } from './NotificationBell';
import { GlobalSearch } from './GlobalSearch';

/**
 * Current service point (switchable when the user sees several), notifications, language, user menu. On a phone
 * (`compact`) the menu button comes first, the name and role move into the user menu and nothing wraps.
 */
export function TopBar({ compact = false, onMenu, menuOpen = false }: { compact?: boolean; onMenu?: () => void; menuOpen?: boolean }) {
  const { t, i18n } = useTranslation();
  const { me, logout, points, pointId, pointName, setPointId, can } = useSession();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const [pwdOpen, setPwdOpen] = useState(false);
  const en = i18n.language === 'en-US';

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
          <Select
            size="small"
            variant="borderless"
            value={pointId}
            onChange={setPointId}
            style={{ minWidth: compact ? 120 : 200, maxWidth: compact ? 160 : undefined }}
            popupMatchSelectWidth={false}
            options={points.map((p) => ({ value: p.id, label: en && p.nameEn ? p.nameEn : p.nameZh, depth: p.depth }))}
            optionRender={(o) => <span style={{ paddingInlineStart: (o.data.depth ?? 0) * 14 }}>{o.label}</span>}
            aria-label={t('layout.servicePoint')}
          />
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
      {!compact && can('customers.manage', 'tickets.handle', 'work-orders.manage', 'appointments.manage') && <GlobalSearch />}
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
      <ChangePasswordModal open={pwdOpen} onClose={() => setPwdOpen(false)} />
    </Layout.Header>
  );
}
