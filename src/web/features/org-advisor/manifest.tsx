import { lazy } from 'react';
import { BulbOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 组织设计建议: questions → a recommended after-sales structure beside the current chart, installable as a draft. */
export const orgAdvisorFeature: FeatureManifest = {
  key: 'org-advisor',
  i18n: ['adv'],
  pages: [
    {
      path: '/org/advisor',
      perms: ['org.read'],
      page: lazy(() => import('./AdvisorPage')),
      menu: { group: 'org', label: 'adv.nav', icon: <BulbOutlined />, order: 40 },
    },
  ],
};
