/** Factories for warranty tests: policies, cars with 三包 dates, campaigns and VIN files. */
import type { Harness } from './harness.js';
import { createFactories, ok, vin, type Session } from './factories.js';
import { runDueJobs } from '../jobs/queue.js';
import { buildJobHandlers } from '../main.js';
import type { z } from '@hono/zod-openapi';
import type { Campaign, CampaignImport, Policy } from '../../contracts/warranty.js';

export const TEST_POLICY = {
  baoxiu: { months: 36, km: 60_000 },
  sanbao: { months: 24, km: 50_000 },
  mainParts: [
    { system: 'engine', partNos: ['ENG-*'], assembly: false },
    { system: 'engine', partNos: ['ENGASSY-1'], assembly: true },
  ],
  specialParts: [],
  wearParts: [{ partNo: 'WEAR-PAD', nameZh: '制动片', months: 6, km: 10_000 }],
  usageCoefficientBp: 50,
};

export function createWarrantyFactories(h: Harness) {
  const f = createFactories(h);
  let n = 0;
  async function policy(o: { modelFamily?: string; servicePointId?: string; as?: Session } = {}) {
    const as = o.as ?? (await f.login('admin'));
    const body = { modelFamily: o.modelFamily ?? '朗逸', servicePointId: o.servicePointId, terms: TEST_POLICY };
    return ok<z.infer<typeof Policy>>(await as.call('POST', '/api/warranty/policies', { body }), 'policy');
  }
  /** A car of the family with its invoice date (三包 starts there) and mileage. */
  const car = (o: { invoicedOn: string; mileageKm?: number; modelFamily?: string; vin?: string }) =>
    f.vehicle({ invoicedOn: o.invoicedOn, mileageKm: o.mileageKm ?? 1_000, modelFamily: o.modelFamily ?? '朗逸', ...(o.vin && { vin: o.vin }) });
  async function campaign(o: { kind?: 'recall' | 'service'; as?: Session; servicePointId?: string } = {}) {
    const as = o.as ?? (await f.login('admin'));
    const body = {
      kind: o.kind ?? 'recall',
      title: `测试召回 ${++n}`,
      description: '更换燃油泵',
      laborCode: 'RC-01',
      laborHours: 1.2,
      parts: [{ partNo: 'FP-1', nameZh: '燃油泵', qty: 1 }],
      startsOn: '2026-11-01',
      endsOn: '2027-06-30',
      servicePointId: o.servicePointId,
    };
    return ok<z.infer<typeof Campaign>>(await as.call('POST', '/api/campaigns', { body }), 'campaign');
  }
  /** Upload a VIN file and run the import job; the import as it ended. */
  async function importVins(campaignId: string, content: string | Buffer, o: { as?: Session; name?: string } = {}) {
    const as = o.as ?? (await f.login('admin'));
    const form = new FormData();
    form.append('file', new File([typeof content === 'string' ? content : new Uint8Array(content)], o.name ?? 'vins.csv'));
    const up = await as.call<z.infer<typeof CampaignImport>>('POST', `/api/campaigns/${campaignId}/imports`, { raw: form });
    if (up.status !== 202) return { upload: up, result: null };
    await runJobs();
    return { upload: up, result: ok<z.infer<typeof CampaignImport>>(await as.get(`/api/campaign-imports/${up.body.id}`), 'import') };
  }
  const handlers = () => {
    const all = buildJobHandlers({ database: h.database, config: h.config, now: h.now });
    return { 'campaign-vin-import': all['campaign-vin-import'] };
  };
  async function runJobs() {
    while ((await runDueJobs(h.db, 'test', handlers(), h.now)) > 0);
  }
  /** `count` distinct valid VINs. */
  const vins = (count: number, prefix = 'LFV2A21K') => Array.from({ length: count }, (_, i) => vin(`${prefix}${String(i + 1).padStart(8, '0')}`));
  return { ...f, policy, car, campaign, importVins, runJobs, vins };
}
export type WarrantyFactories = ReturnType<typeof createWarrantyFactories>;
