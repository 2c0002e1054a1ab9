import { lazy } from 'react';
import { ShopOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 服务网点. */
export const networkFeature: FeatureManifest = {
  key: 'network',
  i18n: ['points'],
  pages: [
    {
      path: '/network/points',
      perms: ['service-points.manage', 'org.read'],
      page: lazy(() => import('./ServicePointsPage')),
      menu: { group: 'network', label: 'nav.servicePoints', icon: <ShopOutlined />, order: 10 },
    },
  ],
};
