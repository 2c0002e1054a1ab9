/** Travel matrices for the route planner: Euclidean (Solomon benchmark) and great-circle at an average speed (real sites). Pure. */
import type { TravelMatrix } from './types.js';

/**
 * Euclidean distances between points; travel time = distance / `speed` (Solomon: speed 1, time = distance).
 * `round` truncates to that many decimals (Solomon's "truncated to 0.1" convention); exact when omitted.
 */
export function euclideanMatrix(points: readonly { x: number; y: number }[], o: { speed?: number; truncateDecimals?: number } = {}): TravelMatrix {
  const speed = o.speed ?? 1;
  const f = o.truncateDecimals === undefined ? null : 10 ** o.truncateDecimals;
  const distance = points.map((a) =>
    points.map((b) => {
      const d = Math.hypot(a.x - b.x, a.y - b.y);
      return f === null ? d : Math.floor(d * f + 1e-9) / f;
    }),
  );
  return { distance, time: distance.map((row) => row.map((d) => d / speed)) };
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle (haversine) distance in km between two WGS-84 coordinates. */
export function greatCircleKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Great-circle distances (km) times a road factor (roads are longer than the crow flies; default 1.3), and travel
 * time in minutes at `speedKmh` average speed (default 40 km/h).
 */
export function greatCircleMatrix(points: readonly { lat: number; lng: number }[], o: { speedKmh?: number; roadFactor?: number } = {}): TravelMatrix {
  const speed = o.speedKmh ?? 40;
  const factor = o.roadFactor ?? 1.3;
  if (!(speed > 0) || !(factor > 0)) throw new RangeError('speedKmh and roadFactor must be positive');
  const distance = points.map((a) => points.map((b) => greatCircleKm(a, b) * factor));
  return { distance, time: distance.map((row) => row.map((km) => (km / speed) * 60)) };
}
