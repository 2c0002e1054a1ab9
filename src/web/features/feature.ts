/** What a feature declares about itself: its pages (route, who may open them, menu entry) and its texts. */
import type { ComponentType, ReactNode } from 'react';
import type { Permission } from '../../domain/auth/permissions';

/** The menu's workspaces (layout/menu-groups.tsx gives their labels, icons and order). */
export type MenuGroupKey =
  | 'customers'
  | 'appointments'
  | 'reception'
  | 'cashier'
  | 'workshop'
  | 'parts'
  | 'field'
  | 'crm'
  | 'warranty'
  | 'org'
  | 'network'
  | 'settings';

export interface MenuEntry {
  /** The workspace; none = a top-level entry (首页). */
  group?: MenuGroupKey;
  /** i18n key of the label. */
  label: string;
  icon: ReactNode;
  /** Position within the group (the groups mix pages of several features). */
  order: number;
}

export interface PageDef {
  /** Route path, e.g. '/work-orders/:id'; '/' is the home page. */
  path: string;
  /** Any one of these lets the user in; empty = everyone logged in. */
  perms: readonly Permission[];
  /** The page, usually React.lazy(() => import('./XPage')) so it loads when first opened. */
  page: ComponentType;
  /** Its menu entry; a page without one is reached by links. */
  menu?: MenuEntry;
  /** For pages reached by a link: the menu entry they are shown under ('/tickets/:id' → '/crm/tickets'). */
  under?: string;
  /** A customer page: no login, no staff layout. */
  isPublic?: boolean;
}

export interface FeatureManifest {
  key: string;
  /** Top-level sections of the feature's texts in the dictionaries (src/web/i18n), e.g. ['wo']. */
  i18n?: readonly string[];
  pages: readonly PageDef[];
  /** Old addresses that still work: from → to. */
  redirects?: Readonly<Record<string, string>>;
}
