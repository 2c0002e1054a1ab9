import { lazy } from 'react';
import { CreditCardOutlined, GiftOutlined, CrownOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 会员卡与储值 (cashier), 保养套餐 and 会员等级 (settings). */
export const membersFeature: FeatureManifest = {
  key: 'members',
  i18n: ['members'],
  pages: [
    {
      path: '/cashier/member-cards',
      perms: ['cashier.settle', 'customers.manage', 'settings.manage'],
      page: lazy(() => import('./MemberCardsPage')),
      menu: { group: 'cashier', label: 'members.navCards', icon: <CreditCardOutlined />, order: 20 },
    },
    {
      path: '/settings/packages',
      perms: ['settings.manage', 'work-orders.manage', 'cashier.settle'],
      page: lazy(() => import('./PackagesPage')),
      menu: { group: 'settings', label: 'members.navPackages', icon: <GiftOutlined />, order: 65 },
    },
    {
      path: '/settings/member-levels',
      perms: ['settings.manage'],
      page: lazy(() => import('./LevelsPage')),
      menu: { group: 'settings', label: 'members.navLevels', icon: <CrownOutlined />, order: 66 },
    },
  ],
};
