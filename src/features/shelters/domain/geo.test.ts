import { describe, expect, it } from 'vitest';
import {
  bboxOf,
  bearingDegrees,
  compassPoint,
  distanceMeters,
  inDenmark,
  roundDistance,
  walkingMinutes,
} from './geo';

// Reference pairs. Land's End → John o' Groats is the worked example of the Movable Type
// "Calculate distance, bearing and more between Latitude/Longitude points" page (968.9 km,
// initial bearing 009°07′11″). Danish city centres (Rådhuspladsen, Aarhus, Odense, Aalborg
// town halls) are checked against an independent ellipsoidal reference: Vincenty's inverse
// formula on WGS84 (itself checked on Vincenty's published Flinders Peak → Buninyong line).
const landsEnd = { lat: 50 + 3 / 60 + 59 / 3600, lon: -(5 + 42 / 60 + 53 / 3600) };
const johnOGroats = { lat: 58 + 38 / 60 + 38 / 3600, lon: -(3 + 4 / 60 + 12 / 3600) };
const copenhagen = { lat: 55.6761, lon: 12.5683 };
const aarhus = { lat: 56.1529, lon: 10.2039 };
const odense = { lat: 55.3959, lon: 10.3883 };
const aalborg = { lat: 57.048, lon: 9.9187 };

describe('distanceMeters', () => {
  it("Land's End to John o' Groats is 968.9 km", () => {
    expect(distanceMeters(landsEnd, johnOGroats) / 1000).toBeCloseTo(968.9, 0);
  });
  it('the Vincenty reference reproduces Flinders Peak → Buninyong (54 972.271 m)', () => {
    const flinders = { lat: -(37 + 57 / 60 + 3.7203 / 3600), lon: 144 + 25 / 60 + 29.5244 / 3600 };
    const buninyong = { lat: -(37 + 39 / 60 + 10.1561 / 3600), lon: 143 + 55 / 60 + 35.3839 / 3600 };
    // Vincenty 1975 used the Australian National Spheroid; on WGS84 the line is 54 972.3 m ± 0.5.
    expect(vincentyMeters(flinders, buninyong)).toBeCloseTo(54_972, -1);
  });
  it('Danish city pairs are within 0.5 % of the WGS84 ellipsoid distance', () => {
    for (const [a, b, km] of [
      [copenhagen, aarhus, 156.6],
      [copenhagen, odense, 140.7],
      [aarhus, aalborg, 101.0],
    ] as const) {
      const d = distanceMeters(a, b);
      expect(d / 1000).toBeCloseTo(km, 0);
      expect(Math.abs(d - vincentyMeters(a, b)) / vincentyMeters(a, b)).toBeLessThan(0.005);
    }
  });
  it('is symmetric and zero for the same point', () => {
    expect(distanceMeters(aarhus, copenhagen)).toBeCloseTo(distanceMeters(copenhagen, aarhus), 6);
    expect(distanceMeters(aarhus, aarhus)).toBe(0);
  });
  it('one degree of latitude is about 111.2 km', () => {
    expect(distanceMeters({ lat: 56, lon: 10 }, { lat: 57, lon: 10 })).toBeCloseTo(111_195, -1);
  });
});

describe('bearingDegrees', () => {
  it("Land's End to John o' Groats starts at 009°07′11″", () => {
    expect(bearingDegrees(landsEnd, johnOGroats)).toBeCloseTo(9 + 7 / 60 + 11 / 3600, 2);
  });
  it('Copenhagen to Aarhus is west-north-west; Aarhus to Copenhagen east-south-east', () => {
    expect(bearingDegrees(copenhagen, aarhus)).toBeCloseTo(290.8, 0);
    expect(bearingDegrees(aarhus, copenhagen)).toBeCloseTo(108.9, 0);
    expect(compassPoint(bearingDegrees(copenhagen, aarhus))).toBe('w');
    expect(compassPoint(bearingDegrees(aarhus, aalborg))).toBe('n');
  });
  it('cardinal directions', () => {
    const o = { lat: 56, lon: 10 };
    expect(bearingDegrees(o, { lat: 56.01, lon: 10 })).toBeCloseTo(0, 6);
    expect(bearingDegrees(o, { lat: 56, lon: 10.01 })).toBeCloseTo(90, 1);
    expect(bearingDegrees(o, { lat: 55.99, lon: 10 })).toBeCloseTo(180, 6);
    expect(bearingDegrees(o, { lat: 56, lon: 9.99 })).toBeCloseTo(270, 1);
  });
});

