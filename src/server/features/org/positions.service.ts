import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { validateOrg, type OrgViolation, type PositionNode } from '../../../domain/org/rules.js';
import type { PositionCreate, PositionUpdate } from '../../../contracts/org.js';
import { AppError, notFound, ruleBroken, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import * as repo from './org.repo.js';
import { presentPosition } from './org.present.js';

const keyOf = (v: OrgViolation) => `${v.code}:${'positionIds' in v ? [...v.positionIds].sort().join(',') : 'employeeIds' in v ? v.employeeIds.join(',') : ''}`;

/** Refuse a change that introduces a structural violation (existing ones may be fixed one step at a time). */
function assertNoNewViolations(before: PositionNode[], after: PositionNode[], holdings: { employeeId: string; positionId: string }[]) {
  const old = new Set(validateOrg(before, holdings).map(keyOf));
  const added = validateOrg(after, holdings).filter((v) => !old.has(keyOf(v)));
  if (added.length) {
    const field = added.some((v) => v.code === 'CYCLE' || v.code === 'MULTIPLE_TOPS' || v.code === 'SALES_CS_REPORTING_LINE') ? 'superiorId' : 'headOf';
    throw ruleBroken(
      added.map((v) => v.message).join(';'),
      added.map((v) => ({ path: field, message: v.message })),
      `ORG_${added[0].code}`,
    );
  }
}

async function checkRefs(tx: Tx, pointId: string, input: { departmentId?: string | null; superiorId?: string | null; collaboratorIds?: string[] }) {
  const fields: { path: string; message: string }[] = [];
  if (input.departmentId) {
    const d = await repo.findDepartment(tx, input.departmentId);
    if (!d || d.servicePointId !== pointId) fields.push({ path: 'departmentId', message: '部门不存在或不属于本网点' });
  }
  if (input.superiorId) {
    const s = await repo.findPosition(tx, input.superiorId);
    if (!s || s.servicePointId !== pointId) fields.push({ path: 'superiorId', message: '直接上级岗位不存在或不属于本网点' });
  }
  for (const [i, id] of (input.collaboratorIds ?? []).entries()) {
    const o = await repo.findPosition(tx, id);
    if (!o || o.servicePointId !== pointId) fields.push({ path: `collaboratorIds.${i}`, message: '协作岗位不存在或不属于本网点' });
  }
  if (fields.length) throw new AppError('VALIDATION', '引用的部门或岗位无效', fields);
}

export function createPositionService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;

  async function load(tx: Tx | Db, pointId: string) {
    const [rows, holders, links, departments] = await Promise.all([
      repo.listPositions(tx, pointId),
      repo.listHolders(tx, pointId),
      repo.listLinks(tx, pointId),
      repo.listDepartments(tx, pointId),
    ]);
    return { rows, holders, links, departments: new Map(departments.map((d) => [d.id, d])) };
  }
  const present = async (tx: Tx | Db, pointId: string, id: string) => {
    const ctx = await load(tx, pointId);
    const row = ctx.rows.find((r) => r.id === id);
    if (!row) throw notFound('岗位');
    return presentPosition(row, ctx);
  };

  return {
    async list(actor: Actor, pointId?: string) {
      const point = await visiblePoint(db, actor, pointId);
      const ctx = await load(db, point.id);
      return ctx.rows.map((r) => presentPosition(r, ctx));
    },
    async get(actor: Actor, id: string) {
      const row = await repo.findPosition(db, id);
      if (!row) throw notFound('岗位');
      await visiblePoint(db, actor, row.servicePointId);
      return present(db, row.servicePointId, id);
    },
    async create(actor: Actor, input: PositionCreate) {
      return db.transaction(async (tx) => {
        const point = await visiblePoint(tx, actor, input.servicePointId);
        await repo.lockPositionsOfPoint(tx, point.id);
        await checkRefs(tx, point.id, input);
        const { rows, holders } = await load(tx, point.id);
        const draftId = '(new)';
        assertNoNewViolations(rows, [...rows, { id: draftId, superiorId: input.superiorId, titleZh: input.titleZh, headOf: input.headOf }], holders);
        const { collaboratorIds, servicePointId: _ignored, ...fields } = input;
        const row = await repo.insertPosition(tx, { ...fields, servicePointId: point.id, sortOrder: rows.length });
        await repo.replaceLinksOf(tx, point.id, row.id, collaboratorIds);
        const out = await present(tx, point.id, row.id);
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'position.create',
          entityType: 'position',
          entityId: row.id,
          summary: row.titleZh,
          after: out,
        });
        return out;
      });
    },
    async update(actor: Actor, id: string, input: PositionUpdate) {
      return db.transaction(async (tx) => {
        const existing = await repo.findPosition(tx, id);
        if (!existing) throw notFound('岗位');
        const point = await visiblePoint(tx, actor, existing.servicePointId);
        await repo.lockPositionsOfPoint(tx, point.id);
        await checkRefs(tx, point.id, input);
        const before = await present(tx, point.id, id);
        if (before.version !== input.version) throw staleVersion();
        const { rows, holders } = await load(tx, point.id);
        const after = rows.map((r) =>
          r.id === id
            ? {
                ...r,
                superiorId: input.superiorId !== undefined ? input.superiorId : r.superiorId,
                headOf: input.headOf !== undefined ? input.headOf : r.headOf,
              }
            : r,
        );
        assertNoNewViolations(rows, after, holders);
        const { version, collaboratorIds, ...patch } = input;
        const row = await repo.updatePosition(tx, id, version, patch, now());
        if (!row) throw staleVersion();
        if (collaboratorIds) await repo.replaceLinksOf(tx, point.id, id, collaboratorIds);
        const out = await present(tx, point.id, id);
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'position.update',
          entityType: 'position',
          entityId: id,
          summary: row.titleZh,
          before,
          after: out,
        });
        return out;
      });
    },
    async remove(actor: Actor, id: string, version: number) {
      await db.transaction(async (tx) => {
        const existing = await repo.findPosition(tx, id);
        if (!existing) throw notFound('岗位');
        const point = await visiblePoint(tx, actor, existing.servicePointId);
        await repo.lockPositionsOfPoint(tx, point.id);
        const before = await present(tx, point.id, id);
        if (before.version !== version) throw staleVersion();
        const { rows } = await load(tx, point.id);
        const subs = rows.filter((r) => r.superiorId === id);
        if (subs.length) throw ruleBroken(`该岗位还有直接下属(${subs.map((s) => s.titleZh).join('、')}),请先调整其汇报关系`, [], 'ORG_HAS_SUBORDINATES');
        if (before.holders.length) throw ruleBroken(`该岗位还有 ${before.holders.length} 名在岗人员,请先调岗`, [], 'ORG_HAS_HOLDERS');
        if (!(await repo.deletePosition(tx, id, version))) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'position.delete',
          entityType: 'position',
          entityId: id,
          summary: existing.titleZh,
          before,
        });
      });
    },
    /** Chart data: everything the org chart page draws, plus the current rule violations. */
    async chart(actor: Actor, pointId?: string) {
      const point = await visiblePoint(db, actor, pointId);
      const ctx = await load(db, point.id);
      const teams = await repo.listTeams(db, point.id);
      const violations = validateOrg(ctx.rows, ctx.holders).map((v) => ({ code: v.code, message: v.message }));
      return { point, ctx, teams, violations, positions: ctx.rows.map((r) => presentPosition(r, ctx)) };
    },
  };
}
export type PositionService = ReturnType<typeof createPositionService>;
