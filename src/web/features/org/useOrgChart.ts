import type { OrgChart } from '../../../contracts/org';
import { useApi } from '../../lib/useApi';
import { useSession } from '../../session/SessionContext';

export type Position = OrgChart['positions'][number];

/** The org chart of the current service point (positions, departments, teams, links, violations). */
export function useOrgChart() {
  const { pointId } = useSession();
  return useApi<OrgChart>(pointId ? '/org/chart' : null, { servicePointId: pointId });
}