describe('compassPoint', () => {
  it('maps sectors of 45° centred on each point', () => {
    expect(compassPoint(0)).toBe('n');
    expect(compassPoint(22.4)).toBe('n');
    expect(compassPoint(22.6)).toBe('ne');
    expect(compassPoint(45)).toBe('ne');
    expect(compassPoint(135)).toBe('se');
    expect(compassPoint(200)).toBe('s');
    expect(compassPoint(247)).toBe('sw');
    expect(compassPoint(292.6)).toBe('nw');
    expect(compassPoint(337.6)).toBe('n');
    expect(compassPoint(359.9)).toBe('n');
    expect(compassPoint(-45)).toBe('nw');
  });
});

describe('walkingMinutes', () => {
  it('uses 5 km/h: 650 m is 8 minutes, 1 km is 12, 0 m is 1', () => {
    expect(walkingMinutes(650)).toBe(8);
    expect(walkingMinutes(1000)).toBe(12);
    expect(walkingMinutes(0)).toBe(1);
    expect(walkingMinutes(3000, 4)).toBe(45);
  });
  it('rejects nonsense', () => {
    expect(() => walkingMinutes(-1)).toThrow(RangeError);
    expect(() => walkingMinutes(100, 0)).toThrow(RangeError);
  });
});

describe('roundDistance', () => {
  it('rounds for reading', () => {
    expect(roundDistance(3)).toEqual({ value: 10, unit: 'm' });
    expect(roundDistance(648)).toEqual({ value: 650, unit: 'm' });
    expect(roundDistance(996)).toEqual({ value: 1, unit: 'km' });
    expect(roundDistance(2349)).toEqual({ value: 2.3, unit: 'km' });
    expect(roundDistance(15_600)).toEqual({ value: 16, unit: 'km' });
  });
});

describe('inDenmark / bboxOf', () => {
  it('knows Denmark from its neighbours', () => {
    expect(inDenmark(aarhus.lon, aarhus.lat)).toBe(true);
    expect(inDenmark(15.19, 55.32)).toBe(true); // Christiansø
    expect(inDenmark(10.58, 57.74)).toBe(true); // Skagen
    expect(inDenmark(aarhus.lat, aarhus.lon)).toBe(false); // swapped
    expect(inDenmark(10.75, 59.91)).toBe(false); // Oslo
  });
  it('bbox of points', () => {
    expect(bboxOf([aarhus, copenhagen])).toEqual([10.2039, 55.6761, 12.5683, 56.1529]);
    expect(bboxOf([])).toBeNull();
  });
});

/** Vincenty's inverse formula on the WGS84 ellipsoid: an independent reference for the tests. */
function vincentyMeters(p: { lat: number; lon: number }, q: { lat: number; lon: number }): number {
  const a = 6378137;
  const f = 1 / 298.257223563;
  const b = a * (1 - f);
  const r = Math.PI / 180;
  const L = (q.lon - p.lon) * r;
  const U1 = Math.atan((1 - f) * Math.tan(p.lat * r));
  const U2 = Math.atan((1 - f) * Math.tan(q.lat * r));
  const [sinU1, cosU1, sinU2, cosU2] = [Math.sin(U1), Math.cos(U1), Math.sin(U2), Math.cos(U2)];
  let λ = L;
  let sinσ = 0, cosσ = 0, σ = 0, cos2α = 0, cos2σm = 0;
  for (let i = 0; i < 200; i++) {
    const sinλ = Math.sin(λ);
    const cosλ = Math.cos(λ);
    sinσ = Math.sqrt((cosU2 * sinλ) ** 2 + (cosU1 * sinU2 - sinU1 * cosU2 * cosλ) ** 2);
    cosσ = sinU1 * sinU2 + cosU1 * cosU2 * cosλ;
    σ = Math.atan2(sinσ, cosσ);
    const sinα = (cosU1 * cosU2 * sinλ) / sinσ;
    cos2α = 1 - sinα * sinα;
    cos2σm = cosσ - (2 * sinU1 * sinU2) / cos2α;
    const C = (f / 16) * cos2α * (4 + f * (4 - 3 * cos2α));
    const prev = λ;
    λ = L + (1 - C) * f * sinα * (σ + C * sinσ * (cos2σm + C * cosσ * (-1 + 2 * cos2σm ** 2)));
    if (Math.abs(λ - prev) < 1e-12) break;
  }
  const u2 = (cos2α * (a * a - b * b)) / (b * b);
  const A = 1 + (u2 / 16384) * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
  const B = (u2 / 1024) * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
  const Δσ =
    B * sinσ * (cos2σm + (B / 4) * (cosσ * (-1 + 2 * cos2σm ** 2) - (B / 6) * cos2σm * (-3 + 4 * sinσ ** 2) * (-3 + 4 * cos2σm ** 2)));
  return b * A * (σ - Δσ);
}
