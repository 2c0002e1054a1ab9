/**
 * Bench section "vin-import" — a recall's VIN list of BENCH_VINS rows (default 100,000) as CSV and as .xlsx, uploaded
 * through the API and validated + imported by the job on PGlite (in memory): seconds per file and the process's peak
 * RSS / heap while it ran.
 */
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { openPglite } from '../../src/server/db/client.js';
import { buildApp } from '../../src/server/main.js';
import { loadConfig } from '../../src/server/config.js';
import { installTemplate } from '../../src/server/features/templates/install.js';
import { autoDealershipTemplate } from '../../src/domain/org/templates/auto-dealership.js';
import { processVinImport } from '../../src/server/features/warranty/index.js';
import { vinCheckDigit } from '../../src/domain/identifiers/vin.js';

const VINS = Number(process.env.BENCH_VINS ?? 100_000);

const vinOf = (i: number) => {
  const draft = `LSVAB2A20${String(i).padStart(8, '0')}`;
  return `${draft.slice(0, 8)}${vinCheckDigit(draft)}${draft.slice(9)}`;
};

export async function run() {
  const database = await openPglite(null);
  await database.migrate();
  const installed = await installTemplate(database.db, autoDealershipTemplate, { adminPassword: 'bench-admin', withDemoEmployees: false });
  void installed;
  const now = () => new Date();
  const app = buildApp({ database, config: loadConfig({ DATA_DIR: '/tmp/unused' }), now });
  const login = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'bench-admin' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const call = async (method: string, path: string, body?: unknown, form?: FormData) => {
    const res = await app.request(path, {
      method,
      headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: form ?? (body ? JSON.stringify(body) : undefined),
    });
    return res.json() as Promise<{ id: string; status: string; importedRows: number; errorCount: number }>;
  };
  const vins = Array.from({ length: VINS }, (_, i) => vinOf(i + 1));
  const csv = Buffer.from(`VIN\n${vins.join('\n')}\n`);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('VIN');
  ws.addRow(['VIN']);
  for (const v of vins) ws.addRow([v]);
  const xlsx = Buffer.from(await wb.xlsx.writeBuffer());

  const out: Record<string, unknown> = { rows: VINS, csvBytes: csv.length, xlsxBytes: xlsx.length };
  for (const [kind, bytes] of [
    ['csv', csv],
    ['xlsx', xlsx],
  ] as const) {
    const campaign = await call('POST', '/api/campaigns', { kind: 'recall', title: `bench ${kind}`, startsOn: '2026-01-01', endsOn: '2026-12-31' });
    const form = new FormData();
    form.append('file', new File([new Uint8Array(bytes)], `vins.${kind}`));
    global.gc?.();
    const baseRss = process.memoryUsage().rss;
    let peakRss = baseRss;
    let peakHeap = process.memoryUsage().heapUsed;
    const timer = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }, 20);
    const t0 = performance.now();
    const upload = await call('POST', `/api/campaigns/${campaign.id}/imports`, undefined, form);
    const t1 = performance.now();
    await processVinImport(database.db, upload.id, now);
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(timer);
    const result = await call('GET', `/api/campaign-imports/${upload.id}`);
    out[kind] = {
      status: result.status,
      importedRows: result.importedRows,
      uploadSeconds: Math.round(t1 - t0) / 1000,
      totalSeconds: Math.round(seconds * 100) / 100,
      peakRssMb: Math.round(peakRss / 1048576),
      rssGrowthMb: Math.round((peakRss - baseRss) / 1048576),
      peakHeapMb: Math.round(peakHeap / 1048576),
    };
  }
  await database.close();
  return out;
}
