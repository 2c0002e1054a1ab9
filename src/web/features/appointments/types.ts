import type { Answer } from '../../api/paths';
import type { AppointmentStatus } from '../../components/StatusTags';

export type { AppointmentStatus };
export const CHANNELS = ['phone', 'online', 'walk-in'] as const;
export type Channel = (typeof CHANNELS)[number];

/** What a booking or a status change makes stale: availability, the lists, the week's figures, the home page. */
export const APPOINTMENT_QUERIES = ['/appointments', '/appointment-stats', '/home'];

export type Appointment = Answer<'/appointments'>['items'][number];
export type Availability = Answer<'/appointments/availability'>;
export type SlotLoad = Availability['slots'][number];
export type AppointmentStats = Answer<'/appointment-stats'>;
