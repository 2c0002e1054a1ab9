import { lazy } from 'react';
import { CheckSquareOutlined, DashboardOutlined, FundOutlined, MobileOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 车间: the live board, my jobs (phone), QC, KPIs. */
export const workshopFeature: FeatureManifest = {
  key: 'workshop',
  i18n: ['ws'],
  pages: [
    {
      path: '/workshop/board',
      perms: ['workshop.dispatch', 'workshop.work', 'qc.inspect'],
      page: lazy(() => import('./BoardPage')),
      menu: { group: 'workshop', label: 'nav.board', icon: <DashboardOutlined />, order: 10 },
    },
    {
      path: '/workshop/my-jobs',
      perms: ['workshop.work'],
      page: lazy(() => import('./MyJobsPage')),
      menu: { group: 'workshop', label: 'nav.myJobs', icon: <MobileOutlined />, order: 20 },
    },
    {
      path: '/workshop/qc',
      perms: ['qc.inspect'],
      page: lazy(() => import('./QcPage')),
      menu: { group: 'workshop', label: 'nav.qc', icon: <SafetyCertificateOutlined />, order: 30 },
    },
    {
      path: '/workshop/kpis',
      perms: ['workshop.dispatch', 'reports.read'],
      page: lazy(() => import('./KpisPage')),
      menu: { group: 'workshop', label: 'nav.workshopKpis', icon: <FundOutlined />, order: 40 },
    },
    {
      path: '/settings/qc-checklists',
      perms: ['settings.manage', 'qc.inspect'],
      page: lazy(() => import('./QcSettingsPage')),
      menu: { group: 'settings', label: 'ws.qcSettings', icon: <CheckSquareOutlined />, order: 70 },
    },
  ],
};
