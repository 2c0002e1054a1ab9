/**
 * The demo's manufacturer network (issue 10/13): the demo station moves under a manufacturer HQ (OEM-HQ) and the East
 * China regional centre (RC-EAST); a second station (ST-0002) stands beside it, and a second region (RC-SOUTH) holds a
 * third (ST-0003). HQ and the centres get their own organizations and demo logins (hq-claims, hq-tech, hq-quality,
 * hq-network, region, …); the other stations get the dealership organization with logins prefixed s2- / s3-.
 */
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/client.js';
import type { OrgTemplate, TemplateServicePoint } from '../../../domain/org/templates/types.js';
import { autoDealershipTemplate } from '../../../domain/org/templates/auto-dealership.js';
import { manufacturerHqTemplate } from '../../../domain/org/templates/manufacturer-hq.js';
import { regionalCentreTemplate } from '../../../domain/org/templates/regional-centre.js';
import { findPoint, findPointByCode, movePointSubtree } from '../service-points/index.js';
import { insertAudit } from '../audit/index.js';
import { hashPassword } from '../auth/index.js';
import { AppError } from '../../http/errors.js';
import { installOrganization } from './install.js';
import * as repo from './install.repo.js';

type PointSpec = Omit<TemplateServicePoint, 'key' | 'parentKey' | 'hasOrganization'>;

const SOUTH: PointSpec = {
  kind: 'regional',
  code: 'RC-SOUTH',
  nameZh: '华南大区服务中心',
  nameEn: 'South China regional service centre',
  address: '广东省广州市番禺区汉溪大道东290号',
  contactName: '黄志明',
  contactPhone: '13802236617',
  regionCodes: ['440000', '450000', '460000'],
};
const SUZHOU: PointSpec = {
  kind: 'station',
  code: 'ST-0002',
  nameZh: '苏州园区东岳4S店售后服务部',
  nameEn: 'Suzhou Industrial Park 4S after-sales department',
  address: '江苏省苏州市工业园区星湖街328号',
  contactName: '顾建平',
  contactPhone: '13913527710',
  regionCodes: ['320505', '320506', '320508'],
};
const GUANGZHOU: PointSpec = {
  kind: 'station',
  code: 'ST-0003',
  nameZh: '广州天河东岳4S店售后服务部',
  nameEn: 'Guangzhou Tianhe 4S after-sales department',
  address: '广东省广州市天河区黄埔大道西668号',
  contactName: '梁伟强',
  contactPhone: '13922458813',
  regionCodes: ['440106', '440104', '440111'],
};

/** The South China centre has its own people (a rotation between the two centres moves real, distinct people). */
const SOUTH_PEOPLE: Record<string, { name: string; gender: 'M' | 'F'; phone: string }> = {
  'region-manager': { name: '黄志明', gender: 'M', phone: '13802236617' },
  'region-claims': { name: '陈晓敏', gender: 'F', phone: '13802237728' },
  'region-tech': { name: '林国栋', gender: 'M', phone: '13802238839' },
};
const southCentre: OrgTemplate = {
  ...regionalCentreTemplate,
  demoEmployees: regionalCentreTemplate.demoEmployees.map((e) => ({ ...e, ...(SOUTH_PEOPLE[e.positionKey] ?? {}) })),
};

/** The network's points, from the top: each with its parent's code, the organization it gets and its login prefix. */
const PLAN: { spec: PointSpec; parent: string | null; org: OrgTemplate; prefix?: string }[] = [
  { spec: manufacturerHqTemplate.servicePoints[0], parent: null, org: manufacturerHqTemplate },
  { spec: regionalCentreTemplate.servicePoints[0], parent: 'OEM-HQ', org: regionalCentreTemplate },
  { spec: SOUTH, parent: 'OEM-HQ', org: southCentre, prefix: 'south-' },
  { spec: SUZHOU, parent: 'RC-EAST', org: autoDealershipTemplate, prefix: 's2-' },
  { spec: GUANGZHOU, parent: 'RC-SOUTH', org: autoDealershipTemplate, prefix: 's3-' },
];

/** Build the demo network around `stationId` (ST-0001) in one transaction; returns the points' ids by code. */
export async function installDemoNetwork(db: Db, stationId: string, o: { demoPassword?: string; now: Date }) {
  const demoHash = await hashPassword(o.demoPassword ?? 'demo1234');
  return db.transaction(async (tx) => {
    if (await findPointByCode(tx, 'OEM-HQ')) throw new AppError('CONFLICT', '演示网络已存在 (the demo network exists)');
    const ids = new Map<string, string>();
    const demoUsers: string[] = [];
    for (const { spec, parent, org, prefix } of PLAN) {
      const parentRow = parent ? await findPoint(tx, ids.get(parent)!) : undefined;
      const id = await insertPoint(tx, spec, parentRow?.path ?? '/', parentRow?.id ?? null, org.key);
      ids.set(spec.code, id);
      if (spec.code === 'RC-EAST') {
        // The demo station joins the East China region before its neighbour does.
        const station = await findPoint(tx, stationId);
        if (!station) throw new AppError('NOT_FOUND', '演示服务站不存在');
        await movePointSubtree(tx, station, (await findPoint(tx, id))!, o.now);
        ids.set(station.code, station.id);
      }
      demoUsers.push(...(await installOrganization(tx, org, id, { withDemoEmployees: true, demoHash, accountPrefix: prefix })).demoUsers);
    }
    await insertAudit(tx, null, {
      servicePointId: ids.get('OEM-HQ')!,
      action: 'template.install',
      entityType: 'service_point',
      entityId: ids.get('OEM-HQ')!,
      summary: '演示网络:主机厂总部、两个大区和三个服务站',
      after: { codes: [...ids.keys()] },
    });
    return { pointIds: Object.fromEntries(ids), demoUsers };
  });
}

async function insertPoint(tx: Tx, spec: PointSpec, parentPath: string, parentId: string | null, templateKey: string) {
  const id = randomUUID();
  await repo.insertServicePoint(tx, { ...spec, id, parentId, path: `${parentPath}${id}/`, templateKey });
  return id;
}
