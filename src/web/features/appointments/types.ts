import type { AppointmentStatus } from '../../components/StatusTags';

export type { AppointmentStatus };
export const CHANNELS = ['phone', 'online', 'walk-in'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface Appointment {
  id: string;
  customerId: string;
  customerName: string;
  customerPhone: string;
  vehicleId: string;
  plate: string;
  model: string;
  channel: Channel;
  advisorEmployeeId: string | null;
  advisorName: string | null;
  localDate: string;
  slotStart: string;
  startAt: string;
  estimatedMinutes: number;
  concern: string;
  status: AppointmentStatus;
  isOverbooked: boolean;
  arrivedAt: string | null;
  version: number;
}

export interface SlotLoad {
  start: string;
  minutes: number;
  capacityMinutes: number;
  bookedMinutes: number;
  freeMinutes: number;
}

export interface Availability {
  localDate: string;
  technicians: number;
  slots: SlotLoad[];
}

export interface AppointmentStats {
  appointments: number;
  arrivals: number;
  noShows: number;
  appointmentRate: number | null;
  successRate: number | null;
}
