/** The Drizzle schema, one file per area under ./schema/ (drizzle-kit reads that folder). Import tables from here. */
export * from './schema/network.js';
export * from './schema/auth.js';
export * from './schema/audit.js';
export * from './schema/org.js';
export * from './schema/system.js';
export * from './schema/tickets.js';
export * from './schema/notifications.js';
export * from './schema/customers.js';
export * from './schema/catalogs.js';
export * from './schema/appointments.js';
export * from './schema/work-orders.js';
export * from './schema/parts.js';
export * from './schema/workshop.js';
export * from './schema/settlement.js';
export * from './schema/follow-ups.js';
export * from './schema/qc.js';
