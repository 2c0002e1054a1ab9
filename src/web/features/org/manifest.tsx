import { lazy } from 'react';
import { ClusterOutlined, ProfileOutlined, TableOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 组织: the org chart, positions (岗位职责), staffing (编制表). */
export const orgFeature: FeatureManifest = {
  key: 'org',
  i18n: ['org', 'staffing'],
  pages: [
    {
      path: '/org/chart',
      perms: ['org.read'],
      page: lazy(() => import('./OrgChartPage')),
      menu: { group: 'org', label: 'nav.orgChart', icon: <ClusterOutlined />, order: 10 },
    },
    {
      path: '/org/positions',
      perms: ['org.read'],
      page: lazy(() => import('./PositionsPage')),
      menu: { group: 'org', label: 'nav.positions', icon: <ProfileOutlined />, order: 20 },
    },
    {
      path: '/org/staffing',
      perms: ['org.read'],
      page: lazy(() => import('./StaffingPage')),
      menu: { group: 'org', label: 'nav.staffing', icon: <TableOutlined />, order: 30 },
    },
  ],
};
