import { beforeEach, describe, expect, it } from 'vitest';
import { samplePlan } from '../domain/test-data';
import { clearDraft, readDraft, writeDraft } from './draft';

describe('unsaved-typing draft', () => {
  beforeEach(() => localStorage.clear());

  it('keeps a copy until it is cleared', () => {
    expect(readDraft()).toBeNull();
    writeDraft(samplePlan());
    expect(readDraft()).toEqual(samplePlan());
    clearDraft();
    expect(readDraft()).toBeNull();
  });

  it('a damaged draft is repaired, never thrown', () => {
    localStorage.setItem('beredt.plan.draft', '{not json');
    expect(readDraft()).toBeNull();
    localStorage.setItem('beredt.plan.draft', '{"members":"x"}');
    expect(readDraft()?.members).toEqual([]);
  });
});
