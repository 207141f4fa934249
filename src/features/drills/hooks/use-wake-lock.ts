/**
 * Keep the screen on while a drill runs, where the browser allows it (Screen Wake Lock API).
 * The lock is released by the browser when the page is hidden, so it is requested again when the
 * page becomes visible. Returns what happened, for a quiet status line.
 */
import { useEffect, useState } from 'react';

export type WakeLockState = 'off' | 'on' | 'unsupported' | 'refused';

interface WakeLockSentinelLike {
  release(): Promise<void>;
  addEventListener(type: 'release', cb: () => void): void;
}

export function useWakeLock(active: boolean): WakeLockState {
  const [state, setState] = useState<WakeLockState>('off');
  useEffect(() => {
    const wl = (navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<WakeLockSentinelLike> } }).wakeLock;
    if (!active) {
      setState('off');
      return;
    }
    if (!wl) {
      setState('unsupported');
      return;
    }
    let sentinel: WakeLockSentinelLike | null = null;
    let cancelled = false;
    const request = async () => {
      if (document.visibilityState !== 'visible') return;
      try {
        const s = await wl.request('screen');
        if (cancelled) {
          void s.release();
          return;
        }
        sentinel = s;
        setState('on');
        s.addEventListener('release', () => {
          if (!cancelled) setState('off');
        });
      } catch {
        if (!cancelled) setState('refused');
      }
    };
    void request();
    const onVisibility = () => {
      if (document.visibilityState === 'visible') void request();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelled = true;
      document.removeEventListener('visibilitychange', onVisibility);
      if (sentinel) void sentinel.release().catch(() => undefined);
    };
  }, [active]);
  return state;
}
