import { type CSSProperties, lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Grid, Layout, Menu, type MenuProps } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../domain/auth/permissions';
import { usePointTime } from '../lib/time';
import { useSession } from '../session/SessionContext';
import { MENU_GROUPS } from './menu-groups';
import { groupOf, isGroup, menuKeyOf, NAV } from './nav';
import { TopBar } from './TopBar';

const NavDrawer = lazy(() => import('./NavDrawer').then((m) => ({ default: m.NavDrawer })));

const { Sider, Content } = Layout;

/** Read by screen readers, not drawn. */
export const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/** The admin frame: left menu by workspace, top bar, the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const { can } = useSession();
  // Dates on every page in the point's zone (lib/time).
  usePointTime();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const [openKeys, setOpenKeys] = useState<string[]>(() => MENU_GROUPS.map((g) => g.key));
  // A phone (< 768 px, e.g. 390 × 844 in the workshop): the menu lives in a drawer opened from the top bar.
  const screens = Grid.useBreakpoint();
  const isPhone = screens.md === undefined ? typeof window !== 'undefined' && window.innerWidth < 768 : !screens.md;
  const [drawerOpen, setDrawerOpen] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page closes the phone's menu
  useEffect(() => setDrawerOpen(false), [pathname]);

  const items = useMemo<MenuProps['items']>(() => {
    const allowed = (perms: readonly Permission[]) => perms.length === 0 || can(...perms);
    return NAV.flatMap((n) => {
      if (!isGroup(n)) return allowed(n.perms) ? [{ key: n.path, icon: n.icon, label: t(n.label) }] : [];
      const children = n.items.filter((i) => allowed(i.perms)).map((i) => ({ key: i.path, icon: i.icon, label: t(i.label) }));
      return children.length ? [{ key: n.key, icon: n.icon, label: t(n.label), children }] : [];
    });
  }, [t, can]);

  const group = groupOf(pathname);
  // The page's name is its one level-one heading (for screen readers and the window title).
  const current = NAV.flatMap((n) => (isGroup(n) ? n.items : [n])).find((i) => i.path === menuKeyOf(pathname));
  const pageName = current ? t(current.label) : t('app.name');
  useEffect(() => {
    document.title = `${pageName} · ${t('app.name')}`;
  }, [pageName, t]);
  const logo = (
    <Link
      to="/"
      aria-label={t('app.shortName')}
      style={{
        height: 56,
        display: 'flex',
        alignItems: 'center',
        gap: 10,
        padding: '0 20px',
        color: '#fff',
        fontWeight: 600,
        fontSize: 16,
        whiteSpace: 'nowrap',
        overflow: 'hidden',
        cursor: 'pointer',
      }}
    >
      <svg width="24" height="24" viewBox="0 0 32 32" aria-hidden>
        <rect width="32" height="32" rx="6" fill="#1668dc" />
        <path d="M9 21l7-12 7 12z" fill="#fff" />
      </svg>
      {(isPhone || !collapsed) && <span>{t('app.shortName')}</span>}
    </Link>
  );
  const menu = (inline: boolean) => (
    <Menu
      className="app-nav"
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={[menuKeyOf(pathname)]}
      openKeys={inline ? [...new Set([...openKeys, ...(group ? [group.key] : [])])] : undefined}
      onOpenChange={(keys) => setOpenKeys(keys as string[])}
      onClick={(e) => navigate(e.key)}
    />
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* The first Tab goes past the menu to the page (WCAG 2.4.1); visible only when focused. */}
      <a href="#main" className="skip-link" data-testid="skip-link">
        {t('layout.skipToContent')}
      </a>
      {isPhone ? (
        <Suspense fallback={null}>
          <NavDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)} title={t('layout.menu')}>
            {logo}
            <nav aria-label={t('layout.menu')}>{menu(true)}</nav>
          </NavDrawer>
        </Suspense>
      ) : (
        <Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          width={208}
          theme="dark"
          style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
        >
          {logo}
          {menu(!collapsed)}
        </Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <TopBar compact={isPhone} onMenu={isPhone ? () => setDrawerOpen(true) : undefined} menuOpen={drawerOpen} />
        <Content id="main" tabIndex={-1} style={{ padding: isPhone ? 8 : 16, minWidth: 0, outline: 'none' }}>
          <h1 style={VISUALLY_HIDDEN}>{pageName}</h1>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
