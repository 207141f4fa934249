/**
 * The Danish siren signals as frequency envelopes, played by the siren trainer through the
 * Web Audio API (no audio files). Source: Beredskabsstyrelsen / Politiet, "Sirenevarsling":
 * warning = a tone that rises fast and falls slowly, 4 times over 45 seconds;
 * all-clear = one steady tone for 45 seconds.
 */

export type SirenKind = 'warning' | 'all-clear';

export interface EnvelopePoint {
  /** Seconds from the start. */
  t: number;
  /** Frequency in Hz; linear ramp from the previous point. */
  hz: number;
}

export interface SirenSignal {
  kind: SirenKind;
  duration: number;
  points: EnvelopePoint[];
}

export const SIGNAL_SECONDS = 45;
export const LOW_HZ = 200;
export const HIGH_HZ = 480;
export const WARNING_CYCLES = 4;
/** Share of each warning cycle spent rising: fast up, slow down. */
export const RISE_SHARE = 0.25;

export function sirenSignal(kind: SirenKind): SirenSignal {
  if (kind === 'all-clear') {
    return { kind, duration: SIGNAL_SECONDS, points: [{ t: 0, hz: HIGH_HZ }, { t: SIGNAL_SECONDS, hz: HIGH_HZ }] };
  }
  const cycle = SIGNAL_SECONDS / WARNING_CYCLES;
  const points: EnvelopePoint[] = [{ t: 0, hz: LOW_HZ }];
  for (let i = 0; i < WARNING_CYCLES; i++) {
    points.push({ t: i * cycle + cycle * RISE_SHARE, hz: HIGH_HZ });
    points.push({ t: (i + 1) * cycle, hz: LOW_HZ });
  }
  return { kind, duration: SIGNAL_SECONDS, points };
}

/** Frequency at time t (seconds), following the linear ramps. */
export function frequencyAt(signal: SirenSignal, t: number): number {
  const pts = signal.points;
  if (t <= pts[0]!.t) return pts[0]!.hz;
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!;
    const b = pts[i]!;
    if (t <= b.t) return a.hz + ((b.hz - a.hz) * (t - a.t)) / (b.t - a.t);
  }
  return pts[pts.length - 1]!.hz;
}
