import { cleanup, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { db } from '../../../lib/db/db';
import commonDa from '../../../lib/i18n/locales/da.json';
import commonEn from '../../../lib/i18n/locales/en.json';
import commonUk from '../../../lib/i18n/locales/uk.json';
import type { GuidanceArticle } from '../domain/types';
import GuidancePage from '../guidance-page';
import da from '../locales/da.json';
import en from '../locales/en.json';
import uk from '../locales/uk.json';
import { FIXTURES, fixture } from '../test-fixtures/articles';

const rich: GuidanceArticle = {
  ...fixture('sirens', 'en', { title: 'When the sirens sound', urgency: 'urgent', category: 'warning', action: 'Go indoors.' }),
  links: ['plan'],
  related: ['power-cut'],
  sources: [
    { title: 'Sirenevarsling', publisher: 'Politiet', kind: 'authority', url: 'https://politi.dk/kriseinformation/sirenevarsling', checked: '2026-11-23' },
    { title: 'Forberedt', publisher: 'Beredskabsstyrelsen', kind: 'authority', url: 'https://www.brs.dk', checked: '2026-11-20' },
    { title: 'Nedbrud', publisher: 'TDC NET', kind: 'operator', url: 'https://tdcnet.com', checked: '2026-11-20' },
  ],
  sections: [
    { kind: 'before', blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Learn the signal <script>alert(1)</script>.' }, { type: 'source', refs: [2] }] }] },
    {
      kind: 'during',
      blocks: [
        {
          type: 'list',
          items: [
            [
              { type: 'bold', children: [{ type: 'text', text: 'Go in' }] },
              { type: 'text', text: ' and read ' },
              { type: 'link', href: 'https://politi.dk', children: [{ type: 'text', text: 'the police' }] },
              { type: 'source', refs: [1, 2] },
            ],
          ],
        },
      ],
    },
  ],
};

async function renderAt(path: string, lang: 'da' | 'en' | 'uk') {
  const i18n = i18next.createInstance();
  const missing: string[] = [];
  await i18n.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'da',
    ns: ['common', 'guidance'],
    defaultNS: 'common',
    resources: {
      da: { common: commonDa, guidance: da },
      en: { common: commonEn, guidance: en },
      uk: { common: commonUk, guidance: uk },
    },
    interpolation: { escapeValue: false },
    saveMissing: true,
    missingKeyHandler: (_l, ns, key) => missing.push(`${ns}:${key}`),
  });
  const { hook } = memoryLocation({ path });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <Router hook={hook} base="/guidance">
        <GuidancePage />
      </Router>
    </I18nextProvider>,
  );
  return { view, missing };
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.guidance.bulkPut([...FIXTURES, rich].map((a) => ({ ...a, sourceId: 'guidance' })));
});
afterEach(cleanup);

describe('article view', () => {
  it('renders the AST as elements: action first, during before before, markers linked to sources', async () => {
    const { view, missing } = await renderAt('/guidance/sirens', 'en');
    await screen.findByRole('heading', { level: 1, name: 'When the sirens sound' });
    const main = view.container;
    expect(main.querySelector('.key-action-text')!.textContent).toBe('Go indoors.');
    const headings = [...main.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings.indexOf('During')).toBeLessThan(headings.indexOf('Before'));
    expect(main.querySelector('li strong')!.textContent).toBe('Go in');
    expect(screen.getByRole('link', { name: 'the police' }).getAttribute('href')).toBe('https://politi.dk');
    const markers = screen.getAllByRole('link', { name: /^source \d$/ });
    expect(markers.map((m) => m.getAttribute('href'))).toEqual(['#source-1', '#source-2', '#source-2']);
    expect(main.querySelector('#source-1')!.textContent).toMatch(/^Politiet: Sirenevarsling/);
    // A company is labelled as not being an authority; an authority carries no label.
    expect(main.querySelector('#source-3')!.textContent).toMatch(/^TDC NET \(infrastructure operator, not an authority\): Nedbrud/);
    expect(main.querySelector('#source-2')!.textContent).toMatch(/Checked 20 November 2026/);
    expect(main.textContent).toMatch(/Checked 23 November 2026/);
    // Text that looks like HTML stays text.
    expect(main.querySelector('script')).toBeNull();
    expect(main.textContent).toContain('<script>alert(1)</script>');
    expect(screen.queryByText(/not available in English/)).toBeNull();
    // In-app links leave the /guidance base; related topics stay inside it.
    expect(screen.getByRole('link', { name: 'My plan' }).getAttribute('href')).toBe('/plan');
    expect(screen.getByRole('link', { name: 'Power cut' }).getAttribute('href')).toBe('/guidance/power-cut');
    expect(missing).toEqual([]);
  });

  it('shows the Danish text with a visible notice when the translation is missing', async () => {
    const { view, missing } = await renderAt('/guidance/storm-surge', 'uk');
    await screen.findByRole('heading', { level: 1, name: 'Stormflod' });
    expect(screen.getByText(/не перекладена українською/)).toBeTruthy();
    expect(view.container.querySelector('.key-action-text')!.getAttribute('lang')).toBe('da');
    expect(missing).toEqual([]);
  });

  it('says so for an unknown topic, never a blank page', async () => {
    await renderAt('/guidance/nope', 'da');
    await screen.findByRole('heading', { level: 1, name: 'Vi kan ikke finde den vejledning.' });
  });

  it('searches from the list page via ?q=', async () => {
    const { view } = await renderAt('/guidance?q=stromsvigt', 'da');
    await waitFor(() => expect(view.container.querySelector('.search-count')?.textContent).toMatch(/stromsvigt/));
    expect(view.container.querySelector('.guidance-cards a')!.getAttribute('href')).toBe('/guidance/power-cut');
  });
});
