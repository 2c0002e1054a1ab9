/**
 * Bench section "knowledge" — a knowledge base of BENCH_ARTICLES (default 50,000) published fault cases, bulletins
 * and manual sections with generated Chinese texts, models and fault codes, on PGlite and on the PostgreSQL server
 * (when reachable); then the search latency (p50/p95) of /api/knowledge/search by words, by fault code, by words and
 * model, and of a work order's panel (no words: the model's and the general articles).
 */
import { onPglite, onPostgres } from '../databases.js';
import { performance } from 'node:perf_hooks';
import type { Database } from '../../src/server/db/client.js';
import { buildApp } from '../../src/server/main.js';
import { loadConfig } from '../../src/server/config.js';
import { installTemplate } from '../../src/server/features/templates/install.js';
import { autoDealershipTemplate } from '../../src/domain/org/templates/auto-dealership.js';
import { knowledgeArticles } from '../../src/server/db/schema.js';
import { articleTokens } from '../../src/domain/knowledge/tokens.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 50_000);

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
  let x = seed;
  return (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
}

async function generate(database: Database, pointId: string, pointPath: string, now: Date) {
  const r = rng(7);
  const kinds = ['fault_case', 'fault_case', 'fault_case', 'bulletin', 'manual'];
  for (let start = 0; start < ARTICLES; start += 1000) {
    const rows = [];
    for (let i = start; i < Math.min(ARTICLES, start + 1000); i++) {
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
        body: '',
        parts: part,
        laborOperation: '',
        faultCodes: [code],
        models: r(4) === 0 ? [] : [model],
        brands: [],
        symptoms: [sym],
        products: [],
      };
      rows.push({
        ...a,
        servicePointId: pointId,
        pointPath,
        number: `KB${String(i + 1).padStart(7, '0')}`,
        kind: kinds[r(kinds.length)],
        status: 'published',
        tokens: articleTokens({ texts: [a.title, a.symptom, a.cause, a.fix, a.parts], terms: [...a.faultCodes, ...a.models, ...a.symptoms] }),
        authorName: 'bench',
        publishedAt: new Date(now.getTime() - r(5 * 365) * 86_400_000),
        solvedCount: r(10),
        unhelpfulCount: r(5),
      });
    }
    await database.db.insert(knowledgeArticles).values(rows);
  }
}

async function measure(database: Database) {
  const now = new Date();
  const installed = await installTemplate(database.db, autoDealershipTemplate, { adminPassword: 'bench-admin', withDemoEmployees: false });
  const t0 = performance.now();
  await generate(database, installed.orgPointId, `/${installed.orgPointId}/`, now);
  const generateSeconds = (performance.now() - t0) / 1000;
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
  const r = rng(11);
  const run = async (n: number, q: () => string) => {
    const xs: number[] = [];
    for (let i = 0; i < n; i++) xs.push(await get(`/api/knowledge/search?${q()}`));
    return { p50: pct(xs, 50), p95: pct(xs, 95) };
  };
  const enc = encodeURIComponent;
  return {
    articles: ARTICLES,
    generateSeconds: Math.round(generateSeconds * 10) / 10,
    wordsMs: await run(40, () => `q=${enc(`${WHEN[r(WHEN.length)]}${PARTS[r(PARTS.length)]}${SYMPTOMS[r(SYMPTOMS.length)]}`)}`),
    faultCodeMs: await run(40, () => `faultCodes=P0${String(r(1000)).padStart(3, '0')}`),
    wordsAndModelMs: await run(40, () => `q=${enc(`${PARTS[r(PARTS.length)]}${SYMPTOMS[r(SYMPTOMS.length)]}`)}&model=${enc(MODELS[r(MODELS.length)])}`),
    modelOnlyMs: await run(20, () => `model=${enc(MODELS[r(MODELS.length)])}`),
    rssMb: Math.round(process.memoryUsage().rss / 1048576),
  };
}

/** The knowledge section on PGlite and on the PostgreSQL server (when reachable). */
export async function run(): Promise<Record<string, unknown>> {
  return { pglite: await onPglite(measure), postgres: await onPostgres('kb', measure) };
}
