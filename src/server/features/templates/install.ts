import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/client.js';
import type { OrgTemplate } from '../../../domain/org/templates/types.js';
import { validateOrg } from '../../../domain/org/rules.js';
import { hashPassword } from '../auth/index.js';
import { insertAudit } from '../audit/index.js';
import { countPoints } from '../service-points/index.js';
import * as repo from './install.repo.js';
import { AppError } from '../../http/errors.js';

export interface InstallOptions {
  adminPassword: string;
  withDemoEmployees: boolean;
  /** Password of the demo role accounts (manager, advisor, …); only with demo employees. */
  demoPassword?: string;
}

/** Demo logins: username → title prefixes of the position whose first holder gets the account. */
export const DEMO_ACCOUNTS: Record<string, string[]> = {
  manager: ['服务经理', '维修站站长', '售后服务总经理'],
  frontdesk: ['前台主管'],
  advisor: ['服务顾问'],
  workshop: ['车间主管'],
  crm: ['客户关系中心主管', '售后服务部经理'],
  info: ['信息专员'],
  cashier: ['收银员'],
  keeper: ['仓库管理员'],
  planner: ['配件计划员'],
  qc: ['质量检验员'],
  tech: ['机修技师'],
  gate: ['门卫'],
  insurance: ['保险主管'],
  accident: ['服务顾问(事故维修)'],
  claims: ['索赔专员'],
  techlead: ['技术主管'],
  // The station's quality manager (质量经理): the 技术主管 holds quality.manage in the dealership template (GB/T 27922 self-assessment).
  quality: ['质量经理', '技术主管'],
  /** 配件主管: approves transfers and stocktaking variances within the stock authority (调拨, 盘点). */
  partsmgr: ['配件主管'],
};

/**
 * Create a template's service points and organization in one transaction: all or nothing.
 * Refuses when the database already holds service points.
 */
export async function installTemplate(db: Db, t: OrgTemplate, o: InstallOptions) {
  const violations = validateOrg(
    t.positions.map((p) => ({ id: p.key, superiorId: p.superiorKey, titleZh: p.titleZh, headOf: p.headOf ?? null })),
    [],
  );
  if (violations.length) throw new Error(`Template ${t.key} is inconsistent: ${violations.map((v) => v.message).join('; ')}`);
  const adminHash = await hashPassword(o.adminPassword);
  const demoHash = o.withDemoEmployees ? await hashPassword(o.demoPassword ?? 'demo1234') : '';

  return db.transaction(async (tx) => {
    if ((await countPoints(tx)) > 0) throw new AppError('CONFLICT', '数据库中已有服务网点,不能再次初始化 (database already initialized)');
    const pointIds = new Map<string, string>();
    const paths = new Map<string, string>();
    for (const sp of t.servicePoints) {
      const id = randomUUID();
      const parentPath = sp.parentKey ? paths.get(sp.parentKey)! : '/';
      pointIds.set(sp.key, id);
      paths.set(sp.key, `${parentPath}${id}/`);
      await repo.insertServicePoint(tx, {
        id,
        parentId: sp.parentKey ? pointIds.get(sp.parentKey)! : null,
        path: `${parentPath}${id}/`,
        kind: sp.kind,
        code: sp.code,
        nameZh: sp.nameZh,
        nameEn: sp.nameEn,
        address: sp.address,
        contactName: sp.contactName,
        contactPhone: sp.contactPhone,
        regionCodes: sp.regionCodes,
        templateKey: t.key,
      });
    }
    const root = t.servicePoints.find((p) => p.parentKey === null)!;
    const orgPoint = t.servicePoints.find((p) => p.hasOrganization) ?? root;
    const pointId = pointIds.get(orgPoint.key)!;
    const { demoUsers } = await installOrganization(tx, t, pointId, { withDemoEmployees: o.withDemoEmployees, demoHash });

    const rootId = pointIds.get(root.key)!;
    const admin = await repo.insertUser(tx, {
      username: 'admin',
      displayName: '系统管理员',
      passwordHash: adminHash,
      servicePointId: rootId,
      isSuperuser: true,
    });
    await insertAudit(tx, null, {
      servicePointId: rootId,
      action: 'template.install',
      entityType: 'service_point',
      entityId: rootId,
      summary: `按模板「${t.nameZh}」初始化`,
      after: { template: t.key, demo: o.withDemoEmployees },
    });
    return { rootPointId: rootId, orgPointId: pointId, adminUserId: admin.id, demoUsers };
  });
}

