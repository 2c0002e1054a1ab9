import type { TFunction } from 'i18next';
import type { OrgChart } from '../../../contracts/org';
import { HEADCOUNT_COLORS, HEADCOUNT_ORDER } from '../../components/StatusTags';
import { titleOf } from '../../lib/format';
import { layoutTree, type LayoutOptions, type TreeLayout } from './layout';

type Position = OrgChart['positions'][number];

export const NODE_W = 168;
export const NODE_H = 56;
export const LAYOUT_OPTS: LayoutOptions = { nodeWidth: NODE_W, nodeHeight: NODE_H, siblingGap: 20, levelGap: 56, stackLeavesFrom: 3, stackGap: 14, spineInset: 12 };
const PAD = 24;
const LEGEND_H = 36;

/** Lays out the positions by direct superior, in department order then chart order. */
export function layoutPositions(positions: Position[]): TreeLayout {
  return layoutTree(positions.map((p) => ({ id: p.id, parentId: p.superiorId })), LAYOUT_OPTS);
}

/** Cuts text to roughly `px` pixels (CJK characters count as one em, Latin as ~0.58 em). */
export function fitText(text: string, px: number, fontSize: number): string {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    width += /[\u2E80-\uFFFF]/.test(text[i]) ? fontSize : fontSize * 0.58;
    if (width > px) return text.slice(0, Math.max(1, i - 1)) + '…';
  }
  return text;
}

export interface ChartOptionInput {
  chart: OrgChart;
  layout: TreeLayout;
  lang: string;
  t: TFunction;
  /** Size of the drawing area; 'full' draws at 1:1 (for export). */
  viewport: { width: number; height: number } | 'full';
  selectedId?: string | null;
}

/** Size of the full chart at scale 1, including legend and margins. */
export const fullSize = (layout: TreeLayout) => ({
  width: Math.ceil(Math.max(layout.width, 320) + PAD * 2),
  height: Math.ceil(layout.height + PAD * 2 + LEGEND_H),
});

/** The ECharts option: a `graph` series with layout 'none', our own coordinates and fit. */
export function buildOrgChartOption({ chart, layout, lang, t, viewport, selectedId }: ChartOptionInput) {
  const vp = viewport === 'full' ? fullSize(layout) : viewport;
  const cw = Math.max(layout.width - NODE_W, 2); // extent of box centres
  const ch = Math.max(layout.height - NODE_H, 2);
  const zoom = viewport === 'full' ? 1 : Math.min((vp.width - PAD * 2) / Math.max(layout.width, 1), (vp.height - PAD * 2 - LEGEND_H) / Math.max(layout.height, 1), 1.1);
  const byId = new Map(chart.positions.map((p) => [p.id, p]));
  const catIndex = new Map(HEADCOUNT_ORDER.map((s, i) => [s, i]));

  const nodes: Record<string, unknown>[] = [];
  for (const [id, n] of layout.nodes) {
    const p = byId.get(id)!;
    const c = HEADCOUNT_COLORS[p.headcountStatus];
    const holder = p.holders.length === 1 ? ` · ${p.holders[0].name}` : '';
    nodes.push({
      id, name: id, x: n.x, y: n.y, category: catIndex.get(p.headcountStatus), positionId: id,
      symbolSize: [NODE_W, NODE_H],
      itemStyle: { color: c.fill, borderColor: c.main, borderWidth: id === selectedId ? 3 : 1.2, shadowBlur: id === selectedId ? 8 : 0, shadowColor: 'rgba(0,0,0,0.18)' },
      label: {
        formatter: `{t|${fitText(titleOf(p, lang), NODE_W - 16, 13)}}\n{c|${p.actualHeadcount}/${p.plannedHeadcount}${fitText(holder, NODE_W - 56, 12)}}`,
      },
      tip: `${titleOf(p, lang)}<br/>${p.departmentName ?? ''}<br/>${t('org.actualPlanned')}: ${p.actualHeadcount}/${p.plannedHeadcount} · ${t(`status.headcount.${p.headcountStatus}`)}`,
    });
  }
  const edges: Record<string, unknown>[] = [];
  layout.connectors.forEach((pl, i) => {
    pl.forEach(([x, y], k) => {
      const jid = `_j${i}_${k}`;
      nodes.push({ id: jid, name: jid, x, y, symbolSize: 0, symbol: 'none', label: { show: false }, silent: true, tooltip: { show: false }, emphasis: { disabled: true } });
      if (k > 0) edges.push({ source: `_j${i}_${k - 1}`, target: jid, lineStyle: { color: '#8c8c8c', width: 1.4, type: 'solid', opacity: 1, curveness: 0 }, emphasis: { disabled: true }, tooltip: { show: false } });
    });
  });
  for (const { a, b } of chart.links) {
    if (!layout.nodes.has(a) || !layout.nodes.has(b)) continue;
    edges.push({ source: a, target: b, lineStyle: { color: '#1668dc', width: 1.2, type: 'dashed', opacity: 0.75, curveness: 0.25 }, tooltip: { show: false } });
  }

  return {
    animation: viewport !== 'full',
    backgroundColor: viewport === 'full' ? '#fff' : 'transparent',
    tooltip: { trigger: 'item', confine: true, formatter: (p: { data?: { tip?: string } }) => p.data?.tip ?? '' },
    legend: [{
      left: PAD, top: 8, selectedMode: false, itemWidth: 18, itemHeight: 12,
      data: HEADCOUNT_ORDER.map((s) => ({ name: t(`status.headcount.${s}`), icon: 'rect' })),
    }],
    graphic: [{
      type: 'group', right: PAD, top: 12,
      children: [
        { type: 'line', shape: { x1: 0, y1: 6, x2: 28, y2: 6 }, style: { stroke: '#8c8c8c', lineWidth: 1.4 } },
        { type: 'text', left: 34, top: 0, style: { text: t('org.legendSuperior'), fill: '#595959', font: '12px sans-serif' } },
        { type: 'line', shape: { x1: 120, y1: 6, x2: 148, y2: 6 }, style: { stroke: '#1668dc', lineWidth: 1.2, lineDash: [5, 4] } },
        { type: 'text', left: 154, top: 0, style: { text: t('org.legendCollab'), fill: '#595959', font: '12px sans-serif' } },
      ],
    }],
    series: [{
      type: 'graph', layout: 'none',
      left: vp.width / 2 - cw / 2, top: LEGEND_H + (vp.height - LEGEND_H) / 2 - ch / 2, width: cw, height: ch,
      zoom, roam: viewport !== 'full', scaleLimit: { min: 0.15, max: 4 }, nodeScaleRatio: 1,
      symbol: 'rect', edgeSymbol: ['none', 'none'], draggable: false, cursor: 'pointer',
      categories: HEADCOUNT_ORDER.map((s) => ({
        name: t(`status.headcount.${s}`),
        itemStyle: { color: HEADCOUNT_COLORS[s].fill, borderColor: HEADCOUNT_COLORS[s].main, borderWidth: 1.5 },
      })),
      label: {
        show: true, position: 'inside', color: '#262626', lineHeight: 18,
        rich: { t: { fontSize: 13, fontWeight: 600, color: '#1f1f1f', lineHeight: 20 }, c: { fontSize: 12, color: '#595959', lineHeight: 18 } },
      },
      emphasis: { focus: 'none', scale: false, itemStyle: { borderWidth: 2.5 } },
      data: nodes,
      edges,
      z: 2,
    }],
  };
}
