/**
 * A manufacturer's regional service centre (大区服务中心, seed 003: 服务网络考察, 选建, 初审, 管理, 培训, 考评) between HQ
 * and the stations. Used by the demo network; `servicePoints` holds the East China centre (the demo installs the
 * same organization at other centres by passing their point).
 */
import type { OrgTemplate, TemplateEmployee } from './types.js';

function person(name: string, gender: 'M' | 'F', phone: string, positionKey: string, hiredOn: string): TemplateEmployee {
  return { name, gender, phone, trade: null, skillGrade: 'staff', positionKey, teamKey: null, hiredOn, certifications: [] };
}

export const regionalCentreTemplate: OrgTemplate = {
  key: 'regional-centre',
  nameZh: '大区服务中心',
  nameEn: 'Regional service centre',
  servicePoints: [
    {
      key: 'region',
      parentKey: null,
      kind: 'regional',
      code: 'RC-EAST',
      nameZh: '华东大区服务中心',
      nameEn: 'East China regional service centre',
      address: '上海市闵行区莘庄工业区申富路618号',
      contactName: '周海峰',
      contactPhone: '13601827754',
      regionCodes: ['310000', '320000', '330000'],
      hasOrganization: true,
    },
  ],
  departments: [{ key: 'centre', nameZh: '大区服务中心', nameEn: 'Regional service centre', parentKey: null }],
  positions: [
    {
      key: 'region-manager',
      titleZh: '区域经理',
      titleEn: 'Regional manager',
      departmentKey: 'centre',
      superiorKey: null,
      collaboratesWith: [],
      grade: 'M2',
      plannedHeadcount: 1,
      duties: ['管理本大区服务网络:考察、初审、培训、考评和整改', '组织本大区人员轮换和服务补贴的初审'],
      authorities: ['本大区服务站考评和整改的决定权'],
      reportsUpward: ['向售后服务总监汇报本大区网络运营、考评和整改情况'],
      permissions: ['org.read', 'reports.read', 'audit.read', 'claims.manage', 'tickets.supervise', 'network.manage'],
      limits: {},
    },
    {
      key: 'region-claims',
      titleZh: '区域索赔审核员',
      titleEn: 'Regional claim reviewer',
      departmentKey: 'centre',
      superiorKey: 'region-manager',
      collaboratesWith: [],
      grade: 'S2',
      plannedHeadcount: 1,
      duties: ['初审本大区服务站的索赔单和预授权申请'],
      authorities: [],
      reportsUpward: ['索赔初审情况'],
      permissions: ['org.read', 'reports.read', 'claims.manage', 'claims.review'],
      limits: { claimApproveFen: 300_000 },
    },
    {
      key: 'region-tech',
      titleZh: '区域技术支持',
      titleEn: 'Regional technical support',
      departmentKey: 'centre',
      superiorKey: 'region-manager',
      collaboratesWith: [],
      grade: 'S1',
      plannedHeadcount: 1,
      duties: ['解答本大区服务站的疑难技术求助,解决不了的上报总部技术支援科', '组织本大区技术培训'],
      authorities: [],
      reportsUpward: ['疑难问题和技术培训情况'],
      permissions: ['org.read', 'reports.read', 'training.manage', 'knowledge.write', 'knowledge.publish', 'tech.support'],
      limits: {},
    },
  ],
  teams: [],
  demoEmployees: [
    person('周海峰', 'M', '13601827754', 'region-manager', '2015-08-01'),
    person('杨丽萍', 'F', '13601828865', 'region-claims', '2019-03-18'),
    person('吴振宇', 'M', '13601829976', 'region-tech', '2017-06-26'),
  ],
  demoAccounts: {
    region: ['区域经理'],
    'region-claims': ['区域索赔审核员'],
    'region-tech': ['区域技术支持'],
  },
};
