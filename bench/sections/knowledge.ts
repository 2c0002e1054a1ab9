/**
 * Bench section "knowledge" — a knowledge base grown to each size of BENCH_ARTICLES (default 5000,50000) of
 * published fault cases, bulletins and manual sections with generated Chinese texts, models and fault codes, on
 * PGlite and on the PostgreSQL server (when reachable); at each size the search latency (p50/p95) of
 * /api/knowledge/search by words, by fault code, by words and model, and of a work order's panel (no words: the
 * model's and the general articles). Articles go in 2,000 a statement (one JSON parameter), then the token counts
 * are recounted in one statement and the table analyzed.
 */
import { onPglite, onPostgres } from '../databases.js';
import { performance } from 'node:perf_hooks';
import type { Database } from '../../src/server/db/client.js';
import { buildApp } from '../../src/server/main.js';
import { loadConfig } from '../../src/server/config.js';
import { installTemplate } from '../../src/server/features/templates/install.js';
import { autoDealershipTemplate } from '../../src/domain/org/templates/auto-dealership.js';
import { articleTokens } from '../../src/domain/knowledge/tokens.js';
import { recountTokens } from '../../src/server/features/knowledge/knowledge.repo.js';
import { sql } from 'drizzle-orm';

const SIZES = (process.env.BENCH_ARTICLES ?? '5000,50000').split(',').map(Number);

const PARTS = [
  '发动机',
  '变速箱',
  '空调',
  '制动',
  '转向',
  '悬架',
  '雨刮',
  '天窗',
  '车门',
  '座椅',
  '仪表',
  '音响',
  '电瓶',
  '发电机',
  '起动机',
  '水泵',
  '节温器',
  '涡轮',
  '喷油嘴',
  '点火线圈',
];
const SYMPTOMS = ['异响', '抖动', '漏水', '漏油', '无法启动', '故障灯亮', '换挡冲击', '异味', '不制冷', '跑偏', '发热', '噪音大', '失灵', '报警', '动力不足'];
const WHEN = ['冷车启动时', '高速行驶时', '怠速时', '转弯时', '雨天', '加速时', '刹车时', '倒车时'];
const FIXES = ['更换', '调整', '清洗', '紧固', '升级软件', '重新匹配'];
const MODELS = ['帕萨特', '迈腾', '朗逸', '途观', '速腾', '宝来', '凌渡', '途昂', '高尔夫', '探岳'];

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] * 100) / 100;
};
/** A small deterministic generator (no Math.random: the same base every run). */
function rng(seed: number) {
  let x = seed >>> 0;
  // mulberry32: 32-bit integer steps (the old float LCG lost its precision and repeated in the low bits).
  return (n: number) => {
    x = (x + 0x6d2b79f5) >>> 0;
    let t = Math.imul(x ^ (x >>> 15), 1 | x);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** Articles `from` up to `to` (deterministic), written in bulk; then the token counts recounted. */
async function generate(database: Database, pointId: string, pointPath: string, now: Date, from: number, to: number) {
  const r = rng(7 + from);
  const kinds = ['fault_case', 'fault_case', 'fault_case', 'bulletin', 'manual'];
  for (let start = from; start < to; start += 2000) {
    const rows = [];
    for (let i = start; i < Math.min(to, start + 2000); i++) {
      const part = PARTS[r(PARTS.length)];
      const sym = SYMPTOMS[r(SYMPTOMS.length)];
      const when = WHEN[r(WHEN.length)];
      const model = MODELS[r(MODELS.length)];
      const code = `P0${String(r(1000)).padStart(3, '0')}`;
      const a = {
        title: `${model}${when}${part}${sym}`,
        symptom: `${when}${part}${sym},客户反映明显`,
        cause: `${part}内部部件磨损`,
        fix: `${FIXES[r(FIXES.length)]}${part}`,
        parts: part,
        fault_codes: [code],
        models: r(4) === 0 ? [] : [model],
        symptoms: [sym],
      };
      rows.push({
        ...a,
        number: `KB${String(i + 1).padStart(7, '0')}`,
        kind: kinds[r(kinds.length)],
        tokens: articleTokens({ texts: [a.title, a.symptom, a.cause, a.fix, a.parts], terms: [...a.fault_codes, ...a.models, ...a.symptoms] }),
        published_at: new Date(now.getTime() - r(5 * 365) * 86_400_000).toISOString(),
        solved_count: r(10),
        unhelpful_count: r(5),
      });
    }
    await database.db.execute(sql`
      insert into knowledge_articles (service_point_id, point_path, number, kind, status, title, symptom, cause, fix, parts,
        fault_codes, models, symptoms, tokens, author_name, published_at, solved_count, unhelpful_count)
      select ${pointId}::uuid, ${pointPath}, number, kind, 'published', title, symptom, cause, fix, parts,
        fault_codes, models, symptoms, tokens, 'bench', published_at, solved_count, unhelpful_count
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(number text, kind text, title text, symptom text, cause text,
        fix text, parts text, fault_codes text[], models text[], symptoms text[], tokens text[], published_at timestamptz,
        solved_count int, unhelpful_count int)`);
  }
  await recountTokens(database.db);
  await database.db.execute(sql`analyze knowledge_articles`);
}

async function measure(database: Database) {
  const now = new Date();
  const installed = await installTemplate(database.db, autoDealershipTemplate, { adminPassword: 'bench-admin', withDemoEmployees: false });
  const app = buildApp({ database, config: loadConfig({ DATA_DIR: '/tmp/unused' }), now: () => new Date() });
  const login = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'bench-admin' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const get = async (p: string) => {
    const s = performance.now();
    const res = await app.request(p, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`${p} → ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    return performance.now() - s;
  };
  const run = async (n: number, q: () => string) => {
    const xs: number[] = [];
    for (let i = 0; i < n; i++) xs.push(await get(`/api/knowledge/search?${q()}`));
    return { p50: pct(xs, 50), p95: pct(xs, 95) };
  };
  const enc = encodeURIComponent;
  const out: Record<string, unknown> = {};
  let have = 0;
  for (const size of SIZES) {
    const t0 = performance.now();
    await generate(database, installed.orgPointId, `/${installed.orgPointId}/`, now, have, size);
    have = size;
    const r = rng(11);
    await get(`/api/knowledge/search?q=${enc('发动机异响')}`); // warm-up
    out[String(size)] = {
      generateSeconds: Math.round((performance.now() - t0) / 100) / 10,
      wordsMs: await run(40, () => `q=${enc(`${WHEN[r(WHEN.length)]}${PARTS[r(PARTS.length)]}${SYMPTOMS[r(SYMPTOMS.length)]}`)}`),
      faultCodeMs: await run(40, () => `faultCodes=P0${String(r(1000)).padStart(3, '0')}`),
      wordsAndModelMs: await run(40, () => `q=${enc(`${PARTS[r(PARTS.length)]}${SYMPTOMS[r(SYMPTOMS.length)]}`)}&model=${enc(MODELS[r(MODELS.length)])}`),
      oneWordMs: await run(20, () => `q=${enc(SYMPTOMS[r(SYMPTOMS.length)])}`),
      modelOnlyMs: await run(20, () => `model=${enc(MODELS[r(MODELS.length)])}`),
      rssMb: Math.round(process.memoryUsage().rss / 1048576),
    };
  }
  return out;
}

/** The knowledge section on PGlite and on the PostgreSQL server (when reachable). */
export async function run(): Promise<Record<string, unknown>> {
  return { pglite: await onPglite(measure), postgres: await onPostgres('kb', measure) };
}
