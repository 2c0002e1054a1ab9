import { lazy } from 'react';
import { PhoneOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 回访: the follow-up call queue. */
export const followUpsFeature: FeatureManifest = {
  key: 'follow-ups',
  i18n: ['fu'],
  pages: [
    {
      path: '/follow-ups',
      perms: ['followups.call', 'tickets.supervise'],
      page: lazy(() => import('./FollowUpsPage')),
      menu: { group: 'crm', label: 'nav.followUps', icon: <PhoneOutlined />, order: 40 },
    },
  ],
};
