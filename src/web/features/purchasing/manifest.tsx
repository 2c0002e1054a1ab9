import { lazy } from 'react';
import { DashboardOutlined, ShoppingCartOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 采购 (suggestion, purchase orders, receiving) and the parts dashboard. */
export const purchasingFeature: FeatureManifest = {
  key: 'purchasing',
  i18n: ['purchasing'],
  pages: [
    {
      path: '/purchasing',
      perms: ['purchasing.manage', 'parts.manage'],
      page: lazy(() => import('./PurchasingPage')),
      menu: { group: 'parts', label: 'nav.purchasing', icon: <ShoppingCartOutlined />, order: 40 },
    },
    {
      path: '/parts/dashboard',
      perms: ['purchasing.manage', 'parts.manage', 'reports.read'],
      page: lazy(() => import('./PartsDashboardPage')),
      menu: { group: 'parts', label: 'nav.partsDashboard', icon: <DashboardOutlined />, order: 50 },
    },
  ],
};
