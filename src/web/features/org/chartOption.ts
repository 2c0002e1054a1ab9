import type { TFunction } from 'i18next';
import type { OrgChart } from './useOrgChart';
import { HEADCOUNT_COLORS, HEADCOUNT_ORDER } from '../../components/StatusTags';
import { titleOf } from '../../lib/format';
import { layoutTree, type LayoutOptions, type TreeLayout } from './layout';
import { fitText, wrapText } from './text';

type Position = OrgChart['positions'][number];

export const NODE_W = 150;
export const NODE_H = 52;
/** Supervisors' teams are stacked in columns so a station's chart fits a 1366×768 screen. */
export const LAYOUT_OPTS: LayoutOptions = {
  nodeWidth: NODE_W,
  nodeHeight: NODE_H,
  siblingGap: 18,
  levelGap: 48,
  stackLeavesFrom: 2,
  stackFromDepth: 2,
  stackGap: 12,
  spineInset: 10,
};
const PAD = 24;
const LEGEND_H = 36;

/** Lays out the positions by direct superior, in department order then chart order. */
export function layoutPositions(positions: Position[]): TreeLayout {
  return layoutTree(
    positions.map((p) => ({ id: p.id, parentId: p.superiorId })),
    LAYOUT_OPTS,
  );
}

/** The rich-text label of a box: the title on one line (or two smaller ones), then actual/planned and the holder. */
export function nodeLabel(title: string, counts: string, holder: string): string {
  const one = wrapText(title, NODE_W - 14, 13, 1)[0];
  const tail = `{c|${counts}${holder ? fitText(` · ${holder}`, NODE_W - 50, 12) : ''}}`;
  if (one === title) return `{t|${one}}\n${tail}`;
  const two = wrapText(title, NODE_W - 12, 11.5, 2);
  return `${two.map((l) => `{s|${l}}`).join('\n')}\n${tail}`;
}

export interface ChartOptionInput {
  chart: OrgChart;
  layout: TreeLayout;
  lang: string;
  t: TFunction;
  /** Size of the drawing area; 'full' draws at 1:1 (for export). */
  viewport: { width: number; height: number } | 'full';
}

/**
 * Label styles at a zoom: ECharts scales the boxes with roam zoom (nodeScaleRatio 1) but not the text,
 * so the page rescales the fonts on every roam.
 */
export function labelAtZoom(zoom: number) {
  const f = (px: number) => Math.round(px * zoom * 10) / 10;
  return {
    show: f(13) >= 5,
    rich: {
      t: { fontSize: f(13), fontWeight: 600, color: '#1f1f1f', lineHeight: f(19) },
      s: { fontSize: f(11.5), fontWeight: 600, color: '#1f1f1f', lineHeight: f(14) },
      c: { fontSize: f(12), color: '#595959', lineHeight: f(17) },
    },
  };
}

/** Size of the full chart at scale 1, including legend and margins. */
export const fullSize = (layout: TreeLayout) => ({
  width: Math.ceil(Math.max(layout.width, 320) + PAD * 2),
  height: Math.ceil(layout.height + PAD * 2 + LEGEND_H),
});

