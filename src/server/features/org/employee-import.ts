import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { EmployeeCreate } from '../../../contracts/org.js';
import { AppError, type FieldError } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import * as orgRepo from './org.repo.js';
import { EMPLOYEE_COLUMNS, readEmployeeSheet, type EmployeeSheetRow } from './org-xlsx.js';
import type { EmployeeService } from './employees.service.js';

const GENDER: Record<string, 'M' | 'F'> = { 男: 'M', 女: 'F', M: 'M', F: 'F', m: 'M', f: 'F' };
const TRADE: Record<string, string> = {
  机电: 'mechanical',
  机修: 'mechanical',
  钣金: 'body',
  喷漆: 'paint',
  油漆: 'paint',
  电工: 'electrical',
  安装: 'installation',
  现场服务: 'field',
  其他: 'other',
};
const GRADE: Record<string, string> = { 师傅: 'master', 中工: 'mid', 徒弟: 'apprentice', 职员: 'staff' };
const LABEL = Object.fromEntries(EMPLOYEE_COLUMNS) as Record<string, string>;
const FIELD_LABEL: Record<string, string> = {
  ...LABEL,
  'assignments.0.positionId': '岗位',
  'assignments.0.teamId': '班组',
  assignments: '岗位',
  'certifications.0.expiresOn': '证书到期日',
  'certifications.0.name': '证书名称',
};

const rowError = (row: number, field: string, message: string): FieldError => ({
  path: `rows.${row}.${field}`,
  message: `第 ${row} 行「${FIELD_LABEL[field] ?? field}」:${message}`,
});

/**
 * Import employees from an .xlsx: every row is checked first and any error refuses the whole file
 * (all errors listed per row); only a clean file is written, in one transaction.
 */
export function createEmployeeImport(deps: { db: Db; employees: EmployeeService }) {
  const { db, employees } = deps;
  return async function importEmployees(actor: Actor, buf: Buffer, pointId?: string) {
    const point = await visiblePoint(db, actor, pointId);
    let sheet: Awaited<ReturnType<typeof readEmployeeSheet>>;
    try {
      sheet = await readEmployeeSheet(buf);
    } catch {
      throw new AppError('VALIDATION', '无法读取文件,请上传 .xlsx 格式的 Excel 文件', [{ path: 'file', message: '不是有效的 .xlsx 文件' }]);
    }
    if (sheet.missingHeaders.length) {
      throw new AppError(
        'VALIDATION',
        `缺少必需的列:${sheet.missingHeaders.join('、')}`,
        sheet.missingHeaders.map((h) => ({ path: 'file', message: `缺少列「${h}」` })),
      );
    }
    if (!sheet.rows.length) throw new AppError('VALIDATION', '文件中没有员工数据', [{ path: 'file', message: '没有数据行' }]);
    if (sheet.rows.length > 2000) throw new AppError('VALIDATION', '一次最多导入 2000 行', [{ path: 'file', message: '行数过多' }]);

    const positions = await orgRepo.listPositions(db, point.id);
    const teams = (await orgRepo.listTeams(db, point.id)).map((t) => t.team);
    const errors: FieldError[] = [];
    const inputs: { row: number; input: EmployeeCreate }[] = [];
    const seenPhones = new Map<string, number>();

    for (const r of sheet.rows) {
      const n = r.rowNumber;
      const before = errors.length;
      const map = (field: keyof EmployeeSheetRow, dict: Record<string, string>, what: string) => {
        const v = r[field] as string | undefined;
        if (!v) return undefined;
        if (!(v in dict)) errors.push(rowError(n, field, `无法识别的${what}「${v}」`));
        return dict[v];
      };
      const position = positions.find((p) => p.titleZh === r.position || p.titleEn === r.position);
      if (!r.position) errors.push(rowError(n, 'position', '必填'));
      else if (!position) errors.push(rowError(n, 'position', `系统中没有岗位「${r.position}」`));
      const team = r.team ? teams.find((t) => t.nameZh === r.team || t.nameEn === r.team) : undefined;
      if (r.team && !team) errors.push(rowError(n, 'team', `系统中没有班组「${r.team}」`));
      if (r.phone) {
        const dup = seenPhones.get(r.phone);
        if (dup) errors.push(rowError(n, 'phone', `与第 ${dup} 行手机号重复`));
        else seenPhones.set(r.phone, n);
      }
      const candidate = {
        servicePointId: point.id,
        ...(r.employeeNo ? { employeeNo: r.employeeNo } : {}),
        name: r.name ?? '',
        phone: r.phone ?? '',
        gender: map('gender', GENDER, '性别') ?? 'M',
        trade: map('trade', TRADE, '工种') ?? null,
        skillGrade: map('skillGrade', GRADE, '技术等级') ?? 'staff',
        hiredOn: r.hiredOn || null,
        certifications: r.certName ? [{ name: r.certName, number: r.certNumber ?? '', expiresOn: r.certExpiresOn || null }] : [],
        assignments: position ? [{ positionId: position.id, teamId: team?.id ?? null, isPrimary: true }] : [],
      };
      const parsed = EmployeeCreate.safeParse(candidate);
      if (!parsed.success) {
        for (const i of parsed.error.issues) errors.push(rowError(n, i.path.join('.') || 'name', i.message));
      } else if (errors.length === before) {
        inputs.push({ row: n, input: parsed.data });
      }
    }
    if (errors.length) throw new AppError('VALIDATION', `文件中有 ${errors.length} 处错误,未导入任何数据`, errors);

    return db.transaction(async (tx) => {
      const failures: FieldError[] = [];
      for (const { row, input } of inputs) {
        try {
          await employees.insertOne(tx, actor, point, input, `rows.${row}.`);
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          failures.push(
            ...(e.fields.length
              ? e.fields.map((f) => ({ path: f.path, message: `第 ${row} 行:${f.message}` }))
              : [{ path: `rows.${row}`, message: `第 ${row} 行:${e.message}` }]),
          );
        }
      }
      // Any failure rolls back every row already written in this transaction.
      if (failures.length) throw new AppError('VALIDATION', `文件中有 ${failures.length} 处错误,未导入任何数据`, failures);
      await insertAudit(tx, actor, {
        servicePointId: point.id,
        action: 'employee.import',
        entityType: 'employee',
        entityId: point.id,
        summary: `导入 ${inputs.length} 名员工`,
      });
      return { imported: inputs.length };
    });
  };
}
