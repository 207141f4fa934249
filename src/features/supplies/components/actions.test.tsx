import { act, cleanup, render, screen } from '@testing-library/react';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDbStatus, openDatabase } from '../../../lib/db/db-status';
import da from '../locales/da.json';
import { ActionsProvider, useActions } from './actions';

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ lng: 'da', resources: { da: { supplies: da } }, interpolation: { escapeValue: false } });
  expect(await openDatabase()).toBe(true);
});
afterEach(cleanup);

let run: ReturnType<typeof useActions>['run'];
function Grab() {
  ({ run } = useActions());
  return null;
}

describe('ActionsProvider', () => {
  it('a full disk is reported at the form and to the shell; a later write that succeeds clears both', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <ActionsProvider>
        <Grab />
      </ActionsProvider>,
    );
    const full = Object.assign(new Error('full'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    await act(async () => expect(await run(() => Promise.reject(full))).toBe(false));
    expect(screen.getByRole('alert').textContent).toBe('Det blev ikke gemt: enheden har ikke mere plads. Intet af det, der allerede er gemt, er gået tabt.');
    expect(getDbStatus()).toMatchObject({ state: 'ready', problem: 'quota' });

    await act(async () => expect(await run(() => Promise.resolve())).toBe(true));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(getDbStatus()).toEqual({ state: 'ready' });
  });
});
