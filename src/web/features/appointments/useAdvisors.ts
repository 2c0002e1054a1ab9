import { useMemo } from 'react';
import { useApi } from '../../lib/useApi';
import { useSession } from '../../session/SessionContext';

interface EmployeeRow {
  id: string;
  name: string;
  isActive: boolean;
  assignments: { positionTitle: string }[];
}

/** Service advisors (服务顾问…) of the current point, as Select options. Empty when the employee list may not be read. */
export function useAdvisors() {
  const { pointId } = useSession();
  const list = useApi<{ items: EmployeeRow[] }>(pointId ? '/employees' : null, { servicePointId: pointId, pageSize: 500 });
  return useMemo(() => (list.data?.items ?? [])
    .filter((e) => e.isActive !== false && e.assignments.some((a) => a.positionTitle.startsWith('服务顾问')))
    .map((e) => ({ value: e.id, label: e.name })), [list.data]);
}
