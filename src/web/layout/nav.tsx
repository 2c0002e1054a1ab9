import type { ReactNode } from 'react';
import {
  ApartmentOutlined, CalendarOutlined, CarOutlined, ClockCircleOutlined, ContactsOutlined, ScheduleOutlined, ToolOutlined, AuditOutlined, BulbOutlined, ClusterOutlined, CommentOutlined, CustomerServiceOutlined, DashboardOutlined,
  BuildOutlined, ExportOutlined, FundOutlined, HourglassOutlined, InboxOutlined, MobileOutlined, SafetyCertificateOutlined, ShoppingCartOutlined,
  FieldTimeOutlined, HomeOutlined, FileAddOutlined, FileTextOutlined, PayCircleOutlined, PhoneOutlined, SolutionOutlined, WalletOutlined, IdcardOutlined, KeyOutlined, ProfileOutlined, ShopOutlined, TableOutlined, TeamOutlined, UserOutlined,
} from '@ant-design/icons';
import type { Permission } from '../../domain/auth/permissions';

export interface NavItem {
  path: string;
  /** i18n key of the label. */
  label: string;
  icon: ReactNode;
  /** Any one of these lets the user in; empty = everyone. */
  perms: Permission[];
}

export interface NavGroup {
  key: string;
  label: string;
  icon: ReactNode;
  items: NavItem[];
}

/** Who may read the labor-time and parts catalogs (editing needs settings.manage / parts.manage). */
const CATALOG_READERS: Permission[] = ['work-orders.manage', 'parts.manage', 'settings.manage', 'appointments.manage', 'claims.manage'];

