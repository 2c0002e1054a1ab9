/**
 * Bench section "frontend" — the JavaScript a browser loads before the first screen after login (issue 14: under
 * 350 kB gzip; charts arrive after the numbers). Read from Vite's build manifest (dist/web/.vite/manifest.json,
 * built when missing): the entry with everything it imports statically, plus the home page's chunk and its static
 * imports. ECharts is lazy (components/EChart) and so is every other page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const WEB = path.resolve('dist/web');
const kB = (n: number) => Math.round(n / 102.4) / 10;

export async function run() {
  const manifestFile = path.join(WEB, '.vite/manifest.json');
  if (!fs.existsSync(manifestFile)) spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, Chunk>;
  const gz = new Map<string, number>();
  const gzipOf = (file: string) => {
    if (!gz.has(file)) gz.set(file, gzipSync(fs.readFileSync(path.join(WEB, file))).length);
    return gz.get(file)!;
  };
  const closure = (key: string, seen = new Set<string>()) => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const i of manifest[key].imports ?? []) closure(i, seen);
    return seen;
  };
  const weigh = (keys: Set<string>) => [...keys].reduce((s, k) => s + gzipOf(manifest[k].file), 0);
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
  const home = Object.keys(manifest).find((k) => k.endsWith('features/home/HomePage.tsx'))!;
  const firstScreen = closure(home, closure(entry));
  const charts = Object.values(manifest).find((c) => c.file.includes('vendor-echarts'));
  const allJs = Object.values(manifest).reduce((s, c) => s + gzipOf(c.file), 0);
  return {
    firstScreenGzipKb: kB(weigh(firstScreen)),
    entryGzipKb: kB(weigh(closure(entry))),
    firstScreenChunks: [...firstScreen].map((k) => ({ file: manifest[k].file, gzipKb: kB(gzipOf(manifest[k].file)) })).sort((a, b) => b.gzipKb - a.gzipKb),
    chartsGzipKb: charts ? kB(gzipOf(charts.file)) : null,
    chartsOnFirstScreen: [...firstScreen].some((k) => manifest[k].file.includes('vendor-echarts')),
    allJavaScriptGzipKb: kB(allJs),
    goalKb: 350,
  };
}
