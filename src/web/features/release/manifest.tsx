import { lazy } from 'react';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 放行: the gate (门卫) finds the exit pass by number or plate and records that the car left. */
export const releaseFeature: FeatureManifest = {
  key: 'release',
  i18n: ['gate'],
  pages: [
    {
      path: '/gate',
      perms: ['release.gate', 'work-orders.manage', 'cashier.settle'],
      page: lazy(() => import('./GatePage')),
      menu: { group: 'cashier', label: 'nav.gate', icon: <SafetyCertificateOutlined />, order: 20 },
    },
  ],
};
