/**
 * Organization design advisor (组织设计建议, seed 000 ③ and ⑥): explicit rules from the answers (company size,
 * mechanization, process type, outsourcing 协作化程度, production type, products, regions) to a recommended after-sales
 * structure — departments, positions with staffing ranges, solid (reports to) and dashed (collaborates) lines — and the
 * reason of every rule that fired. The customer-service head and the sales head are always separate positions, both
 * under the general manager, with no reporting line between them (⑥); the result is an OrgTemplate ready to install.
 */
import type { Permission } from '../auth/permissions.js';
import type { OrgTemplate, TemplateDepartment, TemplatePosition } from './templates/types.js';

export interface AdvisorAnswers {
  /** 企业规模 */
  size: 'small' | 'medium' | 'large';
  /** 机械化程度 (equipment count, technical complexity) */
  mechanization: 'low' | 'high';
  /** 生产工艺性质: general machining / continuous (化工、冶炼: high temperature, pressure, continuous) */
  process: 'general' | 'continuous';
  /** 协作化程度: how much maintenance, retrofits and spare parts are bought from outside */
  outsourcing: 'low' | 'high';
  /** 生产类型: mass / batch / single-piece */
  production: 'mass' | 'batch' | 'single';
  /** Product lines served. */
  products: string[];
  /** Regions served. */
  regions: string[];
}

export interface AdvisedPosition extends TemplatePosition {
  /** Staffing range (编制) recommended; plannedHeadcount is its upper end. */
  staffMin: number;
  staffMax: number;
}

export interface Recommendation {
  departments: TemplateDepartment[];
  positions: AdvisedPosition[];
  /** The rules that fired, in order, each with its source. */
  reasons: string[];
}

const SCALE = { small: 1, medium: 2, large: 4 } as const;
const READ: Permission[] = ['org.read', 'reports.read'];

function pos(
  p: Pick<TemplatePosition, 'key' | 'titleZh' | 'titleEn' | 'departmentKey' | 'superiorKey'> & Partial<TemplatePosition> & { staff?: [number, number] },
): AdvisedPosition {
  const [staffMin, staffMax] = p.staff ?? [1, 1];
  const { staff: _, ...rest } = p;
  return {
    collaboratesWith: [],
    grade: 'S1',
    duties: [],
    authorities: [],
    reportsUpward: [],
    permissions: READ,
    limits: {},
    ...rest,
    plannedHeadcount: staffMax,
    staffMin,
    staffMax,
  };
}

const range = (base: number, k: number, lean: boolean): [number, number] => {
  const max = Math.max(1, Math.round(base * k * (lean ? 0.5 : 1)));
  return [Math.max(1, Math.ceil(max / 2)), max];
};

