/**
 * Every feature of the web app, one line each. A feature is its folder with a manifest (its pages, who may open
 * them, their menu entries, its texts); the routes (AppRoutes) and the menu (layout/nav) read this list through
 * registry.ts. Menu order comes from layout/menu-groups.tsx and each entry's `order`, so the order here is free.
 */
export { homeFeature } from './home/manifest';
export { approvalsFeature } from './approvals/manifest';
export { customersFeature } from './customers/manifest';
export { appointmentsFeature } from './appointments/manifest';
export { workOrdersFeature } from './work-orders/manifest';
export { cashierFeature } from './cashier/manifest';
export { releaseFeature } from './release/manifest';
export { workshopFeature } from './workshop/manifest';
export { partsFeature } from './parts/manifest';
export { crmFeature } from './crm/manifest';
export { followUpsFeature } from './follow-ups/manifest';
export { orgFeature } from './org/manifest';
export { employeesFeature } from './employees/manifest';
export { networkFeature } from './network/manifest';
export { settingsFeature } from './settings/manifest';
export { messagesFeature } from './messages/manifest';
export { catalogsFeature } from './catalogs/manifest';
export { feedbackFeature } from './feedback/manifest';
export { extraWorkFeature } from './extra-work/manifest';
export { claimsFeature } from './claims/manifest';
export { authFeature } from './auth/manifest';
export { membersFeature } from './members/manifest';
export { kpiFeature } from './kpi/manifest';
export { networkReportsFeature } from './network-reports/manifest';
export { insuranceFeature } from './insurance/manifest';
export { fieldServiceFeature } from './field-service/manifest';
export { purchasingFeature } from './purchasing/manifest';
export { warrantyFeature } from './warranty/manifest';
export { knowledgeFeature } from './knowledge/manifest';
export { rotationFeature } from './rotation/manifest';
export { subsidiesFeature } from './subsidies/manifest';
export { orgAdvisorFeature } from './org-advisor/manifest';
export { ehealthFeature } from './ehealth/manifest';
export { stockOpsFeature } from './stock-ops/manifest';
