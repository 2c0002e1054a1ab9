import { lazy } from 'react';
import { MessageOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 客户消息: the point's message templates (the history is shown on the customer). */
export const messagesFeature: FeatureManifest = {
  key: 'messages',
  i18n: ['messages'],
  pages: [
    {
      path: '/settings/messages',
      perms: ['settings.manage'],
      page: lazy(() => import('./MessageTemplatesPage')),
      menu: { group: 'settings', label: 'messages.nav', icon: <MessageOutlined />, order: 90 },
    },
  ],
};
