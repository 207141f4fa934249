/**
 * Saves a form's value shortly after each change, and at once when the form goes away, so
 * nothing typed (30 pupil names, say) is lost to a tap on another section or a dead battery.
 */
import { useEffect, useRef } from 'react';

export function useAutosave<T>(value: T | null, dirty: boolean, save: (v: T) => Promise<unknown>, delayMs = 500): void {
  const latest = useRef(value);
  const saveRef = useRef(save);
  const pending = useRef(false);
  latest.current = value;
  saveRef.current = save;

  useEffect(() => {
    if (!dirty || value === null) return;
    pending.current = true;
    const timer = window.setTimeout(() => {
      pending.current = false;
      void saveRef.current(value);
    }, delayMs);
    return () => window.clearTimeout(timer);
  }, [value, dirty, delayMs]);

  useEffect(
    () => () => {
      if (pending.current && latest.current !== null) void saveRef.current(latest.current);
    },
    [],
  );
}
