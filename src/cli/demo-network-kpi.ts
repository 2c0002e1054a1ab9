/**
 * The demo's network steering (after the repair history and the rollups): KPI targets for the stations set by the
 * HQ network manager, and the demo station's monthly report of the last month, submitted to the region (the
 * regional manager `region` acknowledges it in the UI); a quarterly 小结 in draft.
 */
import type { Services } from '../server/main.js';
import { demoApi } from './demo-api.js';
import { DEFAULT_TIME_ZONE, localDate } from '../domain/time/index.js';
import { previousPeriod, periodOf } from '../domain/kpi/index.js';

const TARGETS = { carsSettled: 500, partsFill: 0.9, onTimeDelivery: 0.95, sameDayDelivery: 0.8, productivity: 0.8, efficiency: 1, comebackRate: 0.02, csi: 90 };

export async function seedDemoNetworkKpi(services: Services) {
  const { call, login } = demoApi(services);
  const hq = await login('hq-network');
  const manager = await login('manager');
  if (!hq || !manager) return;
  const points = ((await call(hq, 'GET', '/api/service-points')).body?.items ?? []) as { id: string; code: string; kind: string }[];
  for (const p of points.filter((x) => x.kind === 'station')) await call(hq, 'PUT', '/api/kpi/targets', { servicePointId: p.id, targets: TARGETS });
  const today = localDate(DEFAULT_TIME_ZONE, services.now()); // the demo station's zone;
  const lastMonth = previousPeriod(periodOf('month', today)).from.slice(0, 7);
  const monthly = await call(manager, 'POST', '/api/network-reports', { kind: 'monthly', period: lastMonth });
  if (monthly.status === 201) {
    const r = monthly.body as { id: string; version: number };
    const edited = await call(manager, 'PATCH', `/api/network-reports/${r.id}`, {
      version: r.version,
      sections: {
        'front-desk': '进厂台次平稳,预约进厂比例仍偏低;前台工时产值较上月略有增长。',
        workshop: '车间利用率接近目标,个别技师效率偏低,已安排专项培训。',
        plan: '下月重点:提升预约率,开展保养套餐推广,跟进返修车辆原因分析。',
      },
    });
    if (edited.status === 200) await call(manager, 'POST', `/api/network-reports/${r.id}/actions`, { version: edited.body.version, action: 'submit' });
  }
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  await call(manager, 'POST', '/api/network-reports', { kind: 'quarterly', period: `${today.slice(0, 4)}-Q${q}` });
}
