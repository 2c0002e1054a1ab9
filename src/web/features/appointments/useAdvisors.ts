import { useMemo } from 'react';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../session/SessionContext';

/** Service advisors (服务顾问…) of the current point, as Select options. Empty when the employee list may not be read. */
export function useAdvisors() {
  const { pointId } = useSession();
  const list = useApiQuery('/employees', { query: { servicePointId: pointId, pageSize: 500 }, enabled: !!pointId });
  return useMemo(
    () =>
      (list.data?.items ?? [])
        .filter((e) => e.isActive !== false && e.assignments.some((a) => a.positionTitle.startsWith('服务顾问')))
        .map((e) => ({ value: e.id, label: e.name })),
    [list.data],
  );
}
