import type { Dictionary } from './zh-CN';
import { feedbackEn } from './feedback.en-US';
import { ticketsEn } from './tickets.en-US';
import { customersEn } from './customers.en-US';
import { appointmentsEn } from './appointments.en-US';
import { catalogsEn } from './catalogs.en-US';
import { workOrdersEn } from './workorders.en-US';
import { cashierEn } from './cashier.en-US';
import { todayEn } from './today.en-US';
import { workshopEn } from './workshop.en-US';
import { partsEn } from './parts.en-US';

/** Same keys as zh-CN (checked by the compiler), plus English plural forms (key_one). */
type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> } & { [plural: `${string}_one`]: string };

export const enUS: Translation<Dictionary> = {
  app: { name: 'Aftersales Service Management', shortName: 'Aftersales' },
  nav: {
    home: 'Home', org: 'Organization', orgChart: 'Org chart', positions: 'Positions', staffing: 'Staffing plan', employees: 'Employees',
    network: 'Network', servicePoints: 'Service points', settings: 'Settings', users: 'Users', audit: 'Audit log', tokens: 'API tokens',
    crm: 'Customer relations', tickets: 'Customer feedback', crmDashboard: 'CR dashboard', improvement: 'Service improvement', ticketSettings: 'Complaint settings',
    customersGroup: 'Customers', customers: 'Customers & vehicles', appointmentsGroup: 'Appointments', appointments: 'Appointment board', laborCatalog: 'Labor times', partsCatalog: 'Parts catalog',
    receptionGroup: 'Reception', workOrders: 'Work orders', reception: 'Receive a car', cashierGroup: 'Cashier', cashier: 'Settlement', followUps: 'Follow-up calls',
    workshopGroup: 'Workshop', board: 'Repair board', myJobs: 'My jobs', qc: 'Quality check', workshopKpis: 'Workshop KPIs',
    partsGroup: 'Parts', stock: 'Stock', picking: 'Picking', backorders: 'Backorders',
  },
  common: {
    save: 'Save', cancel: 'Cancel', ok: 'OK', edit: 'Edit', delete: 'Delete', view: 'View', refresh: 'Refresh', retry: 'Retry',
    actions: 'Actions', status: 'Status', saved: 'Saved', deleted: 'Deleted',
    staleVersion: 'Someone else changed this record. Please reload and try again.',
    loadFailed: 'Could not load', forbiddenPage: 'Your positions do not allow this page. Ask your system administrator for access.',
    notFoundPage: 'Page not found', totalItems: '{{count}} items', totalItems_one: '{{count}} item',
  },
  auth: {
    subtitle: 'After-sales management for service stations and networks', username: 'Username', password: 'Password', login: 'Log in',
    usernameRequired: 'Enter your username', passwordRequired: 'Enter your password', loginFailed: 'Login failed', customerFeedback: 'Customer feedback',
  },
  layout: {
    servicePoint: 'Current service point', changePassword: 'Change password', logout: 'Log out', superuser: 'Superuser',
    currentPassword: 'Current password', currentPasswordRequired: 'Enter your current password', newPassword: 'New password',
    newPasswordRule: 'At least 8 characters', confirmPassword: 'Confirm new password', confirmPasswordRequired: 'Enter the new password again',
    passwordMismatch: 'The passwords do not match', passwordChanged: 'Password changed',
    notifications: 'Notifications', unreadCount: '{{count}} unread', noNotifications: 'No notifications',
  },
  status: {
    headcount: { ok: 'Staffed', under: 'Understaffed', vacant: 'Vacant', over: 'Overstaffed' },
    cert: { valid: 'Valid', expiring: 'Expiring soon', expired: 'Expired', 'no-expiry': 'No expiry' },
  },
  trade: { mechanical: 'Mechanical', body: 'Body', paint: 'Paint', electrical: 'Electrical', installation: 'Installation', field: 'Field service', other: 'Other' },
  grade: { master: 'Master', mid: 'Mid-level', apprentice: 'Apprentice', staff: 'Staff' },
  perm: {
    'org.read': 'View organization', 'org.manage': 'Manage organization & positions', 'employees.manage': 'Manage employees',
    'service-points.manage': 'Manage service points', 'users.manage': 'Manage users', 'audit.read': 'Read audit log',
    'tokens.manage': 'Manage API tokens', 'settings.manage': 'System settings', 'reports.read': 'Read reports',
    'customers.manage': 'Manage customers', 'appointments.manage': 'Appointments', 'work-orders.manage': 'Work orders',
    'workshop.dispatch': 'Workshop dispatch', 'workshop.work': 'Repair work', 'qc.inspect': 'Quality inspection', 'parts.manage': 'Parts',
    'cashier.settle': 'Cashier settlement', 'followups.call': 'Follow-up calls', 'tickets.handle': 'Handle feedback',
    'tickets.supervise': 'Supervise feedback', 'claims.manage': 'Warranty claims', 'insurance.manage': 'Insurance claims', 'training.manage': 'Training',
  },
  home: {
    welcome: 'Hello, {{name}}', nothingForRole: 'There is no organization data for your positions. The menu on the left lists what you can use.',
    cards: { positions: 'Positions', headcount: 'Actual / planned staff', vacant: 'Vacant positions', certs: 'Certificates expiring' },
    expiredSuffix: ' · {{count}} expired', headcountByDept: 'Planned vs actual staff by department', planned: 'Planned', actual: 'Actual',
    noDepartment: 'No department', noPositions: 'No positions yet. Ask an administrator to set up the organization.',
    noPositionsCanEdit: 'No positions yet. Start on the org chart: add positions and their planned headcount.', goChart: 'Set up the organization',
    certAlerts: 'Certificate alerts', viewAll: 'View employees', noCertAlerts: 'No certificates expiring or expired', expiresOn: 'Expires {{date}}',
  },
  org: {
    jobDescription: 'Job description', title: 'Position', titleZh: 'Title (Chinese)', titleEn: 'Title (English)', titleRequired: 'Enter a title',
    department: 'Department', grade: 'Grade', superior: 'Direct superior', noSuperior: 'None (top position)', subordinates: 'Direct subordinates',
    collaborators: 'Collaborates with', planned: 'Planned', actual: 'Actual', actualPlanned: 'Actual/planned', plannedRequired: 'Enter the planned headcount',
    duties: 'Duties', authorities: 'Authorities', reportsUpward: 'Reports upward', holders: 'Holders', noHolders: 'Nobody holds this position',
    permissions: 'System permissions', noneYet: 'Not filled in yet', onePerLine: 'One item per line',
    limitDiscount: 'Discount limit', limitGoodwill: 'Goodwill limit', limitCompensation: 'Compensation limit', limitNone: 'none',
    headOfLabel: 'Head of', headOf: { 'customer-service': 'Head of customer service', sales: 'Head of sales' },
    headcountAlert: {
      under: 'Understaffed by {{gap}}: {{planned}} planned, {{actual}} in post.',
      vacant: 'Vacant: {{planned}} planned, nobody in post.',
      over: 'Overstaffed by {{gap}}: {{planned}} planned, {{actual}} in post.',
    },
    newPosition: 'New position', editPosition: 'Edit position: {{title}}', deleteConfirm: 'Delete the position "{{title}}"?',
    exportPng: 'Export PNG', exportSvg: 'Export SVG', exportFileName: 'org-chart', fitView: 'Fit to window',
    positionCount: '{{count}} positions', positionCount_one: '{{count}} position',
    violationsTitle: 'The organization breaks {{count}} rules', violationsTitle_one: 'The organization breaks {{count}} rule',
    legendSuperior: 'Reports to', legendCollab: 'Collaborates',
    chartHint: 'Click a position to see its job description; scroll to zoom, drag to pan.',
    emptyChart: 'No positions yet. Ask an administrator to set up the organization.',
    emptyChartCanEdit: 'No positions yet. Click "New position" and start with the top one (e.g. General manager).',
    searchTitle: 'Search titles',
  },
  staffing: {
    totals: { planned: 'Planned staff', actual: 'Actual staff', under: 'Understaffed positions', vacant: 'Vacant positions', over: 'Overstaffed positions' },
    exportExcel: 'Export Excel', gap: 'Gap', total: 'Total', summaryLine: '{{vacant}} vacant, {{over}} overstaffed positions',
    empty: 'No staffing plan yet. Add positions with planned headcount on the org chart first.',
  },
  employees: {
    new: 'New employee', editTitle: 'Edit employee: {{name}}', employeeNo: 'Employee no.', employeeNoHint: 'Leave empty to number automatically', name: 'Name',
    nameRequired: 'Enter a name', gender: 'Gender', genders: { M: 'Male', F: 'Female' }, phone: 'Mobile', phoneRequired: 'Enter a mobile number',
    phoneRule: 'A mobile number has 11 digits and starts with 13–19', trade: 'Trade', skillGrade: 'Skill grade', hiredOn: 'Hired on',
    active: 'Active', inactive: 'Left', position: 'Position', positionRequired: 'Choose a position', team: 'Team', teamOptional: 'Team (optional)',
    primary: 'Primary', secondary: 'Secondary', assignments: 'Positions & teams', addAssignment: 'Add position',
    certifications: 'Certificates', certName: 'Certificate', certNameRequired: 'Enter the certificate name', certNumber: 'Number', expiresOn: 'Expires on',
    noCertifications: 'No certificates. Technicians must be certified before working.', addCertification: 'Add certificate',
    searchPlaceholder: 'Name, employee no. or mobile', noMatch: 'No employees match', empty: 'No employees yet.',
    emptyCanEdit: 'No employees yet. Click "New employee", or fill in the template and "Import" it.',
    import: 'Import', downloadTemplate: 'Download template', imported: 'Imported {{count}} employees', imported_one: 'Imported {{count}} employee',
    importFailedTitle: 'Import failed', importNothing: 'The file has errors; no employee was imported. Fix the rows below and import again.',
    importRow: 'Row', importColumn: 'Column', importMessage: 'Problem',
    columns: {
      employeeNo: 'Employee no.', name: 'Name', gender: 'Gender', phone: 'Mobile', trade: 'Trade', skillGrade: 'Skill grade', hiredOn: 'Hired on',
      position: 'Position', positionTitle: 'Position', team: 'Team', teamName: 'Team', certification: 'Certificate', certificationName: 'Certificate',
      certificationNumber: 'Certificate no.', certificationExpiresOn: 'Certificate expiry', file: 'File',
    },
  },
  points: {
    new: 'New service point', editTitle: 'Edit service point: {{name}}', addChild: 'Add below', name: 'Name', nameZh: 'Name (Chinese)', nameEn: 'Name (English)',
    nameRequired: 'Enter the Chinese name', code: 'Code', codeRule: '2–20 letters, digits or hyphens', kind: 'Kind',
    kinds: { hq: 'Headquarters', regional: 'Regional centre', station: 'Service station', franchise: 'Franchised provider' },
    parent: 'Parent point', parentRequired: 'Choose the parent point', contact: 'Contact', contactName: 'Contact person', contactPhone: 'Contact phone',
    address: 'Address', regions: 'Covered regions', regionsHint: 'Pick provinces, cities or districts; a parent includes everything below it.',
    regionsPlaceholder: 'Choose the regions covered', moreRegions: 'and {{count}} in all', timeZone: 'Time zone',
  },
  users: {
    new: 'New user', editTitle: 'Edit user: {{name}}', username: 'Username', usernameRequired: 'Enter a username', displayName: 'Display name',
    displayNameRequired: 'Enter a display name', password: 'Initial password', newPassword: 'Reset password', passwordRequired: 'Set an initial password',
    passwordKeep: 'Leave empty to keep the password', servicePoint: 'Service point', employee: 'Employee', noEmployee: 'Not linked',
    employeeHint: "The user's permissions come from this employee's positions", superuser: 'Superuser', superuserHint: 'Has every permission; grant with care',
    role: 'Permissions from', byPositions: 'Positions', active: 'Active', disabled: 'Disabled',
  },
  audit: {
    at: 'Time', actor: 'By', system: 'System', action: 'Action', entityType: 'Object type', summary: 'Summary',
    entityTypePlaceholder: 'Filter by object type, e.g. position', field: 'Field', before: 'Before', after: 'After',
    noChanges: 'No fields changed',
    actions: { create: 'Create', update: 'Update', delete: 'Delete', login: 'Log in', logout: 'Log out', import: 'Import', install: 'Set up', revoke: 'Revoke', password: 'Password' },
    entities: { position: 'Position', employee: 'Employee', user: 'User', service_point: 'Service point', department: 'Department', team: 'Team', api_token: 'API token' },
  },
  tokens: {
    new: 'Create token', create: 'Create', intro: 'Other systems (manufacturer DMS, call centre) use API tokens: send Authorization: Bearer <token>. A token has your permissions.',
    name: 'Name', namePlaceholder: 'e.g. Call centre link', nameRequired: 'Enter a name', prefix: 'Prefix', createdAt: 'Created',
    expiresAt: 'Expires', expiresHint: 'Leave empty for no expiry', lastUsedAt: 'Last used', never: 'Never',
    statusActive: 'Active', statusExpired: 'Expired', statusRevoked: 'Revoked', revoke: 'Revoke', revokeConfirm: 'Revoke "{{name}}"? Systems using it will lose access.',
    revoked: 'Token revoked', empty: 'No tokens yet', createdTitle: 'Token created', shownOnce: 'Copy it now and keep it safe. It will not be shown again.',
    copy: 'Copy', copied: 'Copied to the clipboard', copyManually: 'No clipboard access; select and copy it by hand', done: 'I have saved it',
  },
  ...ticketsEn,
  ...feedbackEn,
  ...customersEn,
  ...appointmentsEn,
  ...catalogsEn,
  ...workOrdersEn,
  ...cashierEn,
  ...todayEn,
  ...workshopEn,
  ...partsEn,
};
