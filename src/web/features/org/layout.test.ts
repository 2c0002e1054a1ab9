import { describe, expect, it } from 'vitest';
import { layoutTree, type LayoutOptions, type TreeItem, type TreeLayout } from './layout';

const OPTS: LayoutOptions = { nodeWidth: 160, nodeHeight: 56, siblingGap: 24, levelGap: 60 };
const STACKED: LayoutOptions = { ...OPTS, stackLeavesFrom: 2, stackGap: 16 };
const DEEP: LayoutOptions = { ...OPTS, stackLeavesFrom: 2, stackFromDepth: 2, stackGap: 12, spineInset: 10 };

/** The station template of DOMAIN.md, roughly. */
const STATION: TreeItem[] = [
  ['gm', null],
  ['sm', 'gm'],
  ['front', 'sm'],
  ['sa1', 'front'],
  ['sa2', 'front'],
  ['rc', 'sa2'],
  ['claims', 'front'],
  ['ws', 'sm'],
  ['mech-m', 'ws'],
  ['mech-mid', 'ws'],
  ['mech-a', 'ws'],
  ['body', 'ws'],
  ['paint', 'ws'],
  ['qc', 'ws'],
  ['tools', 'ws'],
  ['tech', 'sm'],
  ['parts', 'sm'],
  ['wh', 'parts'],
  ['planner', 'parts'],
  ['cr', 'sm'],
  ['cs', 'cr'],
  ['fu', 'cr'],
  ['appt', 'cr'],
  ['ins', 'sm'],
  ['info', 'sm'],
  ['sales', 'gm'],
].map(([id, parentId]) => ({ id: id!, parentId }));

function overlaps(layout: TreeLayout, o: LayoutOptions) {
  const list = [...layout.nodes.values()];
  const bad: string[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i],
        b = list[j];
      if (Math.abs(a.x - b.x) < o.nodeWidth && Math.abs(a.y - b.y) < o.nodeHeight) bad.push(`${a.id}/${b.id}`);
    }
  }
  return bad;
}

function childrenOf(items: TreeItem[], id: string) {
  return items.filter((i) => i.parentId === id).map((i) => i.id);
}

describe.each([
  ['tidy', OPTS],
  ['stacked leaves', STACKED],
  ['stacked from depth 2', DEEP],
])('layoutTree (%s)', (_name, o) => {
  const layout = layoutTree(STATION, o);

  it('places every item once', () => {
    expect(layout.nodes.size).toBe(STATION.length);
  });

  it('never overlaps two boxes', () => {
    expect(overlaps(layout, o)).toEqual([]);
  });

  it('puts children below their parent', () => {
    for (const n of layout.nodes.values()) {
      if (n.parentId) expect(n.y).toBeGreaterThan(layout.nodes.get(n.parentId)!.y + o.nodeHeight);
    }
  });

  it('centres each parent over its children', () => {
    for (const item of STATION) {
      const kids = childrenOf(STATION, item.id).map((k) => layout.nodes.get(k)!.x);
      if (kids.length === 0) continue;
      const centre = (Math.min(...kids) + Math.max(...kids)) / 2;
      expect(layout.nodes.get(item.id)!.x).toBeCloseTo(centre, 6);
    }
  });

  it('fits all boxes into the reported bounds, starting at 0,0', () => {
    const xs = [...layout.nodes.values()].map((n) => n.x);
    const ys = [...layout.nodes.values()].map((n) => n.y);
    expect(Math.min(...xs) - o.nodeWidth / 2).toBeGreaterThanOrEqual(0);
    expect(Math.min(...ys) - o.nodeHeight / 2).toBe(0);
    expect(Math.max(...xs) + o.nodeWidth / 2).toBeLessThanOrEqual(layout.width + 1e-9);
    expect(Math.max(...ys) + o.nodeHeight / 2).toBeCloseTo(layout.height, 6);
  });

  it('draws orthogonal connectors only', () => {
    expect(layout.connectors.length).toBeGreaterThan(0);
    for (const pl of layout.connectors) {
      for (let i = 1; i < pl.length; i++) {
        const [[x1, y1], [x2, y2]] = [pl[i - 1], pl[i]];
        expect(x1 === x2 || y1 === y2).toBe(true);
      }
    }
  });
});

describe('layoutTree edge cases', () => {
  it('returns an empty layout for no items', () => {
    const l = layoutTree([], OPTS);
    expect(l.nodes.size).toBe(0);
    expect(l.width).toBe(0);
  });

  it('treats unknown superiors and cycles as roots instead of looping', () => {
    const l = layoutTree(
      [
        { id: 'a', parentId: 'b' },
        { id: 'b', parentId: 'a' },
        { id: 'c', parentId: 'missing' },
        { id: 'd', parentId: 'd' },
      ],
      OPTS,
    );
    expect(l.nodes.size).toBe(4);
    expect(overlaps(l, OPTS)).toEqual([]);
    const roots = [...l.nodes.values()]
      .filter((n) => n.parentId === null)
      .map((n) => n.id)
      .sort();
    expect(roots).toEqual(['a', 'c', 'd']);
    expect(l.nodes.get('b')!.y).toBeGreaterThan(l.nodes.get('a')!.y);
  });

  it('packs a small subtree next to a deep one without collisions in a wide random forest', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const items: TreeItem[] = [];
    for (let i = 0; i < 300; i++) items.push({ id: `n${i}`, parentId: i === 0 || rnd() < 0.03 ? null : `n${Math.floor(rnd() * i)}` });
    for (const o of [OPTS, STACKED, DEEP, { ...DEEP, stackFromDepth: 1 }]) {
      const l = layoutTree(items, o);
      expect(l.nodes.size).toBe(300);
      expect(overlaps(l, o)).toEqual([]);
    }
  });

  it('keeps stacking off unless asked for, and stacks only all-leaf children', () => {
    const items = [
      { id: 'p', parentId: null },
      { id: 'a', parentId: 'p' },
      { id: 'b', parentId: 'p' },
    ];
    const tidy = layoutTree(items, OPTS);
    expect(tidy.nodes.get('a')!.y).toBe(tidy.nodes.get('b')!.y);
    const stacked = layoutTree(items, STACKED);
    expect(stacked.nodes.get('a')!.x).toBe(stacked.nodes.get('b')!.x);
    expect(stacked.nodes.get('b')!.y).toBeGreaterThan(stacked.nodes.get('a')!.y);
  });

  it('stacks whole subtrees from the given depth, each below the previous one', () => {
    const l = layoutTree(STATION, DEEP);
    const [sa1, sa2, rc, claims] = ['sa1', 'sa2', 'rc', 'claims'].map((id) => l.nodes.get(id)!);
    expect(new Set([sa1.x, sa2.x, rc.x, claims.x]).size).toBe(1);
    expect(sa1.y).toBeLessThan(sa2.y);
    expect(sa2.y).toBeLessThan(rc.y);
    expect(rc.y).toBeLessThan(claims.y);
    expect(l.width).toBeLessThan(layoutTree(STATION, STACKED).width);
  });
});
