/**
 * The drill clock: elapsed drill time computed from stored timestamps, never from a counter.
 *
 * Every stored event carries the wall-clock time of the tap (`at`) and the drill time at that
 * moment (`elapsedMs`). After a reload, a locked screen or a suspended tab the clock resumes from
 * the latest stored reading: elapsed = reading.elapsedMs + (now - reading.at).
 *
 * Wall clocks can jump (NTP correction, the user changing the time). While the page lives we also
 * have a monotonic clock (performance.now), which cannot jump back but may pause while the device
 * sleeps. So a live reading advances by the larger of the two deltas: a sleep is covered by the
 * wall clock, a backward wall-clock jump by the monotonic one. Across a reload only the wall clock
 * exists; if it went back, the clock holds at the last reading rather than going back or negative.
 */

export interface ClockReading {
  /** Wall-clock epoch ms. */
  at: number;
  /** Drill time in ms, never negative, never decreasing. */
  elapsedMs: number;
}

export interface TimeSource {
  /** Wall clock, epoch ms (Date.now). */
  wall(): number;
  /** Monotonic ms since an arbitrary origin (performance.now). */
  mono(): number;
}

export const browserTime: TimeSource = {
  wall: () => Date.now(),
  mono: () => (typeof performance !== 'undefined' ? performance.now() : Date.now()),
};

/** Drill time at wall time `now`, from a stored reading. Never less than the reading. */
export function elapsedSince(reading: ClockReading, now: number): number {
  const delta = now - reading.at;
  return Math.max(0, reading.elapsedMs) + (Number.isFinite(delta) && delta > 0 ? delta : 0);
}

/** The reading to resume from: the one with the largest drill time (ties: the latest wall time). */
export function latestReading(readings: readonly ClockReading[]): ClockReading | null {
  let best: ClockReading | null = null;
  for (const r of readings) {
    if (!best || r.elapsedMs > best.elapsedMs || (r.elapsedMs === best.elapsedMs && r.at > best.at)) best = r;
  }
  return best;
}

/**
 * A live clock for a running drill. Create it from the latest stored reading; `read()` gives the
 * reading to store with the next tap and to show on screen.
 *
 * @example
 *   const clock = new DrillClock(latestReading(events)!, browserTime);
 *   const { at, elapsedMs } = clock.read();
 */
export class DrillClock {
  private baseElapsed: number;
  private baseWall: number;
  private baseMono: number;
  private last: number;

  constructor(
    anchor: ClockReading,
    private readonly time: TimeSource = browserTime,
  ) {
    this.baseWall = time.wall();
    this.baseMono = time.mono();
    this.baseElapsed = elapsedSince(anchor, this.baseWall);
    this.last = this.baseElapsed;
  }

  read(): ClockReading {
    const wall = this.time.wall();
    const wallDelta = wall - this.baseWall;
    const monoDelta = this.time.mono() - this.baseMono;
    const delta = Math.max(0, wallDelta, monoDelta);
    const elapsed = Math.max(this.last, this.baseElapsed + delta);
    this.last = elapsed;
    return { at: wall, elapsedMs: elapsed };
  }

  /**
   * Take in a reading stored elsewhere (another tab). The clock only ever moves forward, so a
   * reading behind this clock changes nothing.
   */
  observe(reading: ClockReading): void {
    const current = this.read();
    const fromReading = elapsedSince(reading, current.at);
    if (fromReading > current.elapsedMs) {
      this.baseWall = current.at;
      this.baseMono = this.time.mono();
      this.baseElapsed = fromReading;
      this.last = fromReading;
    }
  }
}
