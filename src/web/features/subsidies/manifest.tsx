import { lazy } from 'react';
import { MoneyCollectOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** Service subsidies (服务补贴): rules per dealer type, monthly statements, review, approval, export. */
export const subsidiesFeature: FeatureManifest = {
  key: 'subsidies',
  i18n: ['sub'],
  pages: [
    {
      path: '/network/subsidies',
      perms: ['network.manage'],
      page: lazy(() => import('./SubsidiesPage')),
      menu: { group: 'network', label: 'sub.nav', icon: <MoneyCollectOutlined />, order: 50 },
    },
  ],
};
