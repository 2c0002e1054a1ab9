import type { Answer } from '../../../api/paths';

export type TicketSettings = Answer<'/ticket-settings'>;
export type CalendarMode = TicketSettings['calendar']['mode'];
export type Hours = TicketSettings['calendar']['hours'];
export type Interval = Hours[string][number];
export type Policy = TicketSettings['policies'][number];
export type RoutingRule = TicketSettings['rules'][number];
