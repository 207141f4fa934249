import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useGeolocation } from './use-geolocation';

type Fail = { code: number; PERMISSION_DENIED: 1; POSITION_UNAVAILABLE: 2; TIMEOUT: 3 };
const err = (code: number): Fail => ({ code, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 });

function fakeGeolocation(answer: (ok: PositionCallback, fail: PositionErrorCallback) => void) {
  const getCurrentPosition = vi.fn((ok: PositionCallback, fail: PositionErrorCallback) => answer(ok, fail));
  Object.defineProperty(navigator, 'geolocation', { value: { getCurrentPosition }, configurable: true });
  return getCurrentPosition;
}

afterEach(() => {
  Object.defineProperty(navigator, 'geolocation', { value: undefined, configurable: true });
});

describe('useGeolocation', () => {
  it('asks only when locate() is called, and hands over the fix', () => {
    const get = fakeGeolocation((ok) => ok({ coords: { longitude: 10.21, latitude: 56.16, accuracy: 12 } } as GeolocationPosition));
    const onFix = vi.fn();
    const { result } = renderHook(() => useGeolocation(onFix));
    expect(get).not.toHaveBeenCalled();
    act(() => result.current.locate());
    expect(onFix).toHaveBeenCalledWith({ lon: 10.21, lat: 56.16, accuracy: 12 });
    expect(result.current.status).toBe('idle');
  });
  it.each([
    [1, 'denied'],
    [3, 'timeout'],
    [2, 'unavailable'],
  ] as const)('error code %i → %s', (code, status) => {
    fakeGeolocation((_ok, fail) => fail?.(err(code) as unknown as GeolocationPositionError));
    const onFix = vi.fn();
    const { result } = renderHook(() => useGeolocation(onFix));
    act(() => result.current.locate());
    expect(result.current.status).toBe(status);
    expect(onFix).not.toHaveBeenCalled();
  });
  it('no geolocation API → unavailable', () => {
    const { result } = renderHook(() => useGeolocation(vi.fn()));
    act(() => result.current.locate());
    expect(result.current.status).toBe('unavailable');
  });
});
