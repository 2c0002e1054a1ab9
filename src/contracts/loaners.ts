/** 代步车: the fleet, bookings against availability, handover and return; loaner use of a work order. */
import { z } from '@hono/zod-openapi';
import { IsoDateTime, Version } from './common.js';
import { BOOKING_STATUSES, LOANER_CHARGE_TO, LOANER_STATES } from '../domain/loaners/booking.js';

const Uuid = (msg: string) => z.uuid({ message: msg });

export const LoanerCreate = z
  .object({
    plate: z.string().trim().min(5, '请填写车牌号').max(12, '车牌号过长'),
    model: z.string().trim().min(1, '请填写车型').max(40),
    dailyRateFen: z.int('金额须为整数(分)').min(0, '日租金不能为负').max(10_000_000, '金额过大'),
    mileageKm: z.int().min(0, '里程不能为负').max(2_000_000, '里程过大').default(0),
    note: z.string().trim().max(200).default(''),
    servicePointId: Uuid('无效的服务网点编号').optional(),
  })
  .openapi('LoanerCreate');
export type LoanerCreate = z.infer<typeof LoanerCreate>;

export const LoanerStateChange = z
  .object({ version: Version, state: z.enum(['available', 'maintenance', 'retired'], { message: '请选择状态' }) })
  .openapi('LoanerStateChange');

export const Loaner = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    plate: z.string(),
    model: z.string(),
    state: z.enum(LOANER_STATES),
    dailyRateFen: z.number(),
    mileageKm: z.number(),
    note: z.string(),
    version: z.number(),
  })
  .openapi('Loaner');
export type Loaner = z.infer<typeof Loaner>;

export const LoanerBookingCreate = z
  .object({
    loanerId: Uuid('请选择代步车'),
    customerId: Uuid('请选择客户'),
    workOrderId: Uuid('无效的工单').nullable().optional(),
    insuranceCaseId: Uuid('无效的保险案件').nullable().optional(),
    startAt: IsoDateTime,
    endAt: IsoDateTime,
    chargeTo: z.enum(LOANER_CHARGE_TO, { message: '请选择费用承担方' }),
    reason: z.string().trim().max(200).default(''),
  })
  .openapi('LoanerBookingCreate');
export type LoanerBookingCreate = z.infer<typeof LoanerBookingCreate>;

export const LoanerHandover = z
  .object({
    version: Version,
    at: IsoDateTime.optional(),
    mileageKm: z.int('里程须为整数').min(0, '里程不能为负').max(2_000_000, '里程过大'),
    fuelPct: z.int('油量须为整数').min(0, '油量为 0–100').max(100, '油量为 0–100'),
    damage: z.string().trim().max(500).default(''),
  })
  .openapi('LoanerHandover');
export type LoanerHandover = z.infer<typeof LoanerHandover>;

export const LoanerBookingCancel = z.object({ version: Version }).openapi('LoanerBookingCancel');

export const LoanerBooking = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    loanerId: z.string(),
    plate: z.string(),
    model: z.string(),
    customerId: z.string(),
    customerName: z.string(),
    workOrderId: z.string().nullable(),
    workOrderNumber: z.string().nullable(),
    insuranceCaseId: z.string().nullable(),
    startAt: z.string(),
    endAt: z.string(),
    status: z.enum(BOOKING_STATUSES),
    chargeTo: z.enum(LOANER_CHARGE_TO),
    reason: z.string(),
    handedOutAt: z.string().nullable(),
    mileageOut: z.number().nullable(),
    fuelOutPct: z.number().nullable(),
    damageOut: z.string().nullable(),
    returnedAt: z.string().nullable(),
    mileageIn: z.number().nullable(),
    fuelInPct: z.number().nullable(),
    damageIn: z.string().nullable(),
    days: z.number().nullable(),
    costFen: z.number().nullable(),
    bookedByName: z.string(),
    version: z.number(),
  })
  .openapi('LoanerBooking');
export type LoanerBooking = z.infer<typeof LoanerBooking>;

export const LoanerBookingQuery = z.object({
  servicePointId: Uuid('无效的服务网点编号').optional(),
  from: IsoDateTime.optional(),
  to: IsoDateTime.optional(),
  workOrderId: Uuid('无效的工单').optional(),
  status: z.string().max(100).optional(),
});
export type LoanerBookingQuery = z.infer<typeof LoanerBookingQuery>;
