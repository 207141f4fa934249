import { describe, expect, it } from 'vitest';
import { emptyPlan } from './plan-model';
import { isValidPhone, planHasContent, planProgress, telHref, validatePlan } from './plan-validation';
import { samplePlan } from './test-data';

describe('plan validation', () => {
  it('accepts Danish and international phone formats and rejects letters', () => {
    for (const ok of ['112', '82 12 12 12', '+45 20 30 40 50', '(+45) 20-30-40-50', '']) expect(isValidPhone(ok)).toBe(true);
    for (const bad of ['12', 'call me', '20 30 40 5O', '1234567890123456', '++45 1234']) expect(isValidPhone(bad)).toBe(false);
  });

  it('makes tel: links from valid numbers only', () => {
    expect(telHref('+45 20 30 40 50')).toBe('tel:+4520304050');
    expect(telHref('82 12 12 12')).toBe('tel:82121212');
    expect(telHref('abc')).toBeNull();
    expect(telHref('')).toBeNull();
  });

  it('reports field paths for bad phones and nameless entries', () => {
    const plan = samplePlan();
    plan.members[1]!.phone = 'ring mig';
    plan.contacts.push({ id: 'c3', name: '', phone: '12345678', relation: '', outsideArea: false });
    plan.numbers[4]!.number = 'læge';
    expect(validatePlan(plan)).toEqual([
      { path: 'members.1.phone', code: 'phoneInvalid' },
      { path: 'contacts.2.name', code: 'nameMissing' },
      { path: 'numbers.4.number', code: 'phoneInvalid' },
    ]);
    expect(validatePlan(samplePlan())).toEqual([]);
  });

  it('tracks progress through the plan', () => {
    expect(planProgress(emptyPlan()).done).toEqual([]);
    const full = samplePlan();
    full.numbers[4]!.number = '33 33 33 33';
    expect(planProgress(full).missing).toEqual([]);
    const noOutside = samplePlan({ contacts: [{ id: 'c', name: 'Ib', phone: '22334455', relation: '', outsideArea: false }] });
    expect(planProgress(noOutside).missing).toContain('outsideContact');
  });

  it('an untouched plan with only the default numbers has no content', () => {
    expect(planHasContent(emptyPlan())).toBe(false);
    expect(planHasContent(samplePlan())).toBe(true);
  });
});
