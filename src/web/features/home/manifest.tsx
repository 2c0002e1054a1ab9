import { lazy } from 'react';
import { HomeOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 首页: today's numbers for my role. */
export const homeFeature: FeatureManifest = {
  key: 'home',
  i18n: ['home', 'today'],
  pages: [{ path: '/', perms: [], page: lazy(() => import('./HomePage')), menu: { label: 'nav.home', icon: <HomeOutlined />, order: 0 } }],
};
