/** The lines editor's model: the order's lines as edited, and the body of PUT /work-orders/{id}/lines. */
import type { Payer, WorkOrderLine } from './types';

export interface EditLine {
  kind: 'labor' | 'parts';
  /** The catalog item (labor operation or part); the server's lines may not carry it, then the code finds it. */
  refId?: string;
  code: string;
  name: string;
  /** Labor hours; undefined = the catalog's standard hours for the car's model family. */
  hours?: number;
  qty?: number;
  payer: Payer;
  discountPct: number;
  /** The service package (保养套餐) the line belongs to: its lines are added and removed together. */
  packageId?: string;
}

type PackageRef = { packageId?: string };
export type LineInput =
  | ({ kind: 'labor'; laborOperationId: string; hours?: number; payer: Payer; discountPct: number } & PackageRef)
  | ({ kind: 'parts'; partId: string; qty: number; payer: Payer; discountPct: number } & PackageRef);

/** Key of a catalog item by kind and code (labor code, part number). */
export const refKey = (kind: EditLine['kind'], code: string) => `${kind}:${code}`;

/** The order's lines as editable lines. */
export function toEditLines(lines: WorkOrderLine[]): EditLine[] {
  return lines.map((l) => {
    const ids = l as WorkOrderLine & { laborOperationId?: string | null; partId?: string | null };
    return {
      kind: l.kind,
      refId: (l.kind === 'labor' ? ids.laborOperationId : ids.partId) ?? undefined,
      code: l.code,
      name: l.name,
      hours: l.hours ?? undefined,
      qty: l.qty ?? undefined,
      payer: l.payer,
      discountPct: l.discountPct,
      ...(l.packageId ? { packageId: l.packageId } : {}),
    };
  });
}

/** Lines whose catalog item is neither on the line nor among the known refs. */
export const unresolved = (lines: EditLine[], refs: ReadonlyMap<string, string>) => lines.filter((l) => !l.refId && !refs.has(refKey(l.kind, l.code)));

/** The PUT body's lines; throws when a line's catalog item is unknown (call `unresolved` first). */
export function toLineInputs(lines: EditLine[], refs: ReadonlyMap<string, string>): LineInput[] {
  return lines.map((l) => {
    const id = l.refId ?? refs.get(refKey(l.kind, l.code));
    if (!id) throw new Error(`${l.code} ${l.name}`);
    const discountPct = l.discountPct ?? 0;
    const pkg = l.packageId ? { packageId: l.packageId } : {};
    if (l.kind === 'labor') return { kind: 'labor', laborOperationId: id, ...(l.hours != null ? { hours: l.hours } : {}), payer: l.payer, discountPct, ...pkg };
    return { kind: 'parts', partId: id, qty: l.qty ?? 1, payer: l.payer, discountPct, ...pkg };
  });
}

/** The lines without line `index`; a package's line takes the whole package with it. */
export function removeLine(lines: EditLine[], index: number): EditLine[] {
  const pkg = lines[index]?.packageId;
  return lines.filter((l, i) => i !== index && !(pkg && l.packageId === pkg));
}

/** Replace line `index` with `patch` applied (immutably). */
export const patchLine = (lines: EditLine[], index: number, patch: Partial<EditLine>) => lines.map((l, i) => (i === index ? { ...l, ...patch } : l));

/**
 * Add a catalog item: a part already on the order (same part, payer and discount) gets its quantity raised by one
 * instead of a second line (the server folds repeated parts the same way); labor is always a new line.
 */
export function addLine(lines: EditLine[], added: EditLine): EditLine[] {
  if (added.kind === 'parts') {
    const same = (l: EditLine) =>
      l.kind === 'parts' &&
      l.code === added.code &&
      (!l.refId || !added.refId || l.refId === added.refId) &&
      l.payer === added.payer &&
      l.discountPct === added.discountPct;
    const i = lines.findIndex(same);
    if (i >= 0) return patchLine(lines, i, { qty: Math.round(((lines[i].qty ?? 1) + (added.qty ?? 1)) * 1000) / 1000 });
  }
  return [...lines, added];
}
