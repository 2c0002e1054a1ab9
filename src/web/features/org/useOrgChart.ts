import type { Answer } from '../../api/paths';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../session/SessionContext';

export type OrgChart = Answer<'/org/chart'>;
export type Position = OrgChart['positions'][number];

/** What a change of positions, departments or holders makes stale: the chart, the lists, the staffing table. */
export const ORG_QUERIES = ['/org', '/positions', '/departments', '/teams', '/staffing', '/employees'];

/** The org chart of the current service point (positions, departments, teams, links, violations). */
export function useOrgChart() {
  const { pointId } = useSession();
  return useApiQuery('/org/chart', { query: { servicePointId: pointId }, enabled: !!pointId });
}
