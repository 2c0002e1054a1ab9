import { nextDocumentNumber } from '../numbering/index.js';
import { localDate, usableTimeZone } from '../../../domain/time/index.js';
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { certificationStatus, validateOrg } from '../../../domain/org/rules.js';
import type { Employee, EmployeeCreate, EmployeeUpdate } from '../../../contracts/org.js';
import { AppError, notFound, ruleBroken, staleVersion, type FieldError } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import * as orgRepo from './org.repo.js';
import * as repo from './employees.repo.js';

type Q = Db | Tx;

export function createEmployeeService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;

  /** `timeZone`: the point's, whose local date decides whether a certificate has expired. */
  async function present(q: Q, rows: repo.EmployeeRow[], timeZone: string): Promise<Employee[]> {
    const ids = rows.map((r) => r.id);
    const [certs, asg] = await Promise.all([repo.certsOf(q, ids), repo.assignmentsOf(q, ids)]);
    const today = localDate(usableTimeZone(timeZone), now());
    return rows.map((e) => ({
      id: e.id,
      servicePointId: e.servicePointId,
      employeeNo: e.employeeNo,
      name: e.name,
      gender: e.gender as 'M' | 'F',
      phone: e.phone,
      trade: e.trade as Employee['trade'],
      skillGrade: e.skillGrade as Employee['skillGrade'],
      hiredOn: e.hiredOn,
      isActive: e.isActive,
      version: e.version,
      certifications: certs
        .filter((c) => c.employeeId === e.id)
        .map((c) => ({
          id: c.id,
          name: c.name,
          number: c.number,
          expiresOn: c.expiresOn,
          status: certificationStatus(c.expiresOn, today),
        })),
      assignments: asg.filter((a) => a.employeeId === e.id).map(({ employeeId: _e, ...a }) => a),
    }));
  }

  /** Positions and teams must belong to the same point; no one may hold both the sales and CS head positions. */
  async function checkAssignments(q: Q, pointId: string, employeeId: string | null, list: EmployeeCreate['assignments'], prefix = '') {
    const fields: FieldError[] = [];
    for (const [i, a] of list.entries()) {
      const p = await orgRepo.findPosition(q, a.positionId);
      if (!p || p.servicePointId !== pointId) fields.push({ path: `${prefix}assignments.${i}.positionId`, message: '岗位不存在或不属于本网点' });
      if (a.teamId) {
        const t = await orgRepo.findTeam(q, a.teamId);
        if (!t || t.servicePointId !== pointId) fields.push({ path: `${prefix}assignments.${i}.teamId`, message: '班组不存在或不属于本网点' });
      }
    }
    if (fields.length) throw new AppError('VALIDATION', '岗位或班组无效', fields);
    const positions = await orgRepo.listPositions(q, pointId);
    const holdings = (await repo.holdingsOfPoint(q, pointId)).filter((h) => h.employeeId !== employeeId);
    const me = employeeId ?? '(new)';
    const after = [...holdings, ...list.map((a) => ({ employeeId: me, positionId: a.positionId }))];
    const broken = validateOrg(positions, after).filter((v) => v.code === 'SALES_CS_SAME_PERSON');
    if (broken.length) throw ruleBroken(broken[0].message, [{ path: `${prefix}assignments`, message: broken[0].message }], 'ORG_SALES_CS_SAME_PERSON');
  }

  async function phoneFree(q: Q, pointId: string, phone: string, selfId: string | null, path = 'phone') {
    const other = await repo.findEmployeeByPhone(q, pointId, phone);
    if (other && other.id !== selfId) {
      throw new AppError('CONFLICT', `手机号 ${phone} 已被员工 ${other.name} 使用`, [{ path, message: `已被 ${other.name} 使用` }]);
    }
  }

  /** Insert one employee inside `tx` (shared by create and import). */
  async function insertOne(tx: Tx, actor: Actor, point: { id: string; timeZone: string }, input: EmployeeCreate, prefix = '') {
    const pointId = point.id;
    await phoneFree(tx, pointId, input.phone, null, `${prefix}phone`);
    await checkAssignments(tx, pointId, null, input.assignments, prefix);
    const employeeNo = input.employeeNo || (await nextDocumentNumber(tx, point, 'employee', new Date(0)));
    const { certifications, assignments, servicePointId: _p, employeeNo: _n, ...fields } = input;
    const row = await repo.insertEmployee(tx, { ...fields, employeeNo, servicePointId: pointId });
    await repo.replaceCerts(tx, pointId, row.id, certifications);
    await repo.replaceAssignments(tx, pointId, row.id, assignments);
    const [out] = await present(tx, [row], point.timeZone);
    await insertAudit(tx, actor, {
      servicePointId: pointId,
      action: 'employee.create',
      entityType: 'employee',
      entityId: row.id,
      summary: `${row.employeeNo} ${row.name}`,
      after: out,
    });
    return out;
  }

  return {
    insertOne,
    async list(
      actor: Actor,
      q: { servicePointId?: string; q?: string; teamId?: string; positionId?: string; includeInactive?: string; page: number; pageSize: number },
    ) {
      const point = await visiblePoint(db, actor, q.servicePointId);
      const { rows, total } = await repo.listEmployees(db, {
        pointId: point.id,
        q: q.q,
        teamId: q.teamId,
        positionId: q.positionId,
        includeInactive: q.includeInactive === 'true',
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      return { items: await present(db, rows, point.timeZone), total, page: q.page, pageSize: q.pageSize };
    },
    async get(actor: Actor, id: string) {
      const row = await repo.findEmployee(db, id);
      if (!row) throw notFound('员工');
      const point = await visiblePoint(db, actor, row.servicePointId);
      return (await present(db, [row], point.timeZone))[0];
    },
    async create(actor: Actor, input: EmployeeCreate) {
      return db.transaction(async (tx) => {
        const point = await visiblePoint(tx, actor, input.servicePointId);
        return insertOne(tx, actor, point, input);
      });
    },
    async update(actor: Actor, id: string, input: EmployeeUpdate) {
      return db.transaction(async (tx) => {
        const existing = await repo.findEmployee(tx, id);
        if (!existing) throw notFound('员工');
        const point = await visiblePoint(tx, actor, existing.servicePointId);
        if (existing.version !== input.version) throw staleVersion();
        if (input.phone) await phoneFree(tx, point.id, input.phone, id);
        if (input.assignments) await checkAssignments(tx, point.id, id, input.assignments);
        const [before] = await present(tx, [existing], point.timeZone);
        const { version, certifications, assignments, ...patch } = input;
        const row = await repo.updateEmployee(tx, id, version, patch, now());
        if (!row) throw staleVersion();
        if (certifications) await repo.replaceCerts(tx, point.id, id, certifications);
        if (assignments) await repo.replaceAssignments(tx, point.id, id, assignments);
        const [after] = await present(tx, [row], point.timeZone);
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'employee.update',
          entityType: 'employee',
          entityId: id,
          summary: `${row.employeeNo} ${row.name}`,
          before,
          after,
        });
        return after;
      });
    },
  };
}
export type EmployeeService = ReturnType<typeof createEmployeeService>;