/** The recommended structure for the answers: pure and deterministic (same answers, same keys and order). */
export function recommendStructure(a: AdvisorAnswers): Recommendation {
  const k = SCALE[a.size];
  const lean = a.outsourcing === 'high';
  const complexity = (a.mechanization === 'high' ? 1 : 0) + (a.process === 'continuous' ? 1 : 0);
  const reasons: string[] = [];
  const departments: TemplateDepartment[] = [
    { key: 'company', nameZh: '公司', nameEn: 'Company', parentKey: null },
    { key: 'sales', nameZh: '销售部', nameEn: 'Sales', parentKey: 'company' },
    { key: 'service', nameZh: '售后服务部', nameEn: 'After-sales service', parentKey: 'company' },
  ];
  const positions: AdvisedPosition[] = [
    pos({
      key: 'gm',
      titleZh: '总经理',
      titleEn: 'General manager',
      departmentKey: 'company',
      superiorKey: null,
      grade: 'M1',
      permissions: [...READ, 'org.manage', 'employees.manage', 'users.manage'],
    }),
    pos({
      key: 'sales-head',
      titleZh: '销售部经理',
      titleEn: 'Sales manager',
      departmentKey: 'sales',
      superiorKey: 'gm',
      grade: 'M2',
      headOf: 'sales',
      collaboratesWith: ['service-head'],
    }),
  ];
  reasons.push('⑥ 客服部门与销售部门并列:两部门负责人不能为同一人,也不存在上下级关系(两者均直接向总经理汇报,仅以虚线协作)');

  // ③(1) 企业规模: a large company has a deputy GM for equipment and service with chief engineers under them.
  let serviceSuperior = 'gm';
  if (a.size === 'large') {
    positions.push(
      pos({
        key: 'deputy-gm',
        titleZh: '主管设备与服务的副总经理',
        titleEn: 'Deputy GM, equipment and service',
        departmentKey: 'company',
        superiorKey: 'gm',
        grade: 'M1',
      }),
      pos({
        key: 'chief-mechanical',
        titleZh: '总机械师',
        titleEn: 'Chief mechanical engineer',
        departmentKey: 'company',
        superiorKey: 'deputy-gm',
        grade: 'M2',
      }),
      pos({ key: 'chief-power', titleZh: '总动力师', titleEn: 'Chief power engineer', departmentKey: 'company', superiorKey: 'deputy-gm', grade: 'M2' }),
    );
    serviceSuperior = 'deputy-gm';
    reasons.push('③(1) 大型企业:设主管设备的副总经理,下设总机械师与总动力师,售后服务部由其领导');
  } else reasons.push(`③(1) ${a.size === 'small' ? '小型' : '中型'}企业:售后服务部直接由总经理领导`);
  positions.push(
    pos({
      key: 'service-head',
      titleZh: '售后服务部经理',
      titleEn: 'After-sales service manager',
      departmentKey: 'service',
      superiorKey: serviceSuperior,
      grade: 'M2',
      headOf: 'customer-service',
      permissions: [...READ, 'reports.submit', 'tickets.supervise', 'field.manage', 'quality.manage'],
    }),
    pos({
      key: 'cs-rep',
      titleZh: '客服专员',
      titleEn: 'Customer-service representative',
      departmentKey: 'service',
      superiorKey: 'service-head',
      staff: range(1, k, false),
      duties: ['受理咨询、报修和投诉', '满意度调查和回访'],
      permissions: [...READ, 'tickets.handle', 'followups.call'],
    }),
  );

  // ③(2)(3) 机械化程度 and 生产工艺性质: complex equipment needs a fuller technical organization.
  if (complexity > 0) {
    departments.push({ key: 'tech', nameZh: '技术支持部', nameEn: 'Technical support', parentKey: 'service' });
    positions.push(
      pos({
        key: 'tech-head',
        titleZh: '技术支持主管',
        titleEn: 'Technical support lead',
        departmentKey: 'tech',
        superiorKey: 'service-head',
        grade: 'M3',
        permissions: [...READ, 'tech.support', 'knowledge.publish', 'training.manage'],
      }),
    );
    reasons.push(
      `③(2)(3) ${[a.mechanization === 'high' ? '机械化程度高' : '', a.process === 'continuous' ? '连续生产工艺(高温高压、腐蚀)' : ''].filter(Boolean).join('、')}:设独立的技术支持部`,
    );
    if (complexity === 2) {
      positions.push(
        pos({
          key: 'condition-monitor',
          titleZh: '状态监测工程师',
          titleEn: 'Condition-monitoring engineer',
          departmentKey: 'tech',
          superiorKey: 'tech-head',
          staff: range(1, k, false),
          duties: ['设备点检和状态监测,预测故障'],
        }),
      );
      reasons.push('③(2)(3) 两项都高:技术支持部增设状态监测(点检)岗位');
    }
  } else reasons.push('③(2)(3) 一般加工、机械化程度不高:技术支持由售后服务部经理兼管,不单设部门');

  // Products: one product engineer per line (up to five lines each; more are grouped).
  const techBoss = complexity > 0 ? 'tech-head' : 'service-head';
  const productDept = complexity > 0 ? 'tech' : 'service';
  const products = a.products.map((p) => p.trim()).filter(Boolean);
  products.slice(0, 5).forEach((p, i) =>
    positions.push(
      pos({
        key: `product-${i + 1}`,
        titleZh: `${p}产品工程师`,
        titleEn: `Product engineer, ${p}`,
        departmentKey: productDept,
        superiorKey: techBoss,
        staff: range(1, k, false),
        permissions: [...READ, 'tech.support', 'knowledge.write'],
      }),
    ),
  );
  if (products.length > 5)
    positions.push(
      pos({
        key: 'product-other',
        titleZh: '其他产品工程师',
        titleEn: 'Product engineer, other lines',
        departmentKey: productDept,
        superiorKey: techBoss,
        staff: range(1, k, false),
      }),
    );
  if (products.length) reasons.push(`产品线 ${products.length} 条:每条产品线设产品工程师${products.length > 5 ? '(第 6 条起合并为一个岗位)' : ''}`);

  // ③(5) 生产类型: installation and commissioning per order vs planned preventive maintenance.
  if (a.production !== 'mass') {
    departments.push({ key: 'install', nameZh: '安装调试部', nameEn: 'Installation and commissioning', parentKey: 'service' });
    positions.push(
      pos({
        key: 'install-engineer',
        titleZh: '安装调试工程师',
        titleEn: 'Installation engineer',
        departmentKey: 'install',
        superiorKey: 'service-head',
        staff: range(a.production === 'single' ? 2 : 1, k, lean),
        permissions: [...READ, 'field.work'],
      }),
    );
    reasons.push(`③(5) ${a.production === 'single' ? '单件小批生产' : '成批生产'}:设安装调试部,按订单安装调试`);
  }
  if (a.production !== 'single') {
    positions.push(
      pos({
        key: 'maintenance-planner',
        titleZh: '设备维修计划员',
        titleEn: 'Maintenance planner',
        departmentKey: 'service',
        superiorKey: 'service-head',
        permissions: [...READ, 'field.dispatch'],
      }),
    );
    reasons.push(`③(5) ${a.production === 'mass' ? '大量生产' : '成批生产'}:设维修计划员,编制预防维修计划`);
  }

  // Regions: a field team per region served (one region: one team at the service department).
  const regions = a.regions.map((r) => r.trim()).filter(Boolean);
  const regionList = regions.length ? regions : ['本地'];
  regionList.forEach((r, i) =>
    positions.push(
      pos({
        key: `field-${i + 1}`,
        titleZh: regionList.length > 1 ? `${r}现场服务工程师` : '现场服务工程师',
        titleEn: regionList.length > 1 ? `Field engineer, ${r}` : 'Field engineer',
        departmentKey: 'service',
        superiorKey: 'service-head',
        staff: range(2, k, lean),
        permissions: [...READ, 'field.work'],
      }),
    ),
  );
  reasons.push(regionList.length > 1 ? `服务区域 ${regionList.length} 个:每个区域设现场服务工程师` : '服务区域 1 个:现场服务工程师集中在售后服务部');

  // ③(4) 协作化程度: much bought outside → lean staffing and an outsourcing coordinator; little → own spare-parts shop.
  if (lean) {
    positions.push(
      pos({
        key: 'outsourcing',
        titleZh: '外协管理员',
        titleEn: 'Outsourcing coordinator',
        departmentKey: 'service',
        superiorKey: 'service-head',
        duties: ['外协检修和备件的社会协作:选择、合同、验收'],
      }),
    );
    reasons.push('③(4) 协作化程度高:维修队伍精干(编制减半),设外协管理员管理外协检修和备件协作');
  } else {
    positions.push(
      pos({
        key: 'spare-parts',
        titleZh: '备件管理员',
        titleEn: 'Spare-parts keeper',
        departmentKey: 'service',
        superiorKey: 'service-head',
        staff: range(1, k, false),
        permissions: [...READ, 'parts.manage'],
      }),
      pos({
        key: 'repair-workshop',
        titleZh: '维修车间主任',
        titleEn: 'Repair workshop head',
        departmentKey: 'service',
        superiorKey: 'service-head',
        grade: 'M3',
        permissions: [...READ, 'workshop.dispatch'],
      }),
    );
    reasons.push('③(4) 协作化程度低:自设维修车间和备件管理,承担检修、改造和备件制造');
  }
  return { departments, positions, reasons };
}

/** The recommendation as a template to install at a point (no demo staff: the positions start vacant, a draft). */
export function recommendationTemplate(r: Recommendation): OrgTemplate {
  return {
    key: 'advisor',
    nameZh: '组织设计建议',
    nameEn: 'Advised organization',
    servicePoints: [],
    departments: r.departments,
    positions: r.positions.map(({ staffMin: _a, staffMax: _b, ...p }) => p),
    teams: [],
    demoEmployees: [],
  };
}
