import { describe, expect, it } from 'vitest';
import { MAX_PLAN_FILE_BYTES, parsePlanFile, serializePlanFile } from './plan-file';
import { samplePlan } from './test-data';

describe('plan file', () => {
  it('round-trips a plan', () => {
    expect(parsePlanFile(serializePlanFile(samplePlan(), new Date('2026-11-23T12:00:00Z')))).toEqual({ ok: true, plan: samplePlan() });
  });

  it('names what is wrong with a file', () => {
    const file = (o: object) => JSON.stringify({ app: 'beredt', kind: 'plan', format: 1, plan: {}, ...o });
    expect(parsePlanFile('')).toEqual({ ok: false, error: 'empty' });
    expect(parsePlanFile(null)).toEqual({ ok: false, error: 'notJson' });
    expect(parsePlanFile('{x')).toEqual({ ok: false, error: 'notJson' });
    expect(parsePlanFile('[]')).toEqual({ ok: false, error: 'notPlan' });
    expect(parsePlanFile(file({ app: 'x' }))).toEqual({ ok: false, error: 'notPlan' });
    expect(parsePlanFile(file({ kind: 'backup' }))).toEqual({ ok: false, error: 'isBackup' });
    expect(parsePlanFile(file({ format: 2 }))).toEqual({ ok: false, error: 'newerVersion' });
    expect(parsePlanFile(file({ format: 0 }))).toEqual({ ok: false, error: 'notPlan' });
    expect(parsePlanFile(file({ plan: [] }))).toEqual({ ok: false, error: 'notPlan' });
    expect(parsePlanFile(' '.repeat(MAX_PLAN_FILE_BYTES + 1))).toEqual({ ok: false, error: 'tooLarge' });
  });
});
