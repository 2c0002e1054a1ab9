/** The manager's today page (今日看板). */
import { z } from '@hono/zod-openapi';

const Revenue = z.object({ laborFen: z.number(), partsFen: z.number(), collectedFen: z.number() });
export const HomeToday = z
  .object({
    /** The point's local date (YYYY-MM-DD). */
    date: z.string(),
    arrivals: z.number(),
    arrivalsWithAppointment: z.number(),
    appointmentsToday: z.number(),
    /** Open work orders by status (statuses without any are absent). */
    workOrdersByStatus: z.record(z.string(), z.number()),
    /** Unfinished workshop jobs by status: how many and their standard minutes. */
    boardLoad: z.record(z.string(), z.object({ jobs: z.number(), standardMinutes: z.number() })),
    /** Labor and parts of the work orders settled today, and the money collected. */
    revenueToday: Revenue,
    /** The last seven days, oldest first, today last. */
    week: z.array(Revenue.extend({ date: z.string(), arrivals: z.number() })),
  })
  .openapi('HomeToday');
export type HomeToday = z.infer<typeof HomeToday>;

const Order = { workOrderId: z.string(), number: z.string(), plate: z.string(), status: z.string() };
/**
 * Each role's home page (我的工作台): every section the user's permissions give, null where the role has none.
 * The manager's station figures stay in HomeToday; HR figures are shown only when `hr` is true.
 */
export const HomeMine = z
  .object({
    date: z.string(),
    /** Pending approvals the user may decide (待我审批). */
    approvalsPending: z.number(),
    /** The advisor: today's bookings (time, car, customer, status). */
    arrivals: z
      .array(
        z.object({
          id: z.string(),
          startAt: z.string(),
          plate: z.string(),
          customerName: z.string(),
          status: z.string(),
          concern: z.string(),
          isMine: z.boolean(),
        }),
      )
      .nullable(),
    /** The advisor: orders not yet delivered whose promised time falls today or earlier. */
    promised: z.array(z.object({ ...Order, promisedAt: z.string(), isLate: z.boolean(), isMine: z.boolean() })).nullable(),
    /** The technician: their unfinished jobs. */
    myJobs: z
      .array(z.object({ ...Order, jobId: z.string(), trade: z.string(), standardMinutes: z.number(), plannedStartAt: z.string().nullable() }))
      .nullable(),
    /** The parts keeper: orders with parts still to pick. */
    picking: z.array(z.object({ ...Order, lines: z.number() })).nullable(),
    /** The cashier: delivered orders waiting for payment. */
    cashierQueue: z.array(z.object({ ...Order, settlementStatus: z.string().nullable(), payableFen: z.number().nullable() })).nullable(),
    /** The CRM: follow-up calls due today. */
    callsDue: z.array(z.object({ ...Order, followUpId: z.string(), dueAt: z.string(), attempts: z.number() })).nullable(),
    /** The CRM: open tickets past their SLA deadline. */
    breaches: z.array(z.object({ ticketId: z.string(), number: z.string(), title: z.string(), dueAt: z.string(), escalationLevel: z.number() })).nullable(),
    /** Station KPIs (GET /home/today) are for this user. */
    kpis: z.boolean(),
    /** HR figures (编制, certificates) are for this user. */
    hr: z.boolean(),
  })
  .openapi('HomeMine');
export type HomeMine = z.infer<typeof HomeMine>;
