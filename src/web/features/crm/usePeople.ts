import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { nameOf } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import type { DepartmentOption, EmployeeOption, Paged } from './types';

/** Employees and departments of a point as Select options (loaded only while `enabled`). */
export function usePeople(pointId: string | undefined, enabled = true) {
  const { i18n } = useTranslation();
  const on = enabled && !!pointId;
  const employees = useApi<Paged<EmployeeOption>>(on ? '/employees' : null, { servicePointId: pointId, pageSize: 500 });
  const departments = useApi<{ items: DepartmentOption[] }>(on ? '/departments' : null, { servicePointId: pointId });
  const lang = i18n.language;
  return useMemo(() => ({
    loading: employees.loading || departments.loading,
    employeeOptions: (employees.data?.items ?? []).map((e) => ({
      value: e.id,
      label: e.assignments[0] ? `${e.name} · ${e.assignments.map((a) => a.positionTitle).join('、')}` : e.name,
    })),
    departmentOptions: (departments.data?.items ?? []).map((d) => ({ value: d.id, label: nameOf(d, lang) })),
  }), [employees.data, departments.data, employees.loading, departments.loading, lang]);
}
