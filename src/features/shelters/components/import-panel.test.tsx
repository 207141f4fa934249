import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../../../lib/db/db';
import { getDbStatus, openDatabase } from '../../../lib/db/db-status';
import da from '../locales/da.json';
import { ImportPanel } from './import-panel';

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ lng: 'da', resources: { da: { shelters: da } }, interpolation: { escapeValue: false } });
  expect(await openDatabase()).toBe(true);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ImportPanel', () => {
  it('a full disk during an import: says so in the language, reports it to the shell, keeps no half source', async () => {
    const full = Object.assign(new Error('full'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    vi.spyOn(db.shelters, 'bulkPut').mockRejectedValue(full);
    render(<ImportPanel />);
    const csv = 'id;lat;lon;pladser\nK1;56.1567;10.2108;80\n';
    fireEvent.change(screen.getByLabelText(da.import.fileLabel), { target: { files: [new File([csv], 'kommune.csv', { type: 'text/csv' })] } });
    const start = await screen.findByRole('button', { name: da.import.start.replace('{{count}}', '1') });
    fireEvent.click(start);
    const alert = await screen.findByText(da.import.failed.replace('{{message}}', da.import.storageFull));
    expect(alert).toBeTruthy();
    expect(getDbStatus()).toMatchObject({ state: 'ready', problem: 'quota' });
    expect(await db.shelterSources.count()).toBe(0);
    expect(await db.shelters.count()).toBe(0);
  });
});