/**
 * A template's organization (departments, positions, teams; demo staff and their logins with `withDemoEmployees`)
 * at an existing point, inside the caller's transaction. `accountPrefix` keeps the logins of a second point of the
 * same template apart (`s2-advisor`).
 */
export async function installOrganization(
  tx: Tx,
  t: OrgTemplate,
  pointId: string,
  o: { withDemoEmployees: boolean; demoHash: string; accountPrefix?: string },
) {
  const deptIds = new Map<string, string>();
  for (const [i, d] of t.departments.entries()) {
    const id = randomUUID();
    deptIds.set(d.key, id);
    await repo.insertDepartment(tx, {
      id,
      servicePointId: pointId,
      parentId: d.parentKey ? deptIds.get(d.parentKey)! : null,
      nameZh: d.nameZh,
      nameEn: d.nameEn,
      sortOrder: i,
    });
  }
  const posIds = new Map(t.positions.map((p) => [p.key, randomUUID()]));
  // Insert tops first so superior ids always exist (no FK, but keeps the order readable).
  for (const [i, p] of t.positions.entries()) {
    await repo.insertPosition(tx, {
      id: posIds.get(p.key)!,
      servicePointId: pointId,
      departmentId: deptIds.get(p.departmentKey) ?? null,
      templateKey: p.key,
      titleZh: p.titleZh,
      titleEn: p.titleEn,
      superiorId: p.superiorKey ? posIds.get(p.superiorKey)! : null,
      grade: p.grade,
      plannedHeadcount: p.plannedHeadcount,
      duties: p.duties,
      authorities: p.authorities,
      reportsUpward: p.reportsUpward,
      permissions: p.permissions,
      limits: p.limits,
      headOf: p.headOf ?? null,
      sortOrder: i,
    });
  }
  const links = t.positions.flatMap((p) => p.collaboratesWith.map((o) => [posIds.get(p.key)!, posIds.get(o)!].sort()));
  const uniq = [...new Map(links.map(([a, b]) => [`${a}|${b}`, { servicePointId: pointId, positionA: a, positionB: b }])).values()];
  await repo.insertPositionLinks(tx, uniq);
  const teamIds = new Map<string, string>();
  for (const tm of t.teams) {
    const id = randomUUID();
    teamIds.set(tm.key, id);
    await repo.insertTeam(tx, {
      id,
      servicePointId: pointId,
      departmentId: deptIds.get(tm.departmentKey) ?? null,
      nameZh: tm.nameZh,
      nameEn: tm.nameEn,
      trade: tm.trade,
    });
  }

  const employeeOfPosition = new Map<string, string>();
  if (o.withDemoEmployees) {
    for (const [i, e] of t.demoEmployees.entries()) {
      const id = randomUUID();
      await repo.insertEmployee(tx, {
        id,
        servicePointId: pointId,
        employeeNo: `E${String(i + 1).padStart(4, '0')}`,
        name: e.name,
        gender: e.gender,
        phone: e.phone,
        trade: e.trade,
        skillGrade: e.skillGrade,
        hiredOn: e.hiredOn,
      });
      await repo.insertAssignment(tx, {
        servicePointId: pointId,
        employeeId: id,
        positionId: posIds.get(e.positionKey)!,
        teamId: e.teamKey ? teamIds.get(e.teamKey)! : null,
      });
      await repo.insertCertifications(
        tx,
        e.certifications.map((c) => ({ ...c, servicePointId: pointId, employeeId: id })),
      );
      if (!employeeOfPosition.has(e.positionKey)) employeeOfPosition.set(e.positionKey, id);
    }
    await repo.insertCounter(tx, { servicePointId: pointId, name: 'employee', value: t.demoEmployees.length });
  }

  const demoUsers: string[] = [];
  if (o.withDemoEmployees) {
    for (const [account, keys] of Object.entries(t.demoAccounts ?? DEMO_ACCOUNTS)) {
      const key = t.positions.find((p) => keys.some((k) => p.titleZh.startsWith(k)) && employeeOfPosition.has(p.key))?.key;
      if (!key) continue;
      const username = `${o.accountPrefix ?? ''}${account}`;
      const e = t.demoEmployees.find((x) => x.positionKey === key)!;
      await repo.insertUser(tx, { username, displayName: e.name, passwordHash: o.demoHash, servicePointId: pointId, employeeId: employeeOfPosition.get(key)! });
      demoUsers.push(username);
    }
  }
  return { demoUsers, employeeOfPosition };
}
