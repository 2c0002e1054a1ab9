import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zhCN } from './zh-CN';
import { enUS } from './en-US';
import { NAV, isGroup } from '../layout/nav';

type Tree = { [k: string]: string | Tree };
const flatten = (t: Tree, prefix = ''): string[] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : flatten(v, `${prefix}${k}.`)));

const webDir = join(import.meta.dirname, '..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !f.endsWith('.test.ts') && !p.includes(`${join('web', 'i18n')}`) ? [p] : [];
  });
}

describe('i18n dictionaries', () => {
  const zh = new Set(flatten(zhCN as unknown as Tree));
  const en = new Set(flatten(enUS as unknown as Tree).filter((k) => !k.endsWith('_one')));

  it('have the same keys in zh-CN and en-US', () => {
    expect([...zh].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !zh.has(k))).toEqual([]);
  });

  it('contain every static key the components use', () => {
    const used = new Set<string>();
    for (const file of sources(webDir)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z0-9_.-]+)'/g)) used.add(m[1]);
    }
    for (const n of NAV) {
      used.add(n.label);
      if (isGroup(n)) n.items.forEach((i) => used.add(i.label));
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !zh.has(k)).sort()).toEqual([]);
  });
});
