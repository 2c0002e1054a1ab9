import { describe, expect, it } from 'vitest';
import { zhCN } from '../i18n/zh-CN';
import { enUS } from '../i18n/en-US';
import { isGroup, NAV } from '../layout/nav';
import { FEATURES, findPage, menuKeyOf, PAGES } from './registry';

describe('feature manifests', () => {
  it('give every page its own path', () => {
    const paths = PAGES.map((p) => p.path);
    expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
  });

  it('name texts that exist in both dictionaries', () => {
    const missing = FEATURES.flatMap((f) => (f.i18n ?? []).filter((ns) => !(ns in zhCN) || !(ns in enUS)).map((ns) => `${f.key}: ${ns}`));
    expect(missing).toEqual([]);
  });

  it('show pages reached by a link under a menu entry', () => {
    const menu = new Set(PAGES.filter((p) => p.menu).map((p) => p.path));
    expect(PAGES.filter((p) => p.under && !menu.has(p.under)).map((p) => p.path)).toEqual([]);
    expect(menuKeyOf('/work-orders/new')).toBe('/work-orders/new');
    expect(menuKeyOf('/work-orders/0b5c')).toBe('/work-orders');
    expect(menuKeyOf('/tickets/0b5c')).toBe('/crm/tickets');
    expect(findPage('/feedback/status/abc')?.isPublic).toBe(true);
  });

  it('build the menu: 首页 first, then the workspaces in order, each page once', () => {
    expect(NAV[0]).toMatchObject({ path: '/', label: 'nav.home' });
    expect(NAV.filter(isGroup).map((g) => g.key)).toEqual([
      'customers',
      'appointments',
      'reception',
      'cashier',
      'workshop',
      'parts',
      'field',
      'crm',
      'warranty',
      'org',
      'network',
      'settings',
    ]);
    const settings = NAV.filter(isGroup).find((g) => g.key === 'settings')!;
    expect(settings.items.map((i) => i.path)).toEqual([
      '/settings/users',
      '/settings/audit',
      '/settings/tokens',
      '/settings/tickets',
      '/settings/labor',
      '/settings/parts',
      '/settings/packages',
      '/settings/member-levels',
      '/settings/qc-checklists',
      '/settings/messages',
    ]);
  });
});
