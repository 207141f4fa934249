/**
 * The live drill clock for a running drill: re-reads several times a second, resumes from the
 * latest stored event after a reload, and stores a clock mark when the page is hidden (screen
 * locked, app switched), so a later reload starts from a fresh reading.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { recordMark } from '../db/drills-repo';
import { browserTime, DrillClock, type ClockReading } from '../domain/clock';

export function useDrillClock(drillId: string | null, anchor: ClockReading | null, running: boolean) {
  const clockRef = useRef<{ id: string; clock: DrillClock } | null>(null);
  const [elapsedMs, setElapsedMs] = useState(0);

  if (drillId && anchor && (!clockRef.current || clockRef.current.id !== drillId)) {
    clockRef.current = { id: drillId, clock: new DrillClock(anchor, browserTime) };
  }

  // Readings stored by another tab move this clock forward (never back).
  useEffect(() => {
    if (anchor && clockRef.current) clockRef.current.clock.observe(anchor);
  }, [anchor]);

  useEffect(() => {
    if (!running || !drillId) return;
    const tick = () => {
      const c = clockRef.current;
      if (c) setElapsedMs(c.clock.read().elapsedMs);
    };
    tick();
    const timer = window.setInterval(tick, 250);
    const onVisibility = () => {
      const c = clockRef.current;
      if (!c) return;
      if (document.visibilityState === 'hidden') void recordMark(c.id, c.clock.read()).catch(() => undefined);
      else tick();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [running, drillId]);

  /** The reading to store with a tap. */
  const read = useCallback((): ClockReading => {
    const c = clockRef.current;
    return c ? c.clock.read() : { at: Date.now(), elapsedMs: 0 };
  }, []);

  return { elapsedMs, read };
}
