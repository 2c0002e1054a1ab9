/** Customers and vehicles (客户与车辆). */
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, audited, ts } from './columns.js';
import { servicePoints } from './network.js';

export const customers = pgTable(
  'customers',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** Unified Social Credit Code of a company (GB 32100). */
    uscc: text('uscc'),
    phone: text('phone').notNull().default(''),
    contacts: jsonb('contacts').$type<{ name: string; phone: string; role: string }[]>().notNull().default([]),
    address: text('address').notNull().default(''),
    isVip: boolean('is_vip').notNull().default(false),
    notes: text('notes').notNull().default(''),
    /** Consent to marketing messages (个人信息保护法 §13/§14): off until the customer agrees; when it last changed. */
    marketingConsent: boolean('marketing_consent').notNull().default(false),
    consentAt: ts('consent_at'),
    /** Set when the customer's contact data was erased on request; the repair record stays (三包 art. 17). */
    erasedAt: ts('erased_at'),
    ...audited(),
  },
  (t) => [index('customers_point_phone_idx').on(t.servicePointId, t.phone), index('customers_point_name_idx').on(t.servicePointId, t.name)],
);

export const vehicles = pgTable(
  'vehicles',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    vin: text('vin').notNull(),
    /** False when the check digit did not match and the user confirmed it (imported cars). */
    isVinCheckValid: boolean('is_vin_check_valid').notNull().default(true),
    plate: text('plate').notNull().default(''),
    brand: text('brand').notNull().default(''),
    model: text('model').notNull().default(''),
    modelFamily: text('model_family').notNull().default(''),
    modelYear: integer('model_year'),
    mileageKm: integer('mileage_km').notNull().default(0),
    purchasedOn: date('purchased_on', { mode: 'string' }),
    /** 三包凭证: invoice date (开票日期) and delivery date (交车日期); the periods start at delivery when it differs. */
    invoicedOn: date('invoiced_on', { mode: 'string' }),
    deliveredOn: date('delivered_on', { mode: 'string' }),
    warrantyUntil: date('warranty_until', { mode: 'string' }),
    warrantyKm: integer('warranty_km'),
    ...audited(),
  },
  (t) => [
    uniqueIndex('vehicles_point_vin_uq').on(t.servicePointId, t.vin),
    index('vehicles_point_plate_idx').on(t.servicePointId, t.plate),
    // Suffix search ("last 6–8 characters of the VIN") as a prefix search on the reversed VIN.
    index('vehicles_vin_reverse_idx').on(sql`reverse(${t.vin}) text_pattern_ops`),
    index('vehicles_customer_idx').on(t.customerId),
  ],
);
