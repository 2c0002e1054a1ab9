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