/** The menu: workspaces (groups) and pages. Only built workspaces are listed. */
export const NAV: (NavItem | NavGroup)[] = [
  { path: '/', label: 'nav.home', icon: <HomeOutlined />, perms: [] },
  {
    key: 'customers', label: 'nav.customersGroup', icon: <ContactsOutlined />,
    items: [{ path: '/customers', label: 'nav.customers', icon: <CarOutlined />, perms: ['customers.manage', 'appointments.manage', 'tickets.handle', 'work-orders.manage'] }],
  },
  {
    key: 'appointments', label: 'nav.appointmentsGroup', icon: <CalendarOutlined />,
    items: [{ path: '/appointments', label: 'nav.appointments', icon: <ScheduleOutlined />, perms: ['appointments.manage', 'workshop.dispatch'] }],
  },
  {
    key: 'reception', label: 'nav.receptionGroup', icon: <SolutionOutlined />,
    items: [
      { path: '/work-orders', label: 'nav.workOrders', icon: <FileTextOutlined />, perms: ['work-orders.manage'] },
      { path: '/work-orders/new', label: 'nav.reception', icon: <FileAddOutlined />, perms: ['work-orders.manage'] },
    ],
  },
  {
    key: 'cashier', label: 'nav.cashierGroup', icon: <WalletOutlined />,
    items: [{ path: '/cashier', label: 'nav.cashier', icon: <PayCircleOutlined />, perms: ['cashier.settle', 'work-orders.manage'] }],
  },
  {
    key: 'workshop', label: 'nav.workshopGroup', icon: <BuildOutlined />,
    items: [
      { path: '/workshop/board', label: 'nav.board', icon: <DashboardOutlined />, perms: ['workshop.dispatch', 'workshop.work', 'qc.inspect'] },
      { path: '/workshop/my-jobs', label: 'nav.myJobs', icon: <MobileOutlined />, perms: ['workshop.work'] },
      { path: '/workshop/qc', label: 'nav.qc', icon: <SafetyCertificateOutlined />, perms: ['qc.inspect'] },
      { path: '/workshop/kpis', label: 'nav.workshopKpis', icon: <FundOutlined />, perms: ['workshop.dispatch', 'reports.read'] },
    ],
  },
  {
    key: 'parts', label: 'nav.partsGroup', icon: <ShoppingCartOutlined />,
    items: [
      { path: '/parts/stock', label: 'nav.stock', icon: <InboxOutlined />, perms: ['parts.manage', 'work-orders.manage', 'workshop.dispatch'] },
      { path: '/parts/picking', label: 'nav.picking', icon: <ExportOutlined />, perms: ['parts.manage'] },
      { path: '/parts/backorders', label: 'nav.backorders', icon: <HourglassOutlined />, perms: ['parts.manage', 'work-orders.manage', 'workshop.dispatch'] },
    ],
  },
  {
    key: 'crm', label: 'nav.crm', icon: <CustomerServiceOutlined />,
    items: [
      { path: '/crm/tickets', label: 'nav.tickets', icon: <CommentOutlined />, perms: ['tickets.handle', 'tickets.supervise'] },
      { path: '/crm/dashboard', label: 'nav.crmDashboard', icon: <DashboardOutlined />, perms: ['tickets.supervise'] },
      { path: '/crm/improvement', label: 'nav.improvement', icon: <BulbOutlined />, perms: ['tickets.handle', 'tickets.supervise'] },
      { path: '/follow-ups', label: 'nav.followUps', icon: <PhoneOutlined />, perms: ['followups.call', 'tickets.supervise'] },
    ],
  },
  {
    key: 'org', label: 'nav.org', icon: <ApartmentOutlined />,
    items: [
      { path: '/org/chart', label: 'nav.orgChart', icon: <ClusterOutlined />, perms: ['org.read'] },
      { path: '/org/positions', label: 'nav.positions', icon: <ProfileOutlined />, perms: ['org.read'] },
      { path: '/org/staffing', label: 'nav.staffing', icon: <TableOutlined />, perms: ['org.read'] },
      { path: '/org/employees', label: 'nav.employees', icon: <IdcardOutlined />, perms: ['org.read'] },
    ],
  },
  {
    key: 'network', label: 'nav.network', icon: <ShopOutlined />,
    items: [{ path: '/network/points', label: 'nav.servicePoints', icon: <ShopOutlined />, perms: ['service-points.manage', 'org.read'] }],
  },
  {
    key: 'settings', label: 'nav.settings', icon: <TeamOutlined />,
    items: [
      { path: '/settings/users', label: 'nav.users', icon: <UserOutlined />, perms: ['users.manage'] },
      { path: '/settings/audit', label: 'nav.audit', icon: <AuditOutlined />, perms: ['audit.read'] },
      { path: '/settings/tokens', label: 'nav.tokens', icon: <KeyOutlined />, perms: ['tokens.manage'] },
      { path: '/settings/tickets', label: 'nav.ticketSettings', icon: <FieldTimeOutlined />, perms: ['settings.manage', 'tickets.supervise'] },
      { path: '/settings/labor', label: 'nav.laborCatalog', icon: <ClockCircleOutlined />, perms: CATALOG_READERS },
      { path: '/settings/parts', label: 'nav.partsCatalog', icon: <ToolOutlined />, perms: CATALOG_READERS },
    ],
  },
];

export const isGroup = (n: NavItem | NavGroup): n is NavGroup => 'items' in n;

/** Every page, flat, for the route guards and breadcrumbs. */
export const NAV_ITEMS: NavItem[] = NAV.flatMap((n) => (isGroup(n) ? n.items : [n]));

/** Pages reached by a link rather than the menu, shown under a menu entry (/tickets/:id → the ticket list). */
export function menuKeyOf(pathname: string): string {
  if (pathname.startsWith('/tickets/')) return '/crm/tickets';
  if (pathname.startsWith('/customers/')) return '/customers';
  if (pathname.startsWith('/work-orders/') && pathname !== '/work-orders/new') return '/work-orders';
  return pathname;
}

export const findNav = (pathname: string) => NAV_ITEMS.find((i) => i.path === menuKeyOf(pathname));

export const groupOf = (pathname: string) =>
  NAV.find((n): n is NavGroup => isGroup(n) && n.items.some((i) => i.path === menuKeyOf(pathname)));
