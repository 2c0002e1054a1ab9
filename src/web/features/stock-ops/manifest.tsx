import { lazy } from 'react';
import { AuditOutlined, SwapOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 调拨 between the stations of a network and 盘点 (count sheets, entry, variance, booking). */
export const stockOpsFeature: FeatureManifest = {
  key: 'stock-ops',
  i18n: ['transfers', 'stocktaking'],
  pages: [
    {
      path: '/transfers',
      perms: ['parts.manage', 'purchasing.manage'],
      page: lazy(() => import('./TransfersPage')),
      menu: { group: 'parts', label: 'nav.transfers', icon: <SwapOutlined />, order: 45 },
    },
    {
      path: '/stocktaking',
      perms: ['parts.manage', 'purchasing.manage'],
      page: lazy(() => import('./StocktakingPage')),
      menu: { group: 'parts', label: 'nav.stocktaking', icon: <AuditOutlined />, order: 47 },
    },
  ],
};
