import { lazy } from 'react';
import { AuditOutlined, KeyOutlined, UserOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 设置: users, the audit log, API tokens. */
export const settingsFeature: FeatureManifest = {
  key: 'settings',
  i18n: ['users', 'audit', 'tokens'],
  pages: [
    {
      path: '/settings/users',
      perms: ['users.manage'],
      page: lazy(() => import('./UsersPage')),
      menu: { group: 'settings', label: 'nav.users', icon: <UserOutlined />, order: 10 },
    },
    {
      path: '/settings/audit',
      perms: ['audit.read'],
      page: lazy(() => import('./AuditPage')),
      menu: { group: 'settings', label: 'nav.audit', icon: <AuditOutlined />, order: 20 },
    },
    {
      path: '/settings/tokens',
      perms: ['tokens.manage'],
      page: lazy(() => import('./TokensPage')),
      menu: { group: 'settings', label: 'nav.tokens', icon: <KeyOutlined />, order: 30 },
    },
  ],
};
