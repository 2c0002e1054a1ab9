import { lazy } from 'react';
import { ExportOutlined, HourglassOutlined, InboxOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 配件: stock, picking, backorders. */
export const partsFeature: FeatureManifest = {
  key: 'parts',
  i18n: ['parts'],
  pages: [
    {
      path: '/parts/stock',
      perms: ['parts.manage', 'work-orders.manage', 'workshop.dispatch'],
      page: lazy(() => import('./StockPage')),
      menu: { group: 'parts', label: 'nav.stock', icon: <InboxOutlined />, order: 10 },
    },
    {
      path: '/parts/picking',
      perms: ['parts.manage'],
      page: lazy(() => import('./PickingPage')),
      menu: { group: 'parts', label: 'nav.picking', icon: <ExportOutlined />, order: 20 },
    },
    {
      path: '/parts/backorders',
      perms: ['parts.manage', 'work-orders.manage', 'workshop.dispatch'],
      page: lazy(() => import('./BackordersPage')),
      menu: { group: 'parts', label: 'nav.backorders', icon: <HourglassOutlined />, order: 30 },
    },
  ],
};
