import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { isPublicPath, setUnauthorizedHandler } from './api/client';
import { useSession } from './session/SessionContext';
import { AppLayout } from './layout/AppLayout';
import { findNav } from './layout/nav';
import LoginPage from './features/auth/LoginPage';

const HomePage = lazy(() => import('./features/home/HomePage'));
const OrgChartPage = lazy(() => import('./features/org/OrgChartPage'));
const PositionsPage = lazy(() => import('./features/org/PositionsPage'));
const StaffingPage = lazy(() => import('./features/org/StaffingPage'));
const EmployeesPage = lazy(() => import('./features/employees/EmployeesPage'));
const ServicePointsPage = lazy(() => import('./features/network/ServicePointsPage'));
const UsersPage = lazy(() => import('./features/settings/UsersPage'));
const AuditPage = lazy(() => import('./features/settings/AuditPage'));
const TokensPage = lazy(() => import('./features/settings/TokensPage'));
const TicketsPage = lazy(() => import('./features/crm/TicketsPage'));
const CrmDashboardPage = lazy(() => import('./features/crm/dashboard/DashboardPage'));
const ImprovementPage = lazy(() => import('./features/crm/improvement/ImprovementPage'));
const TicketSettingsPage = lazy(() => import('./features/crm/settings/TicketSettingsPage'));
const CustomersPage = lazy(() => import('./features/customers/CustomersPage'));
const AppointmentsPage = lazy(() => import('./features/appointments/AppointmentsPage'));
const LaborCatalogPage = lazy(() => import('./features/catalogs/LaborCatalogPage'));
const PartsCatalogPage = lazy(() => import('./features/catalogs/PartsCatalogPage'));
const FeedbackFormPage = lazy(() => import('./features/feedback/FeedbackFormPage'));
const FeedbackStatusPage = lazy(() => import('./features/feedback/FeedbackStatusPage'));
const SurveyPage = lazy(() => import('./features/feedback/SurveyPage'));
const WorkOrdersPage = lazy(() => import('./features/work-orders/WorkOrdersPage'));
const ReceptionPage = lazy(() => import('./features/work-orders/ReceptionPage'));
const WorkOrderDetailPage = lazy(() => import('./features/work-orders/WorkOrderDetailPage'));
const CashierPage = lazy(() => import('./features/cashier/CashierPage'));
const FollowUpsPage = lazy(() => import('./features/follow-ups/FollowUpsPage'));
const BoardPage = lazy(() => import('./features/workshop/BoardPage'));
const MyJobsPage = lazy(() => import('./features/workshop/MyJobsPage'));
const QcPage = lazy(() => import('./features/workshop/QcPage'));
const WorkshopKpisPage = lazy(() => import('./features/workshop/KpisPage'));
const StockPage = lazy(() => import('./features/parts/StockPage'));
const PickingPage = lazy(() => import('./features/parts/PickingPage'));
const BackordersPage = lazy(() => import('./features/parts/BackordersPage'));

const PAGES: Record<string, ReactNode> = {
  '/customers': <CustomersPage />,
  '/appointments': <AppointmentsPage />,
  '/work-orders': <WorkOrdersPage />,
  '/work-orders/new': <ReceptionPage />,
  '/cashier': <CashierPage />,
  '/follow-ups': <FollowUpsPage />,
  '/workshop/board': <BoardPage />,
  '/workshop/my-jobs': <MyJobsPage />,
  '/workshop/qc': <QcPage />,
  '/workshop/kpis': <WorkshopKpisPage />,
  '/parts/stock': <StockPage />,
  '/parts/picking': <PickingPage />,
  '/parts/backorders': <BackordersPage />,
  '/crm/tickets': <TicketsPage />,
  '/crm/dashboard': <CrmDashboardPage />,
  '/crm/improvement': <ImprovementPage />,
  '/org/chart': <OrgChartPage />,
  '/org/positions': <PositionsPage />,
  '/org/staffing': <StaffingPage />,
  '/org/employees': <EmployeesPage />,
  '/network/points': <ServicePointsPage />,
  '/settings/users': <UsersPage />,
  '/settings/audit': <AuditPage />,
  '/settings/tokens': <TokensPage />,
  '/settings/tickets': <TicketSettingsPage />,
  '/settings/labor': <LaborCatalogPage />,
  '/settings/parts': <PartsCatalogPage />,
};

/** Customer pages: no login, no staff layout. */
const PUBLIC_PAGES: Record<string, ReactNode> = {
  '/feedback': <FeedbackFormPage />,
  '/feedback/status/:token': <FeedbackStatusPage />,
  '/feedback/survey/:token': <SurveyPage />,
};

export const PageSpinner = () => (
  <div style={{ display: 'grid', placeItems: 'center', minHeight: 240 }}>
    <Spin />
  </div>
);

/** Shows the page only to users whose permissions allow it. */
function Guarded({ path, children }: { path: string; children: ReactNode }) {
  const { can } = useSession();
  const { t } = useTranslation();
  const nav = findNav(path);
  if (nav && nav.perms.length > 0 && !can(...nav.perms)) {
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
      <Route path="/login" element={<LoginPage />} />
      {Object.entries(PUBLIC_PAGES).map(([path, el]) => (
        <Route key={path} path={path} element={<Suspense fallback={<PageSpinner />}>{el}</Suspense>} />
      ))}
      <Route element={<RequireLogin><AppLayout /></RequireLogin>}>
        <Route index element={<Guarded path="/"><HomePage /></Guarded>} />
        {Object.entries(PAGES).map(([path, el]) => (
          <Route key={path} path={path} element={<Guarded path={path}>{el}</Guarded>} />
        ))}
        <Route path="/customers/:id" element={<Guarded path="/customers"><CustomersPage /></Guarded>} />
        <Route path="/work-orders/:id" element={<Guarded path="/work-orders"><WorkOrderDetailPage /></Guarded>} />
        <Route path="/tickets/:id" element={<Guarded path="/crm/tickets"><TicketsPage /></Guarded>} />
        <Route path="/customer-relations/improvement" element={<Navigate to="/crm/improvement" replace />} />
        <Route path="*" element={<Result status="404" title="404" subTitle={t('common.notFoundPage')} />} />
      </Route>
    </Routes>
  );
}
