/**
 * The demo's network administration (after the rollups), made through the HTTP API as the HQ network manager
 * `hq-network`: coordinates and star grades of the points, a candidate dealer in Wuxi mid-lifecycle (申请 → 考察 →
 * 初审, next 签约), the quarterly scorecard filled for two stations over the last two quarters, an open rectification;
 * HQ's GB/T 27922 scoring weights and a saved self-assessment of the demo station by the quality engineer `hq-quality`.
 */
import type { Services } from '../server/main.js';
import { demoApi } from './demo-api.js';
import { addDays, DEFAULT_TIME_ZONE, localDate } from '../domain/time/index.js';

const PLACES: Record<string, { lng: number; lat: number; star: string }> = {
  'OEM-HQ': { lng: 118.82, lat: 31.93, star: 'none' },
  'RC-EAST': { lng: 121.37, lat: 31.11, star: 'none' },
  'RC-SOUTH': { lng: 113.38, lat: 22.94, star: 'none' },
  'ST-0001': { lng: 121.46, lat: 31.15, star: '4' },
  'ST-0002': { lng: 120.72, lat: 31.32, star: '3' },
  'ST-0003': { lng: 113.36, lat: 23.13, star: '2' },
};
const ITEMS = [
  { key: 'facility', nameZh: '场地与设备(5S、工位、专用工具)', weight: 20, method: 'passfail' },
  { key: 'process', nameZh: '服务流程抽查(接车、派工、交车)', weight: 30, method: 'sampled' },
  { key: 'quality', nameZh: '维修质量(返修、质检记录抽查)', weight: 25, method: 'sampled' },
  { key: 'training', nameZh: '人员培训与持证上岗', weight: 15, method: 'passfail' },
  { key: 'reporting', nameZh: '报表与索赔按时上报', weight: 10, method: 'passfail' },
];

/** Quarter labels of the two quarters before today's. */
function lastTwoQuarters(today: string) {
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const y = Number(today.slice(0, 4));
  const idx = y * 4 + (q - 1);
  return [idx - 2, idx - 1].map((i) => `${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
}

export async function seedDemoNetworkAdmin(services: Services) {
  const { call, login } = demoApi(services);
  const hq = await login('hq-network');
  if (!hq) return;
  const today = localDate(DEFAULT_TIME_ZONE, services.now());
  const points = ((await call(hq, 'GET', '/api/network/overview')).body?.items ?? []) as { id: string; code: string; version: number }[];
  const byCode = new Map(points.map((p) => [p.code, p]));
  for (const p of points) {
    const place = PLACES[p.code];
    if (place) await call(hq, 'PATCH', `/api/network/points/${p.id}/profile`, { version: p.version, ...place });
  }
  const east = byCode.get('RC-EAST');
  if (east) {
    const cand = await call(hq, 'POST', '/api/network/candidates', {
      parentId: east.id,
      kind: 'franchise',
      code: 'FR-WX01',
      nameZh: '无锡锡山汽车服务有限公司(候选)',
      address: '江苏省无锡市锡山区团结中路9号',
      contactName: '周立新',
      contactPhone: '13861752290',
      regionCodes: ['320205'],
      lng: 120.36,
      lat: 31.59,
      on: addDays(today, -50),
      note: '递交加盟申请、营业执照和场地照片',
    });
    if (cand.status === 201) {
      let v = cand.body.point.version as number;
      for (const [action, days, note] of [
        ['survey', -35, '网络管理科现场考察:场地 2600㎡,工位 12 个,具备钣喷条件'],
        ['approve', -12, '初审通过,待签订特约服务协议'],
      ] as const) {
        const r = await call(hq, 'POST', `/api/network/points/${cand.body.point.id}/accreditation`, { version: v, action, on: addDays(today, days), note });
        if (r.status === 200) v = r.body.point.version;
      }
    }
  }
  const card = await call(hq, 'POST', '/api/network/scorecards', { nameZh: '特约服务站季度考评表', items: ITEMS });
  if (card.status !== 201) return;
  const [q1, q2] = lastTwoQuarters(today);
  const fills: [string, string, number, number, boolean][] = [
    ['ST-0001', q1, 9, 8, true],
    ['ST-0001', q2, 10, 9, true],
    ['ST-0002', q1, 8, 7, false],
    ['ST-0002', q2, 7, 6, true],
  ];
  let st2Last: string | null = null;
  for (const [code, period, process, quality, training] of fills) {
    const p = byCode.get(code);
    if (!p) continue;
    const e = await call(hq, 'POST', '/api/network/evaluations', {
      servicePointId: p.id,
      scorecardId: card.body.id,
      period,
      scores: {
        facility: { pass: true },
        process: { sampled: 10, passed: process },
        quality: { sampled: 10, passed: quality },
        training: { pass: training },
        reporting: { pass: code === 'ST-0001' },
      },
      note: code === 'ST-0002' ? '交车环节抽查不合格较多;索赔资料上报延迟' : '',
    });
    if (e.status === 201 && code === 'ST-0002') st2Last = e.body.id;
  }
  const st2 = byCode.get('ST-0002');
  if (st2)
    await call(hq, 'POST', '/api/network/rectifications', {
      servicePointId: st2.id,
      evaluationId: st2Last,
      title: '交车流程整改:交车前检查与费用解释',
      description: '按交车检查表逐项检查,服务顾问向客户解释结算单;每周抽查 5 台',
      ownerName: '顾建平',
      dueOn: addDays(today, 20),
    });
  const quality = await login('hq-quality');
  const st1 = byCode.get('ST-0001');
  // HQ's scoring weights (whole numbers adding up to 100; heavier on 维修 and 投诉处理): every point below inherits them.
  const inForce = quality && (await call(quality, 'GET', '/api/gbt27922/weights'));
  if (quality && inForce && inForce.status === 200 && inForce.body.canEdit)
    await call(quality, 'PUT', `/api/gbt27922/weights/${inForce.body.servicePointId}`, { version: inForce.body.version, weights: HQ_GBT_WEIGHTS });
  if (quality && st1)
    await call(quality, 'POST', '/api/gbt27922/assessments', {
      servicePointId: st1.id,
      manual: {
        culture: { judgement: { kind: 'pass' }, note: '服务承诺公示于接待大厅;每月服务礼仪培训记录' },
        information: { judgement: { kind: 'pass' }, note: '工时和配件价格在前台公示' },
        resources: { judgement: { kind: 'pass' }, note: '工位 18 个,专用工具台账齐全' },
        norms: { judgement: { kind: 'pass' }, note: '服务流程手册(接待、派工、质检、交车)2026 版' },
        technical: { judgement: { kind: 'pass' }, note: '厂家技术通报按月传达,技师季度培训记录' },
        recycling: { judgement: { kind: 'excluded', reason: '旧件由主机厂统一回收处理' } },
      },
    });
}

/** The demo HQ's GB/T 27922 weights. */
export const HQ_GBT_WEIGHTS: Record<string, number> = {
  organization: 6,
  staffing: 6,
  resources: 6,
  norms: 6,
  supervision: 6,
  improvement: 7,
  culture: 5,
  information: 6,
  technical: 7,
  delivery: 7,
  repair: 9,
  warranty: 7,
  recycling: 4,
  relations: 8,
  complaints: 10,
};
