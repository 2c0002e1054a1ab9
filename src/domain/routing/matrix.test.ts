import { describe, expect, it } from 'vitest';
import { euclideanMatrix, greatCircleKm, greatCircleMatrix } from './matrix.js';

describe('travel matrices', () => {
  it.each([
    [undefined, 5],
    [0, 5],
  ] as const)('Euclidean 3-4-5, truncation %s', (truncateDecimals, d) => {
    const m = euclideanMatrix(
      [
        { x: 0, y: 0 },
        { x: 3, y: 4 },
      ],
      { truncateDecimals },
    );
    expect(m.distance[0][1]).toBe(d);
    expect(m.time[1][0]).toBe(d);
  });

  it('truncates to 0.1 as Solomon tables do (√2 → 1.4)', () => {
    const m = euclideanMatrix(
      [
        { x: 0, y: 0 },
        { x: 1, y: 1 },
      ],
      { truncateDecimals: 1 },
    );
    expect(m.distance[0][1]).toBe(1.4);
  });

  it.each([
    // Shanghai People's Square → Hangzhou West Lake ≈ 165 km great-circle
    [{ lat: 31.2304, lng: 121.4737 }, { lat: 30.2431, lng: 120.1508 }, 160, 170],
    // one degree of latitude ≈ 111.2 km
    [{ lat: 0, lng: 0 }, { lat: 1, lng: 0 }, 111.1, 111.3],
  ])('great circle %o → %o', (a, b, lo, hi) => {
    const d = greatCircleKm(a, b);
    expect(d).toBeGreaterThan(lo);
    expect(d).toBeLessThan(hi);
  });

  it('great-circle matrix: road factor and minutes at the average speed', () => {
    const m = greatCircleMatrix(
      [
        { lat: 0, lng: 0 },
        { lat: 1, lng: 0 },
      ],
      { speedKmh: 60, roadFactor: 1 },
    );
    expect(m.distance[0][1]).toBeCloseTo(111.19, 1);
    expect(m.time[0][1]).toBeCloseTo(111.19, 1); // 60 km/h: a km a minute
    expect(m.distance[1][1]).toBe(0);
    expect(() => greatCircleMatrix([], { speedKmh: 0 })).toThrow(RangeError);
  });
});
