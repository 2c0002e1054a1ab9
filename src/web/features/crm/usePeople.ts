import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { nameOf } from '../../lib/format';
import { useApiQuery } from '../../api/query';

/** Employees and departments of a point as Select options (loaded only while `enabled`). */
export function usePeople(pointId: string | undefined, enabled = true) {
  const { i18n } = useTranslation();
  const on = enabled && !!pointId;
  const employees = useApiQuery('/employees', { query: { servicePointId: pointId, pageSize: 500 }, enabled: on });
  const departments = useApiQuery('/departments', { query: { servicePointId: pointId }, enabled: on });
  const lang = i18n.language;
  return useMemo(
    () => ({
      loading: employees.isFetching || departments.isFetching,
      employeeOptions: (employees.data?.items ?? []).map((e) => ({
        value: e.id,
        label: e.assignments[0] ? `${e.name} · ${e.assignments.map((a) => a.positionTitle).join('、')}` : e.name,
      })),
      departmentOptions: (departments.data?.items ?? []).map((d) => ({ value: d.id, label: nameOf(d, lang) })),
    }),
    [employees.data, departments.data, employees.isFetching, departments.isFetching, lang],
  );
}
