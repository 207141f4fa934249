// Same keys, placeholders and no empty strings in every locale: tests/unit/i18n-keys.test.ts.
import { describe, expect, it } from 'vitest';
import da from './da.json';
import { CSV_KEYS } from '../domain/report-csv';

describe('drills locales', () => {
  it('has every CSV label the report needs', () => {
    for (const k of CSV_KEYS) expect(da.csv).toHaveProperty(k);
  });
});
