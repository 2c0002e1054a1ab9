import { describe, expect, it } from 'vitest';
import { DIAGRAM_VIEWBOX, DIAGRAM_ZONES, markPosition, placeMarks } from './car-diagram.js';

describe('car diagram', () => {
  it('every zone lies inside the drawing and the zones do not overlap', () => {
    for (const z of DIAGRAM_ZONES) {
      expect(z.x >= 0 && z.y >= 0 && z.x + z.w <= DIAGRAM_VIEWBOX.width && z.y + z.h <= DIAGRAM_VIEWBOX.height, z.key).toBe(true);
      for (const o of DIAGRAM_ZONES)
        if (o !== z) expect(z.x < o.x + o.w && o.x < z.x + z.w && z.y < o.y + o.h && o.y < z.y + z.h, `${z.key}/${o.key}`).toBe(false);
    }
  });
  it.each([
    ['前保险杠', 0, { x: 60, y: 13 }],
    ['前保险杠', 1, { x: 67, y: 13 }],
    ['前保险杠', 2, { x: 53, y: 13 }],
    ['左前门', 3, { x: 18, y: 111 }],
    ['轮毂', 0, null],
    ['', 0, null],
  ])('%s #%i → %o', (area, n, at) => expect(markPosition(area, n)).toEqual(at));
  it('numbers marks in list order, stepping within an area', () =>
    expect(placeMarks([{ area: '车顶' }, { area: '内饰' }, { area: '车顶' }])).toEqual([
      { n: 1, at: { x: 60, y: 120 } },
      { n: 2, at: null },
      { n: 3, at: { x: 67, y: 120 } },
    ]));
});
