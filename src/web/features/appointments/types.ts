import type { Answer } from '../../api/paths';
import type { AppointmentStatus } from '../../components/StatusTags';

export type { AppointmentStatus };
export const CHANNELS = ['phone', 'online', 'walk-in'] as const;
export type Channel = (typeof CHANNELS)[number];

export type Appointment = Answer<'/appointments'>['items'][number];
export type Availability = Answer<'/appointments/availability'>;
export type SlotLoad = Availability['slots'][number];
export type AppointmentStats = Answer<'/appointment-stats'>;
