/**
 * Distances, bearings, compass words and walking time on the WGS84 sphere (pure, no DOM).
 *
 * Haversine on a sphere of mean radius 6 371 km: within 0.5 % of the ellipsoid at Danish
 * distances, far better than the accuracy a person walking needs.
 */

export const EARTH_RADIUS_M = 6_371_000;
const RAD = Math.PI / 180;

export interface LonLat {
  lon: number;
  lat: number;
}

/** Great-circle distance in metres. */
export function distanceMeters(a: LonLat, b: LonLat): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Initial bearing from a to b in degrees clockwise from true north, 0 ≤ result < 360. */
export function bearingDegrees(a: LonLat, b: LonLat): number {
  const φ1 = a.lat * RAD;
  const φ2 = b.lat * RAD;
  const Δλ = (b.lon - a.lon) * RAD;
  const y = Math.sin(Δλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
  const θ = Math.atan2(y, x) / RAD;
  return (θ + 360) % 360;
}

/** The eight compass points, as i18n key suffixes (`compass.ne` = "north-east"). */
export const COMPASS_POINTS = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'] as const;
export type CompassPoint = (typeof COMPASS_POINTS)[number];

/** The nearest of the eight compass points for a bearing in degrees. */
export function compassPoint(bearing: number): CompassPoint {
  const normalised = ((bearing % 360) + 360) % 360;
  return COMPASS_POINTS[Math.round(normalised / 45) % 8]!;
}

/** The walking pace the app states next to every walking time: 5 km/h (an adult, no hurry). */
export const WALKING_KMH = 5;

/** Whole minutes (at least 1) to walk `meters` in a straight line at `kmh`. */
export function walkingMinutes(meters: number, kmh = WALKING_KMH): number {
  if (!(meters >= 0) || !(kmh > 0)) throw new RangeError('distance must be ≥ 0 and pace > 0');
  return Math.max(1, Math.ceil(meters / ((kmh * 1000) / 60)));
}

/**
 * A distance rounded for reading aloud: metres to the nearest 10 below 1 km, kilometres with one
 * decimal below 10 km, whole kilometres beyond. The UI formats the number with Intl.
 */
export function roundDistance(meters: number): { value: number; unit: 'm' | 'km' } {
  if (meters < 995) return { value: Math.max(10, Math.round(meters / 10) * 10), unit: 'm' };
  if (meters < 9_950) return { value: Math.round(meters / 100) / 10, unit: 'km' };
  return { value: Math.round(meters / 1000), unit: 'km' };
}

/** Denmark (without the Faroe Islands and Greenland) with a small margin: Skagen to Gedser, Rømø to Christiansø. */
export const DENMARK_BBOX = { minLon: 7.7, minLat: 54.4, maxLon: 15.4, maxLat: 57.9 } as const;

export function inDenmark(lon: number, lat: number): boolean {
  const b = DENMARK_BBOX;
  return lon >= b.minLon && lon <= b.maxLon && lat >= b.minLat && lat <= b.maxLat;
}

/** [minLon, minLat, maxLon, maxLat] of a set of points, or null when empty. */
export function bboxOf(points: Iterable<LonLat>): [number, number, number, number] | null {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const p of points) {
    if (p.lon < minLon) minLon = p.lon;
    if (p.lat < minLat) minLat = p.lat;
    if (p.lon > maxLon) maxLon = p.lon;
    if (p.lat > maxLat) maxLat = p.lat;
  }
  return minLon === Infinity ? null : [minLon, minLat, maxLon, maxLat];
}
