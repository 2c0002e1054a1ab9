import { lazy } from 'react';
import { AlertOutlined, FileProtectOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 三包: recalls and campaigns, 换/退 requests, the manufacturer's policies (menu group 索赔, shared with claims). */
export const warrantyFeature: FeatureManifest = {
  key: 'warranty',
  i18n: ['wty'],
  pages: [
    {
      path: '/warranty/campaigns',
      perms: ['campaigns.manage', 'claims.manage', 'work-orders.manage'],
      page: lazy(() => import('./CampaignsPage')),
      menu: { group: 'warranty', label: 'wty.campaigns', icon: <AlertOutlined />, order: 50 },
    },
    {
      path: '/warranty/returns',
      perms: ['claims.manage', 'work-orders.manage'],
      page: lazy(() => import('./ReturnsPage')),
      menu: { group: 'warranty', label: 'wty.returns', icon: <FileProtectOutlined />, order: 60 },
    },
    {
      path: '/warranty/policies',
      perms: ['warranty.policies', 'claims.manage', 'campaigns.manage'],
      page: lazy(() => import('./PoliciesPage')),
      menu: { group: 'warranty', label: 'wty.policies', icon: <SafetyCertificateOutlined />, order: 70 },
    },
  ],
};
