import { useState } from 'react';
import { Avatar, Dropdown, Layout, Select, Space, Tag, Typography, theme } from 'antd';
import { EnvironmentOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/SessionContext';
import { LangSwitch } from './LangSwitch';
import { ChangePasswordModal } from './ChangePasswordModal';
import { NotificationBell } from './NotificationBell';
import { GlobalSearch } from './GlobalSearch';

/** Current service point (switchable when the user sees several), notifications, language, user menu. */
export function TopBar() {
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
        padding: '0 16px',
        height: 56,
        lineHeight: '56px',
        display: 'flex',
        alignItems: 'center',
        gap: 12,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        position: 'sticky',
        top: 0,
        zIndex: 10,
      }}
    >
      <Space size={6} data-testid="current-point">
        <EnvironmentOutlined style={{ color: token.colorPrimary }} />
        {points.length > 1 ? (
          <Select
            size="small"
            variant="borderless"
            value={pointId}
            onChange={setPointId}
            style={{ minWidth: 200 }}
            popupMatchSelectWidth={false}
            options={points.map((p) => ({ value: p.id, label: en && p.nameEn ? p.nameEn : p.nameZh, depth: p.depth }))}
            optionRender={(o) => <span style={{ paddingInlineStart: (o.data.depth ?? 0) * 14 }}>{o.label}</span>}
            aria-label={t('layout.servicePoint')}
          />
        ) : (
          <Typography.Text strong>{pointName}</Typography.Text>
        )}
      </Space>
      <div style={{ flex: 1 }} />
      {can('customers.manage', 'tickets.handle', 'work-orders.manage', 'appointments.manage') && <GlobalSearch />}
      <NotificationBell />
      <LangSwitch loggedIn />
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'password', icon: <KeyOutlined />, label: t('layout.changePassword') },
            { type: 'divider' },
            { key: 'logout', icon: <LogoutOutlined />, label: t('layout.logout'), danger: true },
          ],
          onClick: ({ key }) => (key === 'logout' ? void onLogout() : setPwdOpen(true)),
        }}
      >
        <Space style={{ cursor: 'pointer', lineHeight: 1 }} data-testid="user-menu">
          <Avatar size="small" icon={<UserOutlined />} style={{ background: token.colorPrimary }} />
          <span>{me?.displayName}</span>
          {me?.isSuperuser ? (
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
