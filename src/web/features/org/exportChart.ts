import { echarts, type EChartsCoreOption } from '../../components/echarts';
import { saveBlob } from '../../api/client';

/**
 * Renders an option in an offscreen instance at full size and downloads it:
 * PNG through getDataURL (2x), SVG through the SVG renderer's renderToSVGString.
 */
export async function exportChartImage(kind: 'png' | 'svg', option: EChartsCoreOption, size: { width: number; height: number }, fileBase: string) {
  const div = document.createElement('div');
  div.style.cssText = `position:fixed;left:-100000px;top:0;width:${size.width}px;height:${size.height}px;`;
  document.body.appendChild(div);
  const chart = echarts.init(div, undefined, { renderer: kind === 'svg' ? 'svg' : 'canvas', width: size.width, height: size.height });
  try {
    chart.setOption({ ...option, animation: false });
    if (kind === 'svg') {
      const svg = chart.renderToSVGString();
      saveBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), `${fileBase}.svg`);
    } else {
      // Keep the canvas under the browsers' size limits.
      const ratio = Math.max(1, Math.min(2, 16000 / Math.max(size.width, size.height)));
      const url = chart.getDataURL({ type: 'png', pixelRatio: ratio, backgroundColor: '#fff' });
      const blob = await (await fetch(url)).blob();
      saveBlob(blob, `${fileBase}.png`);
    }
  } finally {
    chart.dispose();
    div.remove();
  }
}
