import { lazy } from 'react';
import { FileAddOutlined, FileTextOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 工单, 接车开单 and one work order (/work-orders/:id, under the list). */
export const workOrdersFeature: FeatureManifest = {
  key: 'work-orders',
  i18n: ['wo'],
  pages: [
    {
      path: '/work-orders',
      perms: ['work-orders.manage'],
      page: lazy(() => import('./WorkOrdersPage')),
      menu: { group: 'reception', label: 'nav.workOrders', icon: <FileTextOutlined />, order: 10 },
    },
    {
      path: '/work-orders/new',
      perms: ['work-orders.manage'],
      page: lazy(() => import('./ReceptionPage')),
      menu: { group: 'reception', label: 'nav.reception', icon: <FileAddOutlined />, order: 20 },
    },
    { path: '/work-orders/:id', perms: ['work-orders.manage'], page: lazy(() => import('./WorkOrderDetailPage')), under: '/work-orders' },
  ],
};
