import { lazy } from 'react';
import { CloudUploadOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 汽车维修电子健康档案: the records made at settlement and their upload, failures first, retried by hand. */
export const ehealthFeature: FeatureManifest = {
  key: 'ehealth',
  i18n: ['eh'],
  pages: [
    {
      path: '/settings/ehealth',
      perms: ['reports.read'],
      page: lazy(() => import('./EhealthPage')),
      menu: { group: 'network', label: 'eh.nav', icon: <CloudUploadOutlined />, order: 60 },
    },
  ],
};
