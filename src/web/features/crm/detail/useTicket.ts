import { useApiQuery, useInvalidate } from '../../../api/query';
import { useRun, type Run } from '../useRun';
import type { TicketDetail } from '../types';

export type { Run };

/** What a change of a ticket makes stale: the ticket and the list, approvals waiting, the dashboard. */
export const TICKET_QUERIES = ['/tickets', '/compensations', '/ticket-stats'];

export interface TicketState {
  ticket: TicketDetail | undefined;
  loading: boolean;
  error: unknown;
  /** Target minutes by clock from the point's SLA policy, for the progress bars. */
  targets: { firstResponse?: number; resolution?: number };
  reload: () => void;
  /** Runs a change; on 409 says "changed by someone else" and reloads; field errors go onto `form`. */
  run: Run;
}

/** Loads one ticket for the drawer and runs changes against it (a change refreshes the ticket and the list). */
export function useTicket(id: string | null): TicketState {
  const detail = useApiQuery('/tickets/{id}', { params: { id: id ?? '' }, enabled: !!id });
  const ticket = detail.data && detail.data.id === id ? detail.data : undefined;
  const settings = useApiQuery('/ticket-settings', { query: { servicePointId: ticket?.servicePointId }, enabled: !!ticket });
  const policy = settings.data?.policies.find((p) => p.priority === ticket?.priority);
  const run = useRun(useInvalidate(...TICKET_QUERIES));

  return {
    ticket,
    loading: detail.isFetching,
    error: detail.error,
    reload: () => void detail.refetch(),
    run,
    targets: { firstResponse: policy?.firstResponseMinutes, resolution: policy?.resolutionMinutes },
  };
}
