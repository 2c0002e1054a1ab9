import { z } from '@hono/zod-openapi';
import { IsoDate, patchOf, Phone, Version } from './common.js';

const Contact = z.object({
  name: z.string().trim().min(1, '请填写联系人').max(30),
  phone: Phone.default(''),
  role: z.string().trim().max(20).default(''),
});

export const CustomerCreate = z
  .object({
    servicePointId: z.uuid().optional(),
    kind: z.enum(['person', 'company'], { message: '客户类型须为个人或单位' }),
    name: z.string().trim().min(1, '请填写客户名称').max(80),
    /** Required for companies; checked against GB 32100. */
    uscc: z.string().trim().toUpperCase().max(18).nullable().default(null),
    phone: Phone.default(''),
    contacts: z.array(Contact).max(10).default([]),
    address: z.string().trim().max(200).default(''),
    isVip: z.boolean().default(false),
    notes: z.string().trim().max(1000).default(''),
    /** The customer agreed to marketing messages (maintenance reminders, offers). */
    marketingConsent: z.boolean().default(false),
  })
  .openapi('CustomerCreate');
export type CustomerCreate = z.infer<typeof CustomerCreate>;
export const CustomerUpdate = patchOf(CustomerCreate.omit({ servicePointId: true }))
  .extend({ version: Version })
  .openapi('CustomerUpdate');

export const VehicleCreate = z
  .object({
    customerId: z.uuid({ message: '请选择车主' }),
    vin: z.string().trim().min(1, '请填写车架号 VIN').max(20, '车架号须为 17 位'),
    /** Confirms a VIN whose check digit does not match (imported cars may carry one). */
    vinCheckOverride: z.boolean().default(false),
    plate: z.string().trim().max(12).default(''),
    brand: z.string().trim().max(40).default(''),
    model: z.string().trim().max(60).default(''),
    modelFamily: z.string().trim().max(40).default(''),
    modelYear: z.int32().min(1950, '年款不正确').max(2100, '年款不正确').nullable().default(null),
    mileageKm: z.int32().min(0, '里程不能为负').max(3_000_000).default(0),
    purchasedOn: IsoDate.nullable().default(null),
    /** 三包凭证: invoice (开票) and delivery (交车) dates; the 三包 periods start at delivery when it differs. */
    invoicedOn: IsoDate.nullable().default(null),
    deliveredOn: IsoDate.nullable().default(null),
    warrantyUntil: IsoDate.nullable().default(null),
    warrantyKm: z.int32().min(0).max(3_000_000).nullable().default(null),
  })
  .openapi('VehicleCreate');
export type VehicleCreate = z.infer<typeof VehicleCreate>;
export const VehicleUpdate = patchOf(VehicleCreate.omit({ customerId: true }))
  .extend({ version: Version, customerId: z.uuid().optional() })
  .openapi('VehicleUpdate');

export const Vehicle = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    customerId: z.string(),
    customerName: z.string(),
    vin: z.string(),
    isVinCheckValid: z.boolean(),
    plate: z.string(),
    plateKind: z.string().nullable(),
    brand: z.string(),
    model: z.string(),
    modelFamily: z.string(),
    modelYear: z.number().nullable(),
    mileageKm: z.number(),
    purchasedOn: z.string().nullable(),
    invoicedOn: z.string().nullable(),
    deliveredOn: z.string().nullable(),
    warrantyUntil: z.string().nullable(),
    warrantyKm: z.number().nullable(),
    isUnderWarranty: z.boolean().nullable(),
    version: z.number(),
  })
  .openapi('Vehicle');
export type Vehicle = z.infer<typeof Vehicle>;

export const Customer = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    kind: z.enum(['person', 'company']),
    name: z.string(),
    uscc: z.string().nullable(),
    phone: z.string(),
    contacts: z.array(z.object({ name: z.string(), phone: z.string(), role: z.string() })),
    address: z.string(),
    isVip: z.boolean(),
    notes: z.string(),
    marketingConsent: z.boolean(),
    consentAt: z.string().nullable(),
    erasedAt: z.string().nullable(),
    vehicles: z.array(Vehicle),
    version: z.number(),
  })
  .openapi('Customer');
export type Customer = z.infer<typeof Customer>;

/** An erasure request (删除个人信息): contact data is anonymized; the repair record stays. */
export const CustomerErase = z.object({ version: Version, reason: z.string().trim().min(1, '请填写删除请求的来源或原因').max(300) }).openapi('CustomerErase');
export type CustomerErase = z.infer<typeof CustomerErase>;
export const CustomerErased = z.object({ erasedAt: z.string(), anonymizedTickets: z.int32() }).openapi('CustomerErased');
/** What the system holds about a customer (个人信息查阅、复制), as JSON; `format=xlsx` gives the same as a workbook. */
export const CustomerDataExport = z
  .object({
    exportedAt: z.string(),
    customer: z.object({
      name: z.string(),
      kind: z.string(),
      phone: z.string(),
      contacts: z.array(z.object({ name: z.string(), phone: z.string(), role: z.string() })),
      address: z.string(),
      uscc: z.string().nullable(),
      marketingConsent: z.boolean(),
      consentAt: z.string().nullable(),
    }),
    vehicles: z.array(z.object({ vin: z.string(), plate: z.string(), brand: z.string(), model: z.string(), mileageKm: z.number() })),
    workOrders: z.array(
      z.object({
        number: z.string(),
        status: z.string(),
        receivedAt: z.string(),
        deliveredAt: z.string().nullable(),
        mileageIn: z.number(),
        concerns: z.string(),
        plate: z.string(),
      }),
    ),
    tickets: z.array(z.object({ number: z.string(), title: z.string(), status: z.string(), receivedAt: z.string() })),
  })
  .openapi('CustomerDataExport');
export type CustomerDataExport = z.infer<typeof CustomerDataExport>;
export const CustomerExportQuery = z.object({ format: z.enum(['json', 'xlsx']).default('json') });

export const SearchResult = z
  .object({
    items: z.array(
      z.object({
        type: z.enum(['vehicle', 'customer']),
        id: z.string(),
        customerId: z.string(),
        title: z.string(),
        subtitle: z.string(),
        matched: z.string(),
      }),
    ),
  })
  .openapi('SearchResult');

export const CustomerQuery = z.object({
  servicePointId: z.uuid().optional(),
  q: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type CustomerQuery = z.infer<typeof CustomerQuery>;
/** Global search: plate, VIN (or its last 6–8 characters), phone, name. */
export const SearchQuery = z.object({ q: z.string().trim().min(2, '至少输入 2 个字符').max(40) });
