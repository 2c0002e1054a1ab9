import { useCallback } from 'react';
import { useApi } from '../../../lib/useApi';
import { useRun, type Run } from '../useRun';
import type { TicketSettings } from '../settings/types';
import type { TicketDetail } from '../types';

export type { Run };

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

/** Loads one ticket for the drawer and runs changes against it. */
export function useTicket(id: string | null, onChanged: () => void): TicketState {
  const detail = useApi<TicketDetail>(id ? `/tickets/${id}` : null);
  const ticket = detail.data && detail.data.id === id ? detail.data : undefined;
  const settings = useApi<TicketSettings>(ticket ? '/ticket-settings' : null, { servicePointId: ticket?.servicePointId });
  const policy = settings.data?.policies.find((p) => p.priority === ticket?.priority);

  const { reload } = detail;

  const refresh = useCallback(() => {
    reload();
    onChanged();
  }, [reload, onChanged]);
  const run = useRun(refresh);

  return {
    ticket, loading: detail.loading, error: detail.error, reload, run,
    targets: { firstResponse: policy?.firstResponseMinutes, resolution: policy?.resolutionMinutes },
  };
}
