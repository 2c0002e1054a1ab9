import { lazy } from 'react';
import { ApartmentOutlined, SafetyCertificateOutlined, ShopOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 服务网点; 网络管理 (stars, accreditation, scorecards, rectification); GB/T 27922 自评. */
export const networkFeature: FeatureManifest = {
  key: 'network',
  i18n: ['points', 'netadmin', 'gbt'],
  pages: [
    {
      path: '/network/points',
      perms: ['service-points.manage', 'org.read'],
      page: lazy(() => import('./ServicePointsPage')),
      menu: { group: 'network', label: 'nav.servicePoints', icon: <ShopOutlined />, order: 10 },
    },
    {
      path: '/network/admin',
      perms: ['network.manage', 'service-points.manage', 'reports.read'],
      page: lazy(() => import('./NetworkAdminPage')),
      menu: { group: 'network', label: 'netadmin.nav', icon: <ApartmentOutlined />, order: 12 },
    },
    {
      path: '/network/gbt27922',
      perms: ['quality.manage', 'network.manage', 'reports.submit'],
      page: lazy(() => import('./GbtPage')),
      menu: { group: 'network', label: 'gbt.nav', icon: <SafetyCertificateOutlined />, order: 40 },
    },
  ],
};
