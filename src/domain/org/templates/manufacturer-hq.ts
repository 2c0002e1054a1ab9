/**
 * The manufacturer's after-sales headquarters (厂家售后服务总部) above its dealers' stations: claims review, technical
 * support, quality and network management (seeds 002 索赔, 003 技术支援科/质量管理员, 004 网络管理). Used by the demo
 * network (`installDemoNetwork`); the point itself is made there, so `servicePoints` holds only the HQ.
 */
import type { Permission } from '../../auth/permissions.js';
import type { OrgTemplate, TemplateEmployee, TemplatePosition } from './types.js';

const HQ_READ: Permission[] = ['org.read', 'reports.read', 'audit.read'];

function position(
  p: Pick<TemplatePosition, 'key' | 'titleZh' | 'titleEn' | 'departmentKey' | 'superiorKey' | 'grade' | 'duties' | 'permissions'> & Partial<TemplatePosition>,
): TemplatePosition {
  return { collaboratesWith: [], plannedHeadcount: 1, authorities: [], reportsUpward: [], limits: {}, ...p };
}

function person(name: string, gender: 'M' | 'F', phone: string, positionKey: string, hiredOn: string): TemplateEmployee {
  return { name, gender, phone, trade: null, skillGrade: 'staff', positionKey, teamKey: null, hiredOn, certifications: [] };
}

export const manufacturerHqTemplate: OrgTemplate = {
  key: 'manufacturer-hq',
  nameZh: '主机厂售后服务总部',
  nameEn: "Manufacturer's after-sales headquarters",
  servicePoints: [
    {
      key: 'hq',
      parentKey: null,
      kind: 'hq',
      code: 'OEM-HQ',
      nameZh: '东岳汽车 售后服务总部',
      nameEn: 'Dongyue Motors after-sales headquarters',
      address: '江苏省南京市江宁区将军大道188号',
      contactName: '韩正东',
      contactPhone: '13951762208',
      regionCodes: [],
      hasOrganization: true,
    },
  ],
  departments: [
    { key: 'after-sales', nameZh: '售后服务总部', nameEn: 'After-sales headquarters', parentKey: null },
    { key: 'claims', nameZh: '索赔管理科', nameEn: 'Warranty claims', parentKey: 'after-sales' },
    { key: 'technical', nameZh: '技术支援科', nameEn: 'Technical support', parentKey: 'after-sales' },
    { key: 'quality', nameZh: '质量管理科', nameEn: 'Quality', parentKey: 'after-sales' },
    { key: 'network', nameZh: '网络管理科', nameEn: 'Service network', parentKey: 'after-sales' },
  ],
  positions: [
    position({
      key: 'director',
      titleZh: '售后服务总监',
      titleEn: 'After-sales director',
      departmentKey: 'after-sales',
      superiorKey: null,
      grade: 'M1',
      duties: ['领导总部售后服务工作,制定服务政策、索赔政策和网络发展规划', '审批超出下级权限的索赔、补贴和网络决策'],
      authorities: ['服务网络的建设、评级和退出的决定权', '索赔政策和结算的审批权'],
      reportsUpward: ['向公司总经理汇报售后服务、质量和网络运营情况'],
      permissions: [
        ...HQ_READ,
        'service-points.manage',
        'claims.manage',
        'claims.review',
        'tickets.supervise',
        'settings.manage',
        'warranty.policies',
        'campaigns.manage',
        'network.manage',
      ],
      limits: { claimApproveFen: 100_000_000, subsidyApproveFen: 100_000_000 },
    }),
    position({
      key: 'claims-head',
      titleZh: '索赔管理科科长',
      titleEn: 'Head of warranty claims',
      departmentKey: 'claims',
      superiorKey: 'director',
      grade: 'M2',
      duties: ['组织索赔审核、旧件回运检验和二次索赔', '每月与各服务站结算索赔款'],
      permissions: [...HQ_READ, 'claims.manage', 'claims.review'],
      limits: { claimApproveFen: 5_000_000 },
    }),
    position({
      key: 'claims-reviewer',
      titleZh: '厂家索赔审核员',
      titleEn: 'Warranty claim reviewer',
      departmentKey: 'claims',
      superiorKey: 'claims-head',
      grade: 'S2',
      plannedHeadcount: 2,
      duties: ['审核服务站上报的索赔单:通过、拒绝或退回并说明理由', '检验回运旧件,登记缺失并扣款'],
      permissions: [...HQ_READ, 'claims.manage', 'claims.review'],
      limits: { claimApproveFen: 1_000_000 },
    }),
    position({
      key: 'tech-support',
      titleZh: '技术支援工程师',
      titleEn: 'Technical support engineer',
      departmentKey: 'technical',
      superiorKey: 'director',
      grade: 'S1',
      plannedHeadcount: 2,
      duties: ['解答服务站的疑难技术求助', '编写技术通报和维修手册,组织技术培训'],
      permissions: [...HQ_READ, 'training.manage', 'knowledge.write', 'knowledge.publish', 'tech.support'],
    }),
    position({
      key: 'quality-engineer',
      titleZh: '质量工程师',
      titleEn: 'Quality engineer',
      departmentKey: 'quality',
      superiorKey: 'director',
      grade: 'S1',
      duties: ['统计分析维修、返修、索赔和投诉中的故障,跟踪质量信息反馈直至关闭'],
      // Quality owns the warranty terms per model family, issues recalls / service campaigns and follows quality feedback.
      permissions: [...HQ_READ, 'claims.manage', 'warranty.policies', 'campaigns.manage', 'quality.manage', 'knowledge.write', 'knowledge.publish'],
    }),
    position({
      key: 'network-manager',
      titleZh: '网络管理经理',
      titleEn: 'Service network manager',
      departmentKey: 'network',
      superiorKey: 'director',
      grade: 'M2',
      duties: ['服务网络的考察、选建、初审、评价和整改', '服务补贴的核算和人员轮换的组织'],
      permissions: [...HQ_READ, 'service-points.manage', 'network.manage'],
      limits: { subsidyApproveFen: 2_000_000 },
    }),
  ],
  teams: [],
  demoEmployees: [
    person('韩正东', 'M', '13951762208', 'director', '2012-03-01'),
    person('蒋文华', 'F', '13951763315', 'claims-head', '2014-07-15'),
    person('陆明轩', 'M', '13951764427', 'claims-reviewer', '2018-09-03'),
    person('许晓婷', 'F', '13951765538', 'claims-reviewer', '2021-04-12'),
    person('钱国栋', 'M', '13951766649', 'tech-support', '2013-11-20'),
    person('沈佳怡', 'F', '13951767751', 'quality-engineer', '2016-05-09'),
    person('宋志远', 'M', '13951768862', 'network-manager', '2015-02-23'),
  ],
  demoAccounts: {
    hq: ['售后服务总监'],
    'hq-claims': ['厂家索赔审核员'],
    'hq-tech': ['技术支援工程师'],
    'hq-quality': ['质量工程师'],
    'hq-network': ['网络管理经理'],
  },
};
