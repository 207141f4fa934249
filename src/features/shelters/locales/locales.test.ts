import { describe, expect, it } from 'vitest';
import { COMPASS_POINTS } from '../domain/geo';
import type { ProblemCode } from '../domain/import-validate';
import da from './da.json';
import en from './en.json';
import uk from './uk.json';

// Same keys in every locale: tests/unit/i18n-keys.test.ts.
describe('shelters locales', () => {
  it('Ukrainian has all four plural forms where the others have plurals', () => {
    expect(Object.keys(uk.list).filter((k) => k.startsWith('capacity_'))).toEqual(['capacity_one', 'capacity_few', 'capacity_many', 'capacity_other']);
  });
  it('every compass point and every problem code has words', () => {
    const codes: ProblemCode[] = ['geometry-not-point', 'wrong-type', 'coordinates-invalid', 'coordinates-swapped', 'outside-denmark', 'capacity-missing', 'capacity-not-number', 'capacity-not-integer', 'capacity-negative', 'capacity-zero', 'duplicate'];
    for (const l of [da, en, uk]) {
      for (const c of COMPASS_POINTS) expect(l.compass[c]).toBeTruthy();
      for (const c of codes) expect(l.import.problem[c]).toBeTruthy();
    }
  });
  it('always names the authorities and tekst-tv page 150', () => {
    for (const l of [da, en, uk]) expect(l.notice.follow).toMatch(/DR.*TV 2.*150/);
  });
});
