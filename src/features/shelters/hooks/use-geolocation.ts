import { useCallback, useRef, useState } from 'react';

export type GeoStatus = 'idle' | 'locating' | 'denied' | 'timeout' | 'unavailable';

export interface GeoFix {
  lon: number;
  lat: number;
  accuracy: number;
}

/**
 * Asks for the device position once, only when `locate()` is called (after the page explains
 * why). The position stays in memory on this device: it is never stored or sent.
 */
export function useGeolocation(onFix: (fix: GeoFix) => void): { status: GeoStatus; locate: () => void } {
  const [status, setStatus] = useState<GeoStatus>('idle');
  const callback = useRef(onFix);
  callback.current = onFix;
  const locate = useCallback(() => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      setStatus('unavailable');
      return;
    }
    setStatus('locating');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setStatus('idle');
        callback.current({ lon: pos.coords.longitude, lat: pos.coords.latitude, accuracy: pos.coords.accuracy });
      },
      (err) => setStatus(err.code === err.PERMISSION_DENIED ? 'denied' : err.code === err.TIMEOUT ? 'timeout' : 'unavailable'),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  }, []);
  return { status, locate };
}
