import type { AuthorityLimits, Permission } from '../../auth/permissions.js';

/** Trades of workshop staff (工种). */
export const TRADES = ['mechanical', 'body', 'paint', 'electrical', 'installation', 'field', 'other'] as const;
export type Trade = (typeof TRADES)[number];
/** Technician grades: 师傅 master / 中工 mid / 徒弟 apprentice; staff is everybody else. */
export const SKILL_GRADES = ['master', 'mid', 'apprentice', 'staff'] as const;
export type SkillGrade = (typeof SKILL_GRADES)[number];
export const SERVICE_POINT_KINDS = ['hq', 'regional', 'station', 'franchise'] as const;
export type ServicePointKind = (typeof SERVICE_POINT_KINDS)[number];

export interface TemplateServicePoint {
  key: string;
  parentKey: string | null;
  kind: ServicePointKind;
  code: string;
  nameZh: string;
  nameEn: string;
  address: string;
  contactName: string;
  contactPhone: string;
  /** GB/T 2260 administrative-division codes (6 digits) the point covers. */
  regionCodes: string[];
  /** The point whose organization (departments, positions, teams, employees) this template builds. */
  hasOrganization?: boolean;
}

export interface TemplateDepartment {
  key: string;
  nameZh: string;
  nameEn: string;
  parentKey: string | null;
}

export interface TemplatePosition {
  key: string;
  titleZh: string;
  titleEn: string;
  departmentKey: string;
  /** Direct superior (直接上级, solid line); null only for the one top position. */
  superiorKey: string | null;
  /** Collaboration links (横向协作, dashed lines), by position key; listed once per pair. */
  collaboratesWith: string[];
  /** Job grade, e.g. 'M3' for managers, 'S2' for staff. */
  grade: string;
  plannedHeadcount: number;
  /** 岗位职责 — each item one duty, in Chinese. */
  duties: string[];
  /** 工作权限 — each item one authority, in Chinese. */
  authorities: string[];
  /** 汇报内容 — what the position reports to its superior. */
  reportsUpward: string[];
  permissions: Permission[];
  limits: AuthorityLimits;
  /** Marks the heads the rule of seed 000 ⑥ is about. */
  headOf?: 'customer-service' | 'sales';
}

export interface TemplateTeam {
  key: string;
  nameZh: string;
  nameEn: string;
  trade: Trade;
  departmentKey: string;
}

export interface TemplateCertification {
  name: string;
  number: string;
  /** ISO date (YYYY-MM-DD). */
  expiresOn: string;
}

export interface TemplateEmployee {
  name: string;
  gender: 'M' | 'F';
  phone: string;
  trade: Trade | null;
  skillGrade: SkillGrade;
  positionKey: string;
  teamKey: string | null;
  /** ISO date. */
  hiredOn: string;
  certifications: TemplateCertification[];
}

export interface OrgTemplate {
  key: string;
  nameZh: string;
  nameEn: string;
  servicePoints: TemplateServicePoint[];
  departments: TemplateDepartment[];
  positions: TemplatePosition[];
  teams: TemplateTeam[];
  /** Demo staff, used by `seed --demo` (not by `init`). */
  demoEmployees: TemplateEmployee[];
  /** Demo logins: username → title prefixes of the position whose first holder gets it (default: the station's). */
  demoAccounts?: Record<string, string[]>;
}
