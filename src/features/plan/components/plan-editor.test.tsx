import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDbStatus, openDatabase } from '../../../lib/db/db-status';
import { db } from '../../../lib/db/db';
import { emptyPlan } from '../domain/plan-model';
import da from '../locales/da.json';
import { PlanEditor } from './plan-editor';

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ lng: 'da', resources: { da: { plan: da } }, interpolation: { escapeValue: false } });
  expect(await openDatabase()).toBe(true);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('PlanEditor', () => {
  it('a full disk: the text stays, the message says why in the language, the shell banner is set; a retry that succeeds clears both', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const full = Object.assign(new Error('full'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    const put = vi.spyOn(db.plan, 'put').mockRejectedValueOnce(full);
    const { hook } = memoryLocation({ path: '/' });
    render(
      <Router hook={hook}>
        <PlanEditor initial={emptyPlan()} />
      </Router>,
    );
    fireEvent.change(screen.getByLabelText('Noter'), { target: { value: 'Mødes ved kirken' } });
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(da.saveFailed.replace('{{reason}}', da.storageFull).slice(0, 40));
    expect(alert.textContent).toContain(da.storageFull);
    expect(getDbStatus()).toMatchObject({ state: 'ready', problem: 'quota' });
    expect((screen.getByLabelText('Noter') as HTMLTextAreaElement).value).toBe('Mødes ved kirken');

    fireEvent.click(screen.getByRole('button', { name: da.retry }));
    await screen.findByText(/^Gemt/);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(put).toHaveBeenCalledTimes(2);
    expect(getDbStatus()).toEqual({ state: 'ready' });
    expect((await db.plan.toArray())[0]?.notes).toBe('Mødes ved kirken');
  });
});
