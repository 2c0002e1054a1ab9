/** Administrative divisions (province -> city -> district) as served by GET /api/regions. */
export interface Region {
  code: string;
  name: string;
  children?: Region[];
}

export interface RegionIndex {
  /** code -> path of codes from the province down to it. */
  path: Map<string, string[]>;
  /** code -> full name, e.g. 广东省 / 广州市 / 天河区. */
  label: Map<string, string>;
}

export function indexRegions(tree: Region[]): RegionIndex {
  const path = new Map<string, string[]>();
  const label = new Map<string, string>();
  const walk = (nodes: Region[], codes: string[], names: string[]) => {
    for (const n of nodes) {
      const p = [...codes, n.code];
      const l = [...names, n.name];
      path.set(n.code, p);
      label.set(n.code, l.join(' / '));
      if (n.children?.length) walk(n.children, p, l);
    }
  };
  walk(tree, [], []);
  return { path, label };
}

/** Cascader value (paths) <-> region codes (the last code of each path). */
export const pathsToCodes = (paths: (string | number)[][]) => paths.map((p) => String(p[p.length - 1]));
export const codesToPaths = (codes: string[], idx: RegionIndex) => codes.map((c) => idx.path.get(c) ?? [c]);
