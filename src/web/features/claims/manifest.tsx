import { lazy } from 'react';
import { AuditOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 索赔 workspace (claims half): claims and the reviewer's queue, old parts and batches, statements, supplier recovery. */
export const claimsFeature: FeatureManifest = {
  key: 'claims',
  i18n: ['cl'],
  pages: [
    {
      path: '/claims',
      perms: ['claims.manage', 'claims.review'],
      page: lazy(() => import('./ClaimsPage')),
      menu: { group: 'warranty', label: 'cl.nav', icon: <AuditOutlined />, order: 10 },
    },
    { path: '/claims/:id', perms: ['claims.manage', 'claims.review'], page: lazy(() => import('./ClaimsPage')), under: '/claims' },
  ],
};
