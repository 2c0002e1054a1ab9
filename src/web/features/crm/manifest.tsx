import { lazy } from 'react';
import { BulbOutlined, CommentOutlined, DashboardOutlined, FieldTimeOutlined } from '@ant-design/icons';
import type { Permission } from '../../../domain/auth/permissions';
import type { FeatureManifest } from '../feature';

const TicketsPage = lazy(() => import('./TicketsPage'));
const HANDLERS: Permission[] = ['tickets.handle', 'tickets.supervise'];

/** 客户关系: tickets (/tickets/:id opens one over the list), the dashboard, improvement actions, ticket settings. */
export const crmFeature: FeatureManifest = {
  key: 'crm',
  i18n: ['ticket', 'crm', 'tset'],
  pages: [
    { path: '/crm/tickets', perms: HANDLERS, page: TicketsPage, menu: { group: 'crm', label: 'nav.tickets', icon: <CommentOutlined />, order: 10 } },
    { path: '/tickets/:id', perms: HANDLERS, page: TicketsPage, under: '/crm/tickets' },
    {
      path: '/crm/dashboard',
      perms: ['tickets.supervise'],
      page: lazy(() => import('./dashboard/DashboardPage')),
      menu: { group: 'crm', label: 'nav.crmDashboard', icon: <DashboardOutlined />, order: 20 },
    },
    {
      path: '/crm/improvement',
      perms: HANDLERS,
      page: lazy(() => import('./improvement/ImprovementPage')),
      menu: { group: 'crm', label: 'nav.improvement', icon: <BulbOutlined />, order: 30 },
    },
    {
      path: '/settings/tickets',
      perms: ['settings.manage', 'tickets.supervise'],
      page: lazy(() => import('./settings/TicketSettingsPage')),
      menu: { group: 'settings', label: 'nav.ticketSettings', icon: <FieldTimeOutlined />, order: 40 },
    },
  ],
  redirects: { '/customer-relations/improvement': '/crm/improvement' },
};
