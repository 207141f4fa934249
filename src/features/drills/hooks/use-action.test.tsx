import { act, renderHook } from '@testing-library/react';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDbStatus, openDatabase } from '../../../lib/db/db-status';
import da from '../locales/da.json';
import { DrillError } from '../db/drills-repo';
import { useAction } from './use-action';

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ lng: 'da', resources: { da: { drills: da } }, interpolation: { escapeValue: false } });
  expect(await openDatabase()).toBe(true);
});

describe('useAction', () => {
  it('a full disk: a message in the language at the drill and the shell banner; a later write clears both', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { result } = renderHook(() => useAction());
    const full = Object.assign(new Error('full'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    await act(async () => expect(await result.current.attempt(() => Promise.reject(full))).toBe(false));
    expect(result.current.error).toBe(da.errors.quota);
    expect(getDbStatus()).toMatchObject({ state: 'ready', problem: 'quota' });

    await act(async () => expect(await result.current.attempt(() => Promise.resolve())).toBe(true));
    expect(result.current.error).toBeNull();
    expect(getDbStatus()).toEqual({ state: 'ready' });
  });

  it('other failures keep their own message and do not claim the disk is full', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { result } = renderHook(() => useAction());
    await act(async () => void (await result.current.attempt(() => Promise.reject(new DrillError('ended')))));
    expect(result.current.error).toBe(da.errors.ended);
    await act(async () => void (await result.current.attempt(() => Promise.reject(new Error('boom')))));
    expect(result.current.error).toMatch(/boom/);
    expect(getDbStatus().problem).toBeUndefined();
  });
});
