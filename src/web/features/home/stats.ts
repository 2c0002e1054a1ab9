import type { Answer } from '../../api/paths';

/** What the alerts read of an employee (the API's Employee fits). */
interface EmployeeCerts {
  name: string;
  isActive: boolean;
  certifications: { name: string; expiresOn?: string | null; status: string }[];
}

export interface DeptHeadcount {
  department: string;
  planned: number;
  actual: number;
}

/** Planned vs actual headcount summed per department, in first-seen order. */
export function headcountByDepartment(rows: Answer<'/staffing'>['rows'], noDept: string): DeptHeadcount[] {
  const map = new Map<string, DeptHeadcount>();
  for (const r of rows) {
    const d = r.departmentName ?? noDept;
    const cur = map.get(d) ?? { department: d, planned: 0, actual: 0 };
    cur.planned += r.plannedHeadcount;
    cur.actual += r.actualHeadcount;
    map.set(d, cur);
  }
  return [...map.values()];
}

export interface CertAlert {
  employee: string;
  name: string;
  expiresOn: string | null;
  status: 'expiring' | 'expired';
}

/** Certificates of active employees that are expiring or already expired, soonest first. */
export function certificationAlerts(employees: EmployeeCerts[]): CertAlert[] {
  const out: CertAlert[] = [];
  for (const e of employees) {
    if (!e.isActive) continue;
    for (const c of e.certifications) {
      if (c.status === 'expiring' || c.status === 'expired') out.push({ employee: e.name, name: c.name, expiresOn: c.expiresOn ?? null, status: c.status });
    }
  }
  return out.sort((a, b) => (a.expiresOn ?? '').localeCompare(b.expiresOn ?? ''));
}
