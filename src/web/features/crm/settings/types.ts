import type { Priority, TicketKind } from '../../../../domain/tickets/status';

export type CalendarMode = 'workdays' | 'everyday' | '24x7';
export interface Interval {
  from: string;
  to: string;
}
export type Hours = Record<string, Interval[]>;

export interface Policy {
  priority: Priority;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  escalationMinutes: number;
  version: number;
}

export interface RoutingRule {
  id: string;
  name: string;
  sortOrder: number;
  isActive: boolean;
  when: { kinds?: TicketKind[]; categories?: string[]; keywords?: string[]; vip?: boolean; repeatAtLeast?: number };
  then: { category?: string; priority?: Priority; raise?: number; departmentId?: string; handlerEmployeeId?: string };
  version: number;
}

export interface TicketSettings {
  calendar: { mode: CalendarMode; hours: Hours; openOnHolidays: boolean; timeZone: string; version: number };
  coverage: { years: number[]; missingYears: number[]; needsHolidayData: boolean };
  holidayYears: number[];
  policies: Policy[];
  rules: RoutingRule[];
}