/** The ECharts option: a `graph` series with layout 'none', our own coordinates and fit. */
export function buildOrgChartOption({ chart, layout, lang, t, viewport }: ChartOptionInput) {
  const vp = viewport === 'full' ? fullSize(layout) : viewport;
  const zoom =
    viewport === 'full' ? 1 : Math.min((vp.width - PAD * 2) / Math.max(layout.width, 1), (vp.height - PAD * 2 - LEGEND_H) / Math.max(layout.height, 1), 1.1);
  const byId = new Map(chart.positions.map((p) => [p.id, p]));
  const catIndex = new Map(HEADCOUNT_ORDER.map((s, i) => [s, i]));

  const nodes: Record<string, unknown>[] = [];
  for (const [id, n] of layout.nodes) {
    const p = byId.get(id)!;
    const c = HEADCOUNT_COLORS[p.headcountStatus];
    nodes.push({
      id,
      name: id,
      x: n.x,
      y: n.y,
      category: catIndex.get(p.headcountStatus),
      positionId: id,
      symbolSize: [NODE_W, NODE_H],
      itemStyle: { color: c.fill, borderColor: c.main, borderWidth: 1.2 },
      text: nodeLabel(titleOf(p, lang), `${p.actualHeadcount}/${p.plannedHeadcount}`, p.holders.length === 1 ? p.holders[0].name : ''),
      tip: `${titleOf(p, lang)}<br/>${p.departmentName ?? ''}<br/>${t('org.actualPlanned')}: ${p.actualHeadcount}/${p.plannedHeadcount} · ${t(`status.headcount.${p.headcountStatus}`)}`,
    });
  }
  const edges: Record<string, unknown>[] = [];
  layout.connectors.forEach((pl, i) => {
    pl.forEach(([x, y], k) => {
      const jid = `_j${i}_${k}`;
      nodes.push({
        id: jid,
        name: jid,
        x,
        y,
        symbolSize: 0,
        symbol: 'none',
        label: { show: false },
        silent: true,
        tooltip: { show: false },
        emphasis: { disabled: true },
      });
      if (k > 0)
        edges.push({
          source: `_j${i}_${k - 1}`,
          target: jid,
          lineStyle: { color: '#8c8c8c', width: 1.4, type: 'solid', opacity: 1, curveness: 0 },
          emphasis: { disabled: true },
          tooltip: { show: false },
        });
    });
  });
  for (const { a, b } of chart.links) {
    if (!layout.nodes.has(a) || !layout.nodes.has(b)) continue;
    edges.push({ source: a, target: b, lineStyle: { color: '#1668dc', width: 1, type: 'dashed', opacity: 0.55, curveness: 0.25 }, tooltip: { show: false } });
  }

  // ECharts fits the bounding box of all node points (junctions included) into the series rect; we make
  // that rect exactly the box's size (scale 1), place it so the whole drawing is centred, and zoom.
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  for (const n of nodes as { x: number; y: number }[]) {
    minX = Math.min(minX, n.x);
    maxX = Math.max(maxX, n.x);
    minY = Math.min(minY, n.y);
    maxY = Math.max(maxY, n.y);
  }
  const cw = Math.max(maxX - minX, 2);
  const ch = Math.max(maxY - minY, 2);
  const offX = ((minX + maxX) / 2 - layout.width / 2) * zoom;
  const offY = ((minY + maxY) / 2 - layout.height / 2) * zoom;

  return {
    animation: viewport !== 'full',
    backgroundColor: viewport === 'full' ? '#fff' : 'transparent',
    tooltip: { trigger: 'item', confine: true, formatter: (p: { data?: { tip?: string } }) => p.data?.tip ?? '' },
    legend: [
      {
        left: PAD,
        top: 8,
        selectedMode: false,
        itemWidth: 18,
        itemHeight: 12,
        data: HEADCOUNT_ORDER.map((s) => ({ name: t(`status.headcount.${s}`), icon: 'rect' })),
      },
    ],
    graphic: [
      {
        type: 'group',
        right: PAD,
        top: 12,
        children: [
          { type: 'line', shape: { x1: 0, y1: 6, x2: 28, y2: 6 }, style: { stroke: '#8c8c8c', lineWidth: 1.4 } },
          { type: 'text', left: 34, top: 0, style: { text: t('org.legendSuperior'), fill: '#595959', font: '12px sans-serif' } },
          { type: 'line', shape: { x1: 120, y1: 6, x2: 148, y2: 6 }, style: { stroke: '#1668dc', lineWidth: 1.2, lineDash: [5, 4] } },
          { type: 'text', left: 154, top: 0, style: { text: t('org.legendCollab'), fill: '#595959', font: '12px sans-serif' } },
        ],
      },
    ],
    series: [
      {
        id: 'org',
        type: 'graph',
        layout: 'none',
        left: vp.width / 2 + offX - cw / 2,
        top: LEGEND_H + (vp.height - LEGEND_H) / 2 + offY - ch / 2,
        width: cw,
        height: ch,
        zoom,
        roam: viewport !== 'full',
        scaleLimit: { min: 0.15, max: 4 },
        nodeScaleRatio: 1,
        symbol: 'rect',
        edgeSymbol: ['none', 'none'],
        draggable: false,
        cursor: 'pointer',
        categories: HEADCOUNT_ORDER.map((s) => ({
          name: t(`status.headcount.${s}`),
          itemStyle: { color: HEADCOUNT_COLORS[s].fill, borderColor: HEADCOUNT_COLORS[s].main, borderWidth: 1.5 },
        })),
        label: { position: 'inside', color: '#262626', formatter: (p: { data?: { text?: string } }) => p.data?.text ?? '', ...labelAtZoom(zoom) },
        emphasis: { focus: 'none', scale: false, itemStyle: { borderWidth: 2.5 } },
        selectedMode: viewport === 'full' ? false : 'single',
        select: { itemStyle: { borderWidth: 3, borderColor: '#1668dc', shadowBlur: 10, shadowColor: 'rgba(22,104,220,0.35)' }, label: { show: true } },
        data: nodes,
        edges,
        z: 2,
      },
    ],
  };
}
