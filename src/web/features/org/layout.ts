/**
 * A top-down tidy-tree layout for the org chart (pure: no DOM, no ECharts).
 *
 * Subtrees are packed left to right as tightly as their boxes allow (contour packing by row),
 * each parent is centred over its children, and the connectors are orthogonal polylines
 * (parent -> bus -> child). Optionally, children are stacked in one column centred under their
 * parent, with a spine on the left (all-leaf children, or every node from a given depth),
 * which keeps wide charts readable on a small screen.
 */

export interface TreeItem {
  id: string;
  /** The direct superior; null, unknown or cyclic parents make the item a root. */
  parentId: string | null;
}

export interface LayoutOptions {
  nodeWidth: number;
  nodeHeight: number;
  /** Horizontal space between neighbouring boxes. */
  siblingGap: number;
  /** Vertical space between a parent's box and its children's boxes. */
  levelGap: number;
  /** Stack the children in a column when they are all leaves and at least this many (0 = never). */
  stackLeavesFrom?: number;
  /** Stack the children (two or more, leaves or not) of every node at this depth or deeper (0 = never). */
  stackFromDepth?: number;
  /** Vertical space between stacked boxes. */
  stackGap?: number;
  /** Distance of the spine of a stacked column from the column's left edge. */
  spineInset?: number;
}

export interface PlacedNode {
  id: string;
  /** Centre of the box. */
  x: number;
  y: number;
  depth: number;
  parentId: string | null;
}

export type Point = [number, number];

export interface TreeLayout {
  nodes: Map<string, PlacedNode>;
  /** Orthogonal connector polylines (superior links). */
  connectors: Point[][];
  /** Size of the bounding box of all boxes; boxes start at (0, 0). */
  width: number;
  height: number;
}

interface Shape {
  nodes: { id: string; x: number; y: number; depth: number }[];
  /** Row (box centre y) -> horizontal extent of everything in that row. */
  rows: Map<number, [number, number]>;
  lines: Point[][];
}

const shiftShape = (s: Shape, dx: number, dy: number): Shape => ({
  nodes: s.nodes.map((n) => ({ ...n, x: n.x + dx, y: n.y + dy })),
  rows: new Map([...s.rows].map(([y, [l, r]]) => [y + dy, [l + dx, r + dx] as [number, number]])),
  lines: s.lines.map((pl) => pl.map(([x, y]) => [x + dx, y + dy] as Point)),
});

function mergeRows(into: Map<number, [number, number]>, from: Map<number, [number, number]>) {
  for (const [y, [l, r]] of from) {
    const cur = into.get(y);
    into.set(y, cur ? [Math.min(cur[0], l), Math.max(cur[1], r)] : [l, r]);
  }
}

/**
 * Smallest shift to the right that keeps `right` clear of `left` by `gap` wherever rows are closer
 * than `band` vertically (one level step, so connectors between rows never cross a box either).
 */
function separation(left: Map<number, [number, number]>, right: Map<number, [number, number]>, gap: number, band: number): number {
  let shift = -Infinity;
  for (const [ya, [, ra]] of left) {
    for (const [yb, [lb]] of right) {
      if (Math.abs(ya - yb) < band) shift = Math.max(shift, ra + gap - lb);
    }
  }
  return shift === -Infinity ? 0 : shift;
}

/** Roots and children in input order; cycles are cut at the first item found in one. */
function buildForest(items: TreeItem[]) {
  const ids = new Set(items.map((i) => i.id));
  const parent = new Map<string, string | null>();
  for (const i of items) parent.set(i.id, i.parentId && ids.has(i.parentId) && i.parentId !== i.id ? i.parentId : null);
  for (const i of items) {
    const seen = new Set<string>();
    let cur: string | null = i.id;
    while (cur !== null && !seen.has(cur)) {
      seen.add(cur);
      cur = parent.get(cur) ?? null;
    }
    if (cur !== null) parent.set(cur, null); // cur closes a cycle: make it a root
  }
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const i of items) {
    if (children.has(i.id)) continue; // duplicate id
    children.set(i.id, []);
  }
  const placed = new Set<string>();
  for (const i of items) {
    if (placed.has(i.id)) continue;
    placed.add(i.id);
    const p = parent.get(i.id) ?? null;
    if (p === null) roots.push(i.id);
    else children.get(p)!.push(i.id);
  }
  return { roots, children, parent };
}

