export interface DiffRow {
  key: string;
  before: unknown;
  after: unknown;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys whose values differ between two snapshots (top level; arrays and objects compared as JSON). */
export function changedKeys(before: unknown, after: unknown): DiffRow[] {
  const b = isObj(before) ? before : {};
  const a = isObj(after) ? after : {};
  if (!isObj(before) && !isObj(after)) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ key: '—', before, after }];
  }
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .filter((k) => k !== 'version' && k !== 'updatedAt')
    .map((k) => ({ key: k, before: b[k], after: a[k] }));
}

export const show = (v: unknown) => (v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v, null, 1));
