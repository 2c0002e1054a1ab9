import { Suspense, useEffect, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { Result, Spin } from 'antd';
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

/** Shows the page only to users whose permissions allow it. */
function Guarded({ perms, children }: { perms: readonly Permission[]; children: ReactNode }) {
  const { can } = useSession();
  const { t } = useTranslation();
  if (perms.length > 0 && !can(...perms)) {
    return <Result status="403" title="403" subTitle={t('common.forbiddenPage')} />;
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
        <Route path="*" element={<Result status="404" title="404" subTitle={t('common.notFoundPage')} />} />
      </Route>
    </Routes>
  );
}
