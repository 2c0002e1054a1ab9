import { lazy } from 'react';
import { ClockCircleOutlined, ToolOutlined } from '@ant-design/icons';
import type { Permission } from '../../../domain/auth/permissions';
import type { FeatureManifest } from '../feature';

/** Who may read the labor-time and parts catalogs (editing needs settings.manage / parts.manage). */
const CATALOG_READERS: Permission[] = ['work-orders.manage', 'parts.manage', 'settings.manage', 'appointments.manage', 'claims.manage'];

/** 标准工时 (with the labor-rate matrix) and 配件目录. */
export const catalogsFeature: FeatureManifest = {
  key: 'catalogs',
  i18n: ['catalog'],
  pages: [
    {
      path: '/settings/labor',
      perms: CATALOG_READERS,
      page: lazy(() => import('./LaborCatalogPage')),
      menu: { group: 'settings', label: 'nav.laborCatalog', icon: <ClockCircleOutlined />, order: 50 },
    },
    {
      path: '/settings/parts',
      perms: CATALOG_READERS,
      page: lazy(() => import('./PartsCatalogPage')),
      menu: { group: 'settings', label: 'nav.partsCatalog', icon: <ToolOutlined />, order: 60 },
    },
  ],
};
