import { act, cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../lib/db/db';
import { recordBackup } from './db/backup-repo';
import { currentFingerprint } from './db/reminder-repo';
import { HomeWidget } from './home-widget';
import da from './locales/da.json';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({ lng: 'da', resources: { da: { plan: da } }, interpolation: { escapeValue: false } });
});
beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(cleanup);

describe('backup reminder on the start page', () => {
  it('says nothing while there is no user data', async () => {
    render(<HomeWidget />);
    await act(() => new Promise((r) => setTimeout(r, 100)));
    expect(screen.queryByRole('heading', { name: 'Sikkerhedskopi' })).toBeNull();
  });

  it('asks for a first backup, with the reason, once there is data; goes away after a backup; returns after a change', async () => {
    await db.batches.put({ id: 'b1', itemId: 'water', quantity: 6 });
    render(<HomeWidget />);
    expect(await screen.findByText(/ingen sikkerhedskopi\. Browseren kan slette gemte data/)).toBeTruthy();
    await act(async () => recordBackup((await currentFingerprint()).fingerprint));
    await act(() => new Promise((r) => setTimeout(r, 100)));
    expect(screen.queryByRole('heading', { name: 'Sikkerhedskopi' })).toBeNull();
    await act(async () => void (await db.batches.put({ id: 'b2', itemId: 'rice', quantity: 1 })));
    expect(await screen.findByText(/ændret data siden seneste sikkerhedskopi/)).toBeTruthy();
  });
});
