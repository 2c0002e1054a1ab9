import type { FormInstance } from 'antd';
import { isApiError, type FieldError } from './client';

type NamePath = (string | number)[];

/** 'rows.5.phone' -> ['rows', 5, 'phone'] (numeric segments become list indexes). */
export function toNamePath(path: string): NamePath {
  return path
    .split(/[.[\]]/)
    .filter(Boolean)
    .map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
}

export interface ApplyOptions {
  /** Server field path -> form field path, e.g. 'limits.goodwillFen' -> 'goodwillYuan' (undefined = unchanged). */
  rename?: Record<string, string> | ((path: string) => string | undefined);
}

/**
 * Puts the server's per-field messages onto the antd Form so each shows under its field.
 * Returns the errors that match no field in the form (show those in a message).
 */
export function applyFieldErrors(form: FormInstance, err: unknown, opts: ApplyOptions = {}): FieldError[] {
  if (!isApiError(err) || err.fields.length === 0) return [];
  const known = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const grouped = new Map<string, { name: NamePath; errors: string[] }>();
  const unmatched: FieldError[] = [];
  for (const f of err.fields) {
    const renamed = typeof opts.rename === 'function' ? opts.rename(f.path) : opts.rename?.[f.path];
    const name = toNamePath(renamed ?? f.path);
    const key = name.join('.');
    if (!known.has(key)) {
      unmatched.push(f);
      continue;
    }
    const g = grouped.get(key) ?? { name, errors: [] };
    g.errors.push(f.message);
    grouped.set(key, g);
  }
  form.setFields([...grouped.values()]);
  return unmatched;
}
