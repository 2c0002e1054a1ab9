/** The menu, built from the features' manifests: top-level entries, then the workspaces of menu-groups.tsx. */
import type { ReactNode } from 'react';
import type { Permission } from '../../domain/auth/permissions';
import { menuKeyOf, PAGES } from '../features/registry';
import { MENU_GROUPS } from './menu-groups';

export interface NavItem {
  path: string;
  /** i18n key of the label. */
  label: string;
  icon: ReactNode;
  /** Any one of these lets the user in; empty = everyone. */
  perms: readonly Permission[];
}

export interface NavGroup {
  key: string;
  label: string;
  icon: ReactNode;
  items: NavItem[];
}

const entries = PAGES.filter((p) => p.menu && !p.isPublic)
  .map((p) => ({ group: p.menu!.group, order: p.menu!.order, item: { path: p.path, label: p.menu!.label, icon: p.menu!.icon, perms: p.perms } }))
  .sort((a, b) => a.order - b.order);

/** The menu: top-level pages (首页), then each workspace with its pages; empty workspaces are left out. */
export const NAV: (NavItem | NavGroup)[] = [
  ...entries.filter((e) => !e.group).map((e) => e.item),
  ...MENU_GROUPS.map((g) => ({ key: g.key, label: g.label, icon: g.icon, items: entries.filter((e) => e.group === g.key).map((e) => e.item) })).filter(
    (g) => g.items.length > 0,
  ),
];

export const isGroup = (n: NavItem | NavGroup): n is NavGroup => 'items' in n;

export { menuKeyOf };

/** The workspace of a location, to keep it open in the menu. */
export const groupOf = (pathname: string) => NAV.find((n): n is NavGroup => isGroup(n) && n.items.some((i) => i.path === menuKeyOf(pathname)));
