import { describe, expect, it } from 'vitest';
import da from './da.json';
import en from './en.json';
import uk from './uk.json';
import { CATEGORIES, SECTION_KINDS, URGENCIES, APP_LINKS } from '../domain/types';

// Same keys and placeholders in every locale: tests/unit/i18n-keys.test.ts.
describe('guidance locales', () => {
  it('name every category, urgency, section and app link', () => {
    for (const l of [da, en, uk]) {
      for (const c of CATEGORIES) expect(l.categories[c]).toBeTruthy();
      for (const u of URGENCIES) expect(l.urgency[u]).toBeTruthy();
      for (const s of SECTION_KINDS) expect(l.sections[s]).toBeTruthy();
      for (const a of APP_LINKS) expect(l.appLinks[a]).toBeTruthy();
    }
  });
});
