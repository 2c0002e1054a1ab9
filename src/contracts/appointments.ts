/** Appointments (预约) against the workshop's free hours. */
import { z } from '@hono/zod-openapi';
import { APPOINTMENT_STATUSES } from '../domain/appointments/capacity.js';
import { IsoDate, Version } from './common.js';

const Hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时段格式 HH:MM');

export const Appointment = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    customerId: z.string(),
    customerName: z.string(),
    customerPhone: z.string(),
    vehicleId: z.string(),
    plate: z.string(),
    model: z.string(),
    channel: z.string(),
    advisorEmployeeId: z.string().nullable(),
    advisorName: z.string().nullable(),
    localDate: z.string(),
    slotStart: z.string(),
    startAt: z.string(),
    estimatedMinutes: z.number(),
    concern: z.string(),
    /** The requested services (labor operations of the catalog) that reception turns into labor lines. */
    services: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
    status: z.enum(APPOINTMENT_STATUSES),
    isOverbooked: z.boolean(),
    arrivedAt: z.string().nullable(),
    /** The work order opened from it at reception (已开单). */
    workOrderId: z.string().nullable(),
    workOrderNumber: z.string().nullable(),
    version: z.number(),
  })
  .openapi('Appointment');
export type Appointment = z.infer<typeof Appointment>;

export const AppointmentCreate = z
  .object({
    vehicleId: z.uuid({ message: '请选择车辆' }),
    channel: z.enum(['phone', 'online', 'walk-in'], { message: '渠道须为电话、网上或到店' }),
    advisorEmployeeId: z.uuid().nullable().default(null),
    localDate: IsoDate,
    slotStart: Hhmm,
    estimatedMinutes: z
      .number()
      .int()
      .min(10, '预计工时至少 10 分钟')
      .max(8 * 60 * 10),
    concern: z.string().trim().max(500).default(''),
    laborOperationIds: z
      .array(z.uuid({ message: '请选择工时项目' }))
      .max(20, '最多 20 个项目')
      .default([]),
    /** A dispatcher (车间主管) confirms booking beyond the free hours. */
    overbook: z.boolean().default(false),
  })
  .openapi('AppointmentCreate');
export type AppointmentCreate = z.infer<typeof AppointmentCreate>;

/** Arrived / no-show (爽约) / cancelled. */
export const AppointmentStatusChange = z
  .object({ version: Version, status: z.enum(['arrived', 'no_show', 'cancelled']), reason: z.string().trim().max(200).default('') })
  .openapi('AppointmentStatusChange');
export type AppointmentStatusChange = z.infer<typeof AppointmentStatusChange>;

export const AvailabilityQuery = z.object({ date: IsoDate, servicePointId: z.uuid().optional() });
/** Bookable minutes per slot of a day: present technicians × slot length × bookable share − booked. */
export const Availability = z
  .object({
    localDate: z.string(),
    technicians: z.number(),
    slots: z.array(z.object({ start: z.string(), minutes: z.number(), capacityMinutes: z.number(), bookedMinutes: z.number(), freeMinutes: z.number() })),
  })
  .openapi('Availability');
export type Availability = z.infer<typeof Availability>;

export const AppointmentQuery = z.object({ from: IsoDate, to: IsoDate, advisorEmployeeId: z.uuid().optional(), servicePointId: z.uuid().optional() });
export type AppointmentQuery = z.infer<typeof AppointmentQuery>;

export const AppointmentStatsQuery = z.object({ from: IsoDate, to: IsoDate, servicePointId: z.uuid().optional() });
/** 预约率 (arrivals that had booked ÷ arrivals), 到店率 (booked that arrived ÷ booked), 预约成功率 (arrived in their slot ÷ booked). */
export const AppointmentStats = z
  .object({
    appointments: z.number(),
    arrivals: z.number(),
    arrivalsWithAppointment: z.number(),
    noShows: z.number(),
    appointmentRate: z.number().nullable(),
    showRate: z.number().nullable(),
    successRate: z.number().nullable(),
  })
  .openapi('AppointmentStats');
export type AppointmentStats = z.infer<typeof AppointmentStats>;
