import { z } from '@hono/zod-openapi';
import { isValidTimeZone } from '../domain/time/index.js';
import { AuthorityLimitsSchema } from './auth.js';
import { IsoDate, MobilePhone, patchOf, Phone, Version } from './common.js';
import { PERMISSIONS } from '../domain/auth/permissions.js';
import { SERVICE_POINT_KINDS, SKILL_GRADES, TRADES } from '../domain/org/templates/types.js';

const Text = (max: number, label: string) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}不能超过 ${max} 个字`);
const Lines = z.array(z.string().trim().min(1, '不能为空行').max(500, '每条不能超过 500 字')).max(80, '最多 80 条');

// ---- service points -------------------------------------------------------
export const ServicePoint = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    depth: z.int32(),
    kind: z.enum(SERVICE_POINT_KINDS),
    code: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    address: z.string(),
    contactName: z.string(),
    contactPhone: z.string(),
    regionCodes: z.array(z.string()),
    timeZone: z.string(),
    version: z.int32(),
  })
  .openapi('ServicePoint');
export type ServicePoint = z.infer<typeof ServicePoint>;

export const ServicePointCreate = z
  .object({
    parentId: z.uuid({ message: '请选择上级网点' }),
    kind: z.enum(SERVICE_POINT_KINDS, { message: '网点类型须为 hq/regional/station/franchise' }),
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{2,20}$/, '编码须为 2–20 位字母、数字或连字符'),
    nameZh: Text(80, '中文名称'),
    nameEn: z.string().trim().max(120).default(''),
    address: z.string().trim().max(200).default(''),
    contactName: z.string().trim().max(40).default(''),
    contactPhone: Phone.default(''),
    regionCodes: z
      .array(z.string().regex(/^\d{6}$/, '行政区划代码须为 6 位数字'))
      .max(500)
      .default([]),
    timeZone: z.string().trim().refine(isValidTimeZone, '时区须为有效的 IANA 名称,如 Asia/Shanghai').default('Asia/Shanghai'),
  })
  .openapi('ServicePointCreate');
export const ServicePointUpdate = patchOf(ServicePointCreate.omit({ parentId: true }))
  .extend({ version: Version })
  .openapi('ServicePointUpdate');

/** Administrative divisions (GB/T 2260): province → city → county, with 6-digit codes. */
const County = z.object({ code: z.string(), name: z.string() });
const City = County.extend({ children: z.array(County).optional() });
export const Division = County.extend({ children: z.array(City).optional() }).openapi('Division');
export type Division = z.infer<typeof Division>;

/** A built-in organization template (内置组织模板). */
export const TemplateSummary = z
  .object({ key: z.string(), nameZh: z.string(), nameEn: z.string(), positions: z.int32(), servicePoints: z.int32() })
  .openapi('TemplateSummary');

// ---- departments ----------------------------------------------------------
export const Department = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    parentId: z.string().nullable(),
    nameZh: z.string(),
    nameEn: z.string(),
    sortOrder: z.int32(),
    version: z.int32(),
  })
  .openapi('Department');
export type Department = z.infer<typeof Department>;
export const DepartmentCreate = z
  .object({
    servicePointId: z.uuid().optional(),
    parentId: z.uuid().nullable().default(null),
    nameZh: Text(60, '部门名称'),
    nameEn: z.string().trim().max(100).default(''),
    sortOrder: z.int32().default(0),
  })
  .openapi('DepartmentCreate');
export const DepartmentUpdate = patchOf(DepartmentCreate.omit({ servicePointId: true })).extend({ version: Version });

// ---- positions ------------------------------------------------------------
export const HeadcountStatus = z.enum(['ok', 'vacant', 'under', 'over']);
export const Holder = z.object({ employeeId: z.string(), name: z.string(), employeeNo: z.string(), teamName: z.string().nullable() });
export const Position = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    departmentId: z.string().nullable(),
    departmentName: z.string().nullable(),
    titleZh: z.string(),
    titleEn: z.string(),
    superiorId: z.string().nullable(),
    grade: z.string(),
    plannedHeadcount: z.int32(),
    actualHeadcount: z.int32(),
    headcountStatus: HeadcountStatus,
    duties: z.array(z.string()),
    authorities: z.array(z.string()),
    reportsUpward: z.array(z.string()),
    permissions: z.array(z.string()),
    limits: AuthorityLimitsSchema,
    headOf: z.enum(['customer-service', 'sales']).nullable(),
    collaboratorIds: z.array(z.string()),
    holders: z.array(Holder),
    version: z.int32(),
  })
  .openapi('Position');
export type Position = z.infer<typeof Position>;

export const PositionCreate = z
  .object({
    servicePointId: z.uuid().optional(),
    departmentId: z.uuid().nullable().default(null),
    titleZh: Text(60, '岗位名称'),
    titleEn: z.string().trim().max(100).default(''),
    superiorId: z.uuid({ message: '请选择直接上级' }).nullable(),
    grade: z.string().trim().max(20).default(''),
    plannedHeadcount: z.number().int('编制须为整数').min(0, '编制不能为负数').max(999).default(1),
    duties: Lines.default([]),
    authorities: Lines.default([]),
    reportsUpward: Lines.default([]),
    permissions: z.array(z.enum(PERMISSIONS, { message: '未知的权限' })).default([]),
    limits: AuthorityLimitsSchema.default({}),
    headOf: z.enum(['customer-service', 'sales']).nullable().default(null),
    collaboratorIds: z.array(z.uuid()).max(50).default([]),
  })
  .openapi('PositionCreate');
export type PositionCreate = z.infer<typeof PositionCreate>;
export const PositionUpdate = patchOf(PositionCreate.omit({ servicePointId: true }))
  .extend({ version: Version })
  .openapi('PositionUpdate');
export type PositionUpdate = z.infer<typeof PositionUpdate>;

// ---- teams ----------------------------------------------------------------
export const Team = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    departmentId: z.string().nullable(),
    nameZh: z.string(),
    nameEn: z.string(),
    trade: z.enum(TRADES),
    memberCount: z.int32(),
    version: z.int32(),
  })
  .openapi('Team');
export type Team = z.infer<typeof Team>;
export const TeamCreate = z
  .object({
    servicePointId: z.uuid().optional(),
    departmentId: z.uuid().nullable().default(null),
    nameZh: Text(40, '班组名称'),
    nameEn: z.string().trim().max(80).default(''),
    trade: z.enum(TRADES, { message: '请选择工种' }),
  })
  .openapi('TeamCreate');
export const TeamUpdate = patchOf(TeamCreate.omit({ servicePointId: true })).extend({ version: Version });

// ---- employees ------------------------------------------------------------
export const CertificationInput = z.object({
  name: Text(80, '证书名称'),
  number: z.string().trim().max(60).default(''),
  expiresOn: IsoDate.nullable().default(null),
});
export const Certification = CertificationInput.extend({
  id: z.string(),
  status: z.enum(['valid', 'expiring', 'expired', 'no-expiry']),
});
export const AssignmentInput = z.object({
  positionId: z.uuid({ message: '请选择岗位' }),
  teamId: z.uuid().nullable().default(null),
  isPrimary: z.boolean().default(true),
});
export const Employee = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    employeeNo: z.string(),
    name: z.string(),
    gender: z.enum(['M', 'F']),
    phone: z.string(),
    trade: z.enum(TRADES).nullable(),
    skillGrade: z.enum(SKILL_GRADES),
    hiredOn: z.string().nullable(),
    isActive: z.boolean(),
    certifications: z.array(Certification),
    assignments: z.array(
      z.object({ positionId: z.string(), positionTitle: z.string(), teamId: z.string().nullable(), teamName: z.string().nullable(), isPrimary: z.boolean() }),
    ),
    version: z.int32(),
  })
  .openapi('Employee');
export type Employee = z.infer<typeof Employee>;
export const EmployeeCreate = z
  .object({
    servicePointId: z.uuid().optional(),
    employeeNo: z.string().trim().max(20).optional(),
    name: Text(30, '姓名'),
    gender: z.enum(['M', 'F'], { message: '性别须为 M 或 F' }).default('M'),
    phone: MobilePhone,
    trade: z.enum(TRADES, { message: '未知的工种' }).nullable().default(null),
    skillGrade: z.enum(SKILL_GRADES, { message: '未知的技术等级' }).default('staff'),
    hiredOn: IsoDate.nullable().default(null),
    certifications: z.array(CertificationInput).max(30).default([]),
    assignments: z.array(AssignmentInput).max(10).default([]),
  })
  .openapi('EmployeeCreate');
export type EmployeeCreate = z.infer<typeof EmployeeCreate>;
export const EmployeeUpdate = patchOf(EmployeeCreate.omit({ servicePointId: true, employeeNo: true }))
  .extend({ version: Version, isActive: z.boolean().optional() })
  .openapi('EmployeeUpdate');
export type EmployeeUpdate = z.infer<typeof EmployeeUpdate>;
export const EmployeeQuery = z.object({
  servicePointId: z.uuid().optional(),
  q: z.string().trim().max(50).optional(),
  teamId: z.uuid().optional(),
  positionId: z.uuid().optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

// ---- chart & staffing -----------------------------------------------------
export const OrgViolation = z.object({ code: z.string(), message: z.string() });
export const OrgChart = z
  .object({
    servicePointId: z.string(),
    servicePointName: z.string(),
    departments: z.array(Department),
    positions: z.array(Position),
    teams: z.array(Team),
    links: z.array(z.object({ a: z.string(), b: z.string() })),
    violations: z.array(OrgViolation),
  })
  .openapi('OrgChart');
export type OrgChart = z.infer<typeof OrgChart>;
export const StaffingRow = z.object({
  positionId: z.string(),
  departmentName: z.string().nullable(),
  titleZh: z.string(),
  titleEn: z.string(),
  grade: z.string(),
  plannedHeadcount: z.int32(),
  actualHeadcount: z.int32(),
  gap: z.int32(),
  status: HeadcountStatus,
  holders: z.array(z.string()),
});
export const Staffing = z
  .object({
    rows: z.array(StaffingRow),
    totals: z.object({ planned: z.int32(), actual: z.int32(), vacantPositions: z.int32(), overPositions: z.int32() }),
  })
  .openapi('Staffing');
export type Staffing = z.infer<typeof Staffing>;
export const ImportRowError = z.object({ row: z.int32(), column: z.string(), message: z.string() });
export const ImportResult = z.object({ imported: z.int32() }).openapi('ImportResult');
