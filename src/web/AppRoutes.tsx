import { Suspense, useEffect, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../domain/auth/permissions';
import { isPublicPath, setUnauthorizedHandler } from './api/client';
import { useSession } from './session/SessionContext';
import { AppLayout } from './layout/AppLayout';
import { PAGES, REDIRECTS } from './features/registry';

export const PageSpinner = () => (
  <div style={{ display: 'grid', placeItems: 'center', minHeight: 240 }}>
    <Spin />
  </div>
);

/** 403 / 404 in the page area (antd's Result would bring its illustrations into the first screen). */
function PageMessage({ code, text }: { code: string; text: string }) {
  return (
    <div role="status" style={{ textAlign: 'center', padding: '64px 16px' }}>
      <Typography.Title level={2} style={{ marginBottom: 8 }}>
        {code}
      </Typography.Title>
      <Typography.Text type="secondary">{text}</Typography.Text>
    </div>
  );
}

/** Shows the page only to users whose permissions allow it. */
function Guarded({ perms, children }: { perms: readonly Permission[]; children: ReactNode }) {
  const { can } = useSession();
  const { t } = useTranslation();
  if (perms.length > 0 && !can(...perms)) {
    return <PageMessage code="403" text={t('common.forbiddenPage')} />;
  }
  return <Suspense fallback={<PageSpinner />}>{children}</Suspense>;
}

function RequireLogin({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const location = useLocation();
  if (me === undefined) return <PageSpinner />;
  if (me === null) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}

const publicPages = PAGES.filter((p) => p.isPublic);
const staffPages = PAGES.filter((p) => !p.isPublic);

/** The routes of every feature's pages (features/index.ts): customer pages bare, staff pages in the layout behind the login. */
export function AppRoutes() {
  const navigate = useNavigate();
  const { t } = useTranslation();
  const { refresh } = useSession();
  useEffect(() => {
    setUnauthorizedHandler(() => {
      if (isPublicPath(window.location.pathname)) return;
      void refresh().finally(() => navigate('/login?next=' + encodeURIComponent(window.location.pathname), { replace: true }));
    });
  }, [navigate, refresh]);

  return (
    <Routes>
      {publicPages.map(({ path, page: Page }) => (
        <Route
          key={path}
          path={path}
          element={
            <Suspense fallback={<PageSpinner />}>
              <Page />
            </Suspense>
          }
        />
      ))}
      <Route
        element={
          <RequireLogin>
            <AppLayout />
          </RequireLogin>
        }
      >
        {staffPages.map(({ path, perms, page: Page }) => {
          const element = (
            <Guarded key={path} perms={perms}>
              <Page />
            </Guarded>
          );
          return path === '/' ? <Route key={path} index element={element} /> : <Route key={path} path={path} element={element} />;
        })}
        {Object.entries(REDIRECTS).map(([from, to]) => (
          <Route key={from} path={from} element={<Navigate to={to} replace />} />
        ))}
        <Route path="*" element={<PageMessage code="404" text={t('common.notFoundPage')} />} />
      </Route>
    </Routes>
  );
}
