import { lazy } from 'react';
import { ToolOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 增项: the advisor's to-do and the customer's approval page (no login). */
export const extraWorkFeature: FeatureManifest = {
  key: 'extra-work',
  i18n: ['xw'],
  pages: [
    {
      path: '/reception/extra-work',
      perms: ['work-orders.manage'],
      page: lazy(() => import('./ExtraWorkTodoPage')),
      menu: { group: 'reception', label: 'xw.nav', icon: <ToolOutlined />, order: 15 },
    },
    { path: '/extra-work/:token', perms: [], isPublic: true, page: lazy(() => import('./PublicExtraWorkPage')) },
  ],
};
