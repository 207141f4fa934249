import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DrillClock, elapsedSince, latestReading, type TimeSource } from './clock';

/** A fake device: a wall clock that can be set (clock changes) and a monotonic one that can pause (sleep). */
interface Device {
  wallNow: number;
  monoNow: number;
  time: TimeSource;
  pass(ms: number): void;
  sleep(ms: number): void;
  setWall(delta: number): void;
}

function device(wall = 1_700_000_000_000, mono = 5_000): Device {
  const d: Device = {
    wallNow: wall,
    monoNow: mono,
    time: { wall: () => d.wallNow, mono: () => d.monoNow } as TimeSource,
    /** Real time passes: both clocks advance. */
    pass(ms: number) {
      d.wallNow += ms;
      d.monoNow += ms;
    },
    /** The device sleeps: the wall clock advances, the monotonic clock pauses. */
    sleep(ms: number) {
      d.wallNow += ms;
    },
    /** Someone changes the wall clock. */
    setWall(delta: number) {
      d.wallNow += delta;
    },
  };
  return d;
}

describe('elapsedSince', () => {
  it('adds the wall time since the reading', () => {
    expect(elapsedSince({ at: 1000, elapsedMs: 500 }, 4000)).toBe(3500);
  });
  it('never goes below the reading when the wall clock is behind it', () => {
    expect(elapsedSince({ at: 10_000, elapsedMs: 7000 }, 2000)).toBe(7000);
  });
  it('is never negative, even from a bad reading', () => {
    expect(elapsedSince({ at: 10_000, elapsedMs: -50 }, 0)).toBe(0);
    expect(elapsedSince({ at: NaN, elapsedMs: 100 }, 5)).toBe(100);
  });
  it('property: never less than the reading and never negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2e12 }), fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 2e12 }), (at, el, now) => {
        const v = elapsedSince({ at, elapsedMs: el }, now);
        expect(v).toBeGreaterThanOrEqual(el);
        expect(v).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('latestReading', () => {
  it('picks the largest drill time, then the latest wall time', () => {
    expect(latestReading([])).toBeNull();
    const r = latestReading([
      { at: 100, elapsedMs: 0 },
      { at: 90, elapsedMs: 5000 },
      { at: 95, elapsedMs: 5000 },
      { at: 200, elapsedMs: 10 },
    ]);
    expect(r).toEqual({ at: 95, elapsedMs: 5000 });
  });
});

describe('DrillClock', () => {
  it('counts real time from the start', () => {
    const d = device();
    const clock = new DrillClock({ at: d.wallNow, elapsedMs: 0 }, d.time);
    d.pass(61_500);
    expect(clock.read()).toEqual({ at: d.wallNow, elapsedMs: 61_500 });
  });

  it('resumes after a reload from the stored reading (the time away counts)', () => {
    const d = device();
    const startAt = d.wallNow;
    d.pass(30_000); // the page is closed or reloaded 30 s in; nothing stored since the start
    const clock = new DrillClock({ at: startAt, elapsedMs: 0 }, d.time);
    expect(clock.read().elapsedMs).toBe(30_000);
    d.pass(15_000);
    expect(clock.read().elapsedMs).toBe(45_000);
  });

  it('keeps counting while the device sleeps (monotonic clock paused)', () => {
    const d = device();
    const clock = new DrillClock({ at: d.wallNow, elapsedMs: 0 }, d.time);
    d.pass(10_000);
    d.sleep(120_000); // screen locked for two minutes
    d.pass(5_000);
    expect(clock.read().elapsedMs).toBe(135_000);
  });

  it('does not go back when the wall clock is set back while running', () => {
    const d = device();
    const clock = new DrillClock({ at: d.wallNow, elapsedMs: 0 }, d.time);
    d.pass(60_000);
    expect(clock.read().elapsedMs).toBe(60_000);
    d.setWall(-3_600_000); // clock set back an hour
    d.pass(1_000);
    expect(clock.read().elapsedMs).toBe(61_000);
  });

  it('after a backward clock change and a reload, holds at the last reading instead of going negative', () => {
    const d = device();
    const stored = { at: d.wallNow + 60_000, elapsedMs: 60_000 };
    d.setWall(-3_600_000);
    const clock = new DrillClock(stored, d.time);
    expect(clock.read().elapsedMs).toBe(60_000);
    d.pass(5_000);
    // the monotonic clock moves it on from the held value
    expect(clock.read().elapsedMs).toBe(65_000);
  });

  it('a forward clock change counts like a sleep (indistinguishable), never negative', () => {
    const d = device();
    const clock = new DrillClock({ at: d.wallNow, elapsedMs: 0 }, d.time);
    d.setWall(+600_000);
    expect(clock.read().elapsedMs).toBe(600_000);
  });

  it('observe() moves forward to a newer reading from another tab but never back', () => {
    const d = device();
    const clock = new DrillClock({ at: d.wallNow, elapsedMs: 0 }, d.time);
    d.pass(1_000);
    clock.observe({ at: d.wallNow, elapsedMs: 90_000 });
    expect(clock.read().elapsedMs).toBe(90_000);
    clock.observe({ at: d.wallNow, elapsedMs: 10 });
    d.pass(1_000);
    expect(clock.read().elapsedMs).toBe(91_000);
  });

  it('property: readings never decrease and are never negative, whatever the clocks do', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('pass' as const), ms: fc.integer({ min: 0, max: 100_000 }) }),
      fc.record({ kind: fc.constant('sleep' as const), ms: fc.integer({ min: 0, max: 1_000_000 }) }),
      fc.record({ kind: fc.constant('setWall' as const), ms: fc.integer({ min: -1e8, max: 1e8 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const d = device();
        const clock = new DrillClock({ at: d.wallNow, elapsedMs: 0 }, d.time);
        let last = 0;
        for (const o of ops) {
          d[o.kind](o.ms);
          const r = clock.read();
          expect(r.elapsedMs).toBeGreaterThanOrEqual(last);
          expect(r.elapsedMs).toBeGreaterThanOrEqual(0);
          last = r.elapsedMs;
        }
      }),
    );
  });
});
