import { lazy } from 'react';
import { PayCircleOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 收银结算. */
export const cashierFeature: FeatureManifest = {
  key: 'cashier',
  i18n: ['cashier'],
  pages: [
    {
      path: '/cashier',
      perms: ['cashier.settle', 'work-orders.manage'],
      page: lazy(() => import('./CashierPage')),
      menu: { group: 'cashier', label: 'nav.cashier', icon: <PayCircleOutlined />, order: 10 },
    },
  ],
};
