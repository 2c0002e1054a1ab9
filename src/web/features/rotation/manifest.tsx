import { lazy } from 'react';
import { SwapOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** Staff rotation of regional offices (人员轮换): quarterly plans, hand-over records, applied on the effective date. */
export const rotationFeature: FeatureManifest = {
  key: 'rotation',
  i18n: ['rot'],
  pages: [
    {
      path: '/network/rotations',
      perms: ['network.manage', 'org.read'],
      page: lazy(() => import('./RotationPage')),
      menu: { group: 'network', label: 'rot.nav', icon: <SwapOutlined />, order: 40 },
    },
  ],
};