export function layoutTree(items: TreeItem[], opts: LayoutOptions): TreeLayout {
  const { nodeWidth: w, nodeHeight: h, siblingGap, levelGap } = opts;
  const stackFrom = opts.stackLeavesFrom ?? 0;
  const stackDepth = opts.stackFromDepth ?? 0;
  const stackGap = opts.stackGap ?? Math.round(levelGap / 3);
  const inset = opts.spineInset ?? Math.max(8, Math.round(siblingGap / 2));
  const step = h + levelGap;
  const { roots, children, parent } = buildForest(items);

  const layoutNode = (id: string, depth: number): Shape => {
    const kids = children.get(id) ?? [];
    const self = { id, x: 0, y: 0, depth };
    const rows = new Map<number, [number, number]>([[0, [-w / 2, w / 2]]]);
    if (kids.length === 0) return { nodes: [self], rows, lines: [] };

    const busY = h / 2 + levelGap / 2;
    const allLeaves = kids.every((k) => (children.get(k) ?? []).length === 0);
    const stack = kids.length >= 2 && ((stackFrom > 0 && allLeaves && kids.length >= stackFrom) || (stackDepth > 0 && depth >= stackDepth));
    if (stack) {
      // One column under the parent; each child's subtree below the previous one; a spine on the left.
      const shapes = kids.map((k) => layoutNode(k, depth + 1));
      let minLeft = -w / 2;
      for (const sh of shapes) for (const [, [l]] of sh.rows) minLeft = Math.min(minLeft, l);
      const spineX = minLeft - inset;
      const nodes = [self];
      const lines: Point[][] = [];
      let y = step;
      let lastY = step;
      for (const sh of shapes) {
        const placed = shiftShape(sh, 0, y);
        nodes.push(...placed.nodes);
        lines.push(...placed.lines, [
          [spineX, y],
          [-w / 2, y],
        ]);
        mergeRows(rows, placed.rows);
        lastY = y;
        y = Math.max(...placed.rows.keys()) + h + stackGap;
      }
      for (const [ry, [l, r]] of rows) if (ry > 0 && ry <= lastY) rows.set(ry, [Math.min(l, spineX), r]);
      mergeRows(rows, new Map([[busY, [spineX, 0]]]));
      lines.unshift([
        [0, h / 2],
        [0, busY],
        [spineX, busY],
        [spineX, lastY],
      ]);
      return { nodes, rows, lines };
    }

    const placedKids: Shape[] = [];
    const acc = new Map<number, [number, number]>();
    const xs: number[] = [];
    for (const k of kids) {
      let s = shiftShape(layoutNode(k, depth + 1), 0, step);
      if (placedKids.length > 0) s = shiftShape(s, separation(acc, s.rows, siblingGap, step), 0);
      mergeRows(acc, s.rows);
      placedKids.push(s);
      xs.push(s.nodes[0].x);
    }
    const mid = (xs[0] + xs[xs.length - 1]) / 2;
    const nodes = [self];
    const lines: Point[][] = [];
    for (const s of placedKids) {
      const c = shiftShape(s, -mid, 0);
      nodes.push(...c.nodes);
      lines.push(...c.lines);
      mergeRows(rows, c.rows);
    }
    const first = xs[0] - mid;
    const last = xs[xs.length - 1] - mid;
    if (kids.length === 1) {
      lines.unshift([
        [0, h / 2],
        [0, step - h / 2],
      ]);
    } else {
      lines.unshift(
        [
          [0, h / 2],
          [0, busY],
        ],
        [
          [first, busY],
          [last, busY],
        ],
      );
      for (const x of xs)
        lines.push([
          [x - mid, busY],
          [x - mid, step - h / 2],
        ]);
    }
    return { nodes, rows, lines };
  };

  // Lay the roots side by side like siblings without a common parent.
  const acc = new Map<number, [number, number]>();
  const all: Shape[] = [];
  for (const r of roots) {
    let s = layoutNode(r, 0);
    if (all.length > 0) s = shiftShape(s, separation(acc, s.rows, siblingGap * 2, step), 0);
    mergeRows(acc, s.rows);
    all.push(s);
  }

  const flat = all.flatMap((s) => s.nodes);
  if (flat.length === 0) return { nodes: new Map(), connectors: [], width: 0, height: 0 };
  let minX = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const [, [l, r]] of acc) {
    minX = Math.min(minX, l);
    maxX = Math.max(maxX, r);
  }
  for (const n of flat) maxY = Math.max(maxY, n.y);
  const dx = -minX;
  const dy = h / 2;
  const nodes = new Map<string, PlacedNode>();
  for (const n of flat) nodes.set(n.id, { id: n.id, x: n.x + dx, y: n.y + dy, depth: n.depth, parentId: parent.get(n.id) ?? null });
  const connectors = all.flatMap((s) => s.lines).map((pl) => pl.map(([x, y]) => [x + dx, y + dy] as Point));
  return { nodes, connectors, width: maxX - minX, height: maxY + h };
}
