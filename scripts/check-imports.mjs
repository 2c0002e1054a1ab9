// The import rule of docs/ARCHITECTURE.md, enforced: imports flow routes → service → repo → db;
// src/domain imports nothing with I/O; the web never imports the server; repos never import services or routes;
// route files import no drizzle-orm, db/schema, db/client or repo.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const files = [];
const walk = (d) =>
  fs.readdirSync(d, { withFileTypes: true }).forEach((e) => {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(ts|tsx)$/.test(e.name)) files.push(p);
  });
walk(path.join(root, 'src'));

const IO = /^(node:|pg$|@electric-sql|drizzle-orm|exceljs|hono|@hono)/;
const problems = [];
for (const f of files) {
  const rel = path.relative(root, f);
  const src = fs.readFileSync(f, 'utf8');
  const imports = [...src.matchAll(/^\s*import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => ({ typeOnly: !!m[1], spec: m[2] }));
  for (const { typeOnly, spec } of imports) {
    const target = spec.startsWith('.') ? path.relative(root, path.resolve(path.dirname(f), spec)) : spec;
    const bad = (why) => problems.push(`${rel}: imports ${spec} — ${why}`);
    if (rel.startsWith('src/domain/') && !rel.endsWith('.test.ts')) {
      if (IO.test(spec)) bad('src/domain must stay pure (no I/O libraries)');
      if (target.startsWith('src/server') || target.startsWith('src/web')) bad('src/domain may not import server or web code');
    }
    if (rel.startsWith('src/web/') && target.startsWith('src/server')) bad('the web never imports the server');
    // exceljs is the heaviest import the server has: loaded on first use by lib/xlsx.ts newWorkbook(), not at start.
    if (spec === 'exceljs' && !typeOnly && rel.startsWith('src/server/') && rel !== 'src/server/lib/xlsx.ts' && !rel.endsWith('.test.ts'))
      bad('make workbooks with newWorkbook() from server/lib/xlsx.ts (exceljs loads on first use, not at start)');
    if (rel.startsWith('src/web/') && target.startsWith('src/contracts') && !typeOnly) bad('the web imports only types from src/contracts (import type)');
    if (/\.repo\.ts$/.test(rel) && /\.(service|routes)(\.js)?$/.test(spec)) bad('repositories hold queries only: no services or routes');
    if (/\.service\.ts$/.test(rel) && /\.routes(\.js)?$/.test(spec)) bad('services may not import routes');
    // Thin routes: parse, authorize, call one service function, present. Queries, transactions and audit writes live in
    // services and repos, so a route file imports no query builder, no table, no Db type and no repository.
    if (/\.routes\.ts$/.test(rel)) {
      if (/^drizzle-orm(\/|$)/.test(spec)) bad('routes are thin: no drizzle-orm (queries belong in a repo, called by a service)');
      if (/(^|\/)db\/(schema|client)(\.js|\.ts|\/|$)/.test(target)) bad('routes are thin: no db/schema or db/client (go through a service)');
      if (/\.repo(\.js|\.ts)?$/.test(spec)) bad('routes are thin: no repositories (go through a service)');
    }
    // A feature's index.ts is its public interface: other features, main.ts and the CLI import nothing else of it.
    const featureOf = (p) => p.match(/^src\/server\/features\/([^/]+)\//)?.[1];
    const isTest = /\.test\.ts$|test-helpers|fixtures|\/test\//.test(rel);
    const from = featureOf(rel);
    const to = featureOf(target);
    if (!isTest && to && from !== to && !/^src\/server\/features\/[^/]+\/index(\.js|\.ts)?$/.test(target) && target !== 'src/server/features/module.js') {
      bad(`other features use ${to} only through src/server/features/${to}/index.ts`);
    }
  }
  // One way to handle local dates: src/domain/time in the service point's zone — no hand-rolled local date, no fixed zone
  // (column defaults in db/schema are fine; tests may pin a zone).
  if (/^src\/(server|cli)\//.test(rel) && !rel.startsWith('src/server/db/schema') && !/\.test\.ts$|^src\/server\/test\//.test(rel)) {
    if (src.includes("toLocaleDateString('sv-SE'"))
      problems.push(`${rel}: toLocaleDateString('sv-SE') — use localDate() of src/domain/time with the point's timeZone`);
    if (src.includes("'Asia/Shanghai'"))
      problems.push(`${rel}: a literal 'Asia/Shanghai' — use the point's timeZone (usableTimeZone / DEFAULT_TIME_ZONE of src/domain/time)`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} import rule violation(s)`);
  process.exit(1);
}
console.log(`import rules: ${files.length} files OK`);
