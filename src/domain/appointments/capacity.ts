/** Appointment (预约) capacity: slots of the workshop day, technician hours on shift minus booked hours. Pure. */

export interface WorkshopHours {
  /** Opening intervals per ISO weekday '1'..'7', local wall time 'HH:MM'. */
  hours: Partial<Record<string, { from: string; to: string }[]>>;
  slotMinutes: number;
  /** Share of technician time that can be sold to appointments (the rest absorbs walk-ins, rework), 0–1. */
  bookableShare: number;
}

export interface Slot {
  /** Local wall time of the slot start, 'HH:MM'. */
  start: string;
  minutes: number;
}

const toMin = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const toHhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** ISO weekday (1 = Monday) of a local date 'YYYY-MM-DD'. */
export function isoWeekdayOf(localDate: string): number {
  const d = new Date(`${localDate}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The bookable slots of a day: each opening interval cut into slotMinutes pieces (a short tail stays a short slot). */
export function slotsOfDay(w: Pick<WorkshopHours, 'hours' | 'slotMinutes'>, localDate: string): Slot[] {
  const out: Slot[] = [];
  for (const iv of w.hours[String(isoWeekdayOf(localDate))] ?? []) {
    for (let m = toMin(iv.from); m < toMin(iv.to); m += w.slotMinutes) {
      out.push({ start: toHhmm(m), minutes: Math.min(w.slotMinutes, toMin(iv.to) - m) });
    }
  }
  return out;
}

export interface SlotLoad extends Slot {
  capacityMinutes: number;
  bookedMinutes: number;
  freeMinutes: number;
}

/**
 * Capacity per slot = technicians on shift × slot length × bookable share; booked = estimated labor
 * minutes of the appointments starting in the slot. Free can be negative when overbooked.
 */
export function slotLoads(w: WorkshopHours, localDate: string, techniciansOnShift: number, booked: { start: string; minutes: number }[]): SlotLoad[] {
  return slotsOfDay(w, localDate).map((s) => {
    const capacityMinutes = Math.floor(techniciansOnShift * s.minutes * w.bookableShare);
    const bookedMinutes = booked.filter((b) => b.start === s.start).reduce((sum, b) => sum + b.minutes, 0);
    return { ...s, capacityMinutes, bookedMinutes, freeMinutes: capacityMinutes - bookedMinutes };
  });
}

export type BookingCheck = { ok: true; slot: SlotLoad } | { ok: false; code: 'NO_SLOT' | 'OVERBOOKED'; message: string; slot?: SlotLoad };

/** May `minutes` more be booked into the slot starting at `start`? */
export function checkBooking(loads: SlotLoad[], start: string, minutes: number): BookingCheck {
  const slot = loads.find((l) => l.start === start);
  if (!slot) return { ok: false, code: 'NO_SLOT', message: `${start} 不是可预约的时段` };
  if (slot.freeMinutes < minutes) {
    return {
      ok: false,
      code: 'OVERBOOKED',
      slot,
      message: `${start} 时段剩余可约工时 ${Math.max(0, slot.freeMinutes)} 分钟,不足本次预计的 ${minutes} 分钟;超约须车间主管确认`,
    };
  }
  return { ok: true, slot };
}

export const APPOINTMENT_STATUSES = ['booked', 'arrived', 'no_show', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/**
 * Kept the appointment (履约): arrived on the booked day no later than the end of the booked slot — arriving
 * early counts, arriving after the slot does not.
 */
export function arrivedInSlot(a: { startAt: Date; arrivedAt: Date | null; dayStart: Date; slotMinutes: number }): boolean {
  if (!a.arrivedAt) return false;
  const t = a.arrivedAt.getTime();
  return t >= a.dayStart.getTime() && t <= a.startAt.getTime() + a.slotMinutes * 60_000;
}

export interface RateAppointment {
  channel: string;
  status: AppointmentStatus;
  arrivedInSlot: boolean;
  /** A work order was opened from it (then that order is the arrival, counted once). */
  hasOrder?: boolean;
}
/** A work order received in the period, with the channel of the appointment it was opened from (null: walk-in). */
export interface RateArrival {
  appointmentChannel: string | null;
}

/**
 * Appointment figures of a period (DOMAIN.md KPIs): appointments = bookings (not walk-ins, not cancelled) that are
 * due; arrivals = work orders received + arrived appointments without an order yet;
 * 预约率 = arrivals that had booked ÷ arrivals; 到店率 (show rate) = bookings that arrived ÷ bookings;
 * 预约成功率/履约率 = bookings that arrived in their slot ÷ bookings.
 */
export function appointmentRates(rows: RateAppointment[], orders: RateArrival[] = []) {
  const booked = rows.filter((r) => r.channel !== 'walk-in' && r.status !== 'cancelled');
  const arrivedNoOrder = rows.filter((r) => r.status === 'arrived' && !r.hasOrder);
  const arrivals = orders.length + arrivedNoOrder.length;
  const withAppointment =
    orders.filter((o) => o.appointmentChannel !== null && o.appointmentChannel !== 'walk-in').length +
    arrivedNoOrder.filter((r) => r.channel !== 'walk-in').length;
  const shows = booked.filter((r) => r.status === 'arrived');
  return {
    appointments: booked.length,
    arrivals,
    arrivalsWithAppointment: withAppointment,
    noShows: booked.filter((r) => r.status === 'no_show').length,
    appointmentRate: arrivals ? withAppointment / arrivals : null,
    showRate: booked.length ? shows.length / booked.length : null,
    successRate: booked.length ? shows.filter((r) => r.arrivedInSlot).length / booked.length : null,
  };
}
