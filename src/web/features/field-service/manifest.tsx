import { lazy } from 'react';
import { DatabaseOutlined, MobileOutlined, PhoneOutlined, ScheduleOutlined } from '@ant-design/icons';
import { BarChartOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { CalendarOutlined, ToolOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 现场服务: hotline intake, the equipment archive, the plan board, the engineer's phone page. */
export const fieldServiceFeature: FeatureManifest = {
  key: 'field-service',
  i18n: ['fld', 'fkpi', 'ftr', 'fmove', 'fli'],
  pages: [
    {
      path: '/field/requests',
      perms: ['field.manage'],
      page: lazy(() => import('./RequestsPage')),
      menu: { group: 'field', label: 'fld.navRequests', icon: <PhoneOutlined />, order: 10 },
    },
    {
      path: '/field/units',
      perms: ['field.manage', 'field.dispatch'],
      page: lazy(() => import('./UnitsPage')),
      menu: { group: 'field', label: 'fld.navUnits', icon: <DatabaseOutlined />, order: 20 },
    },
    {
      path: '/field/board',
      perms: ['field.dispatch'],
      page: lazy(() => import('./PlanBoardPage')),
      menu: { group: 'field', label: 'fld.navBoard', icon: <ScheduleOutlined />, order: 30 },
    },
    {
      path: '/field/my-visits',
      perms: ['field.work'],
      page: lazy(() => import('./MyVisitsPage')),
      menu: { group: 'field', label: 'fld.navMyVisits', icon: <MobileOutlined />, order: 40 },
    },
    {
      path: '/field/kpis',
      perms: ['field.dispatch', 'reports.read'],
      page: lazy(() => import('./FieldKpiPage')),
      menu: { group: 'field', label: 'fkpi.nav', icon: <BarChartOutlined />, order: 60 },
    },
    {
      path: '/field/training',
      perms: ['training.manage', 'field.dispatch'],
      page: lazy(() => import('./TrainingPage')),
      menu: { group: 'field', label: 'ftr.nav', icon: <SafetyCertificateOutlined />, order: 70 },
    },
    {
      path: '/field/install',
      perms: ['field.manage', 'field.work'],
      page: lazy(() => import('./InstallPage')),
      menu: { group: 'field', label: 'fli.nav', icon: <ToolOutlined />, order: 25 },
    },
    {
      path: '/field/maintenance',
      perms: ['field.manage', 'field.dispatch'],
      page: lazy(() => import('./MaintenancePage')),
      menu: { group: 'field', label: 'fli.navMaintenance', icon: <CalendarOutlined />, order: 35 },
    },
  ],
};
