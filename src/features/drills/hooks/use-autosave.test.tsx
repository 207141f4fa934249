import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAutosave } from './use-autosave';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useAutosave', () => {
  it('saves the latest value once typing pauses, not before it is dirty', () => {
    const save = vi.fn(async () => {});
    const { rerender } = renderHook(({ v, dirty }) => useAutosave(v, dirty, save, 500), { initialProps: { v: 'a', dirty: false } });
    vi.advanceTimersByTime(1000);
    expect(save).not.toHaveBeenCalled();
    rerender({ v: 'ab', dirty: true });
    vi.advanceTimersByTime(200);
    rerender({ v: 'abc', dirty: true });
    vi.advanceTimersByTime(499);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('abc');
  });

  it('saves at once when the form goes away with a change pending', () => {
    const save = vi.fn(async () => {});
    const { rerender, unmount } = renderHook(({ v, dirty }) => useAutosave(v, dirty, save, 500), { initialProps: { v: 'a', dirty: false } });
    rerender({ v: '30 names', dirty: true });
    unmount();
    expect(save).toHaveBeenCalledWith('30 names');
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });
});
