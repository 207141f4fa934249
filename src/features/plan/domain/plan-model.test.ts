import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN_LIMITS, emptyPlan, restorePlan } from './plan-model';
import { DEFAULT_NUMBERS, sourceFor } from './important-numbers';
import { samplePlan } from './test-data';

describe('plan model', () => {
  it('starts with the national numbers 112, 114, 1813 and the poison line, and empty doctor/school/work', () => {
    const numbers = emptyPlan().numbers;
    expect(numbers.map((n) => n.number)).toEqual(['112', '114', '1813', '82 12 12 12', '', '', '']);
    expect(numbers.map((n) => n.kind)).toEqual(['emergency', 'police', 'medical', 'poison', 'doctor', 'school', 'work']);
    for (const d of DEFAULT_NUMBERS.filter((n) => n.number)) {
      expect(d.source?.url).toMatch(/^https:\/\//);
      expect(d.source?.checked).toBe('2026-11-23');
    }
    expect(sourceFor('poison', '82 12 12 12')?.title).toMatch(/Forgiftning/);
  });

  it('restores a valid plan unchanged', () => {
    const plan = samplePlan();
    expect(restorePlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  it('turns junk into the empty plan', () => {
    for (const junk of [null, undefined, 42, 'plan', [], [1, 2], true]) expect(restorePlan(junk)).toEqual(emptyPlan());
  });

  it('repairs bad fields one by one and keeps the good ones', () => {
    const plan = restorePlan({
      members: [{ name: 'A', phone: 12345678 }, 'junk', null, { id: 'x', name: 7, needs: ['no'] }],
      contacts: 'nope',
      meetingNearHome: { description: 'Torvet', lat: 999, lon: 12 },
      numbers: [{ kind: 'martian', number: '99' }],
      supplyLocation: 'x'.repeat(5000),
    });
    expect(plan.members).toHaveLength(2);
    expect(plan.members[0]).toMatchObject({ name: 'A', phone: '12345678', needs: '', medicine: '' });
    expect(plan.members[1]).toMatchObject({ id: 'x', name: '7', needs: '' });
    expect(plan.contacts).toEqual([]);
    expect(plan.meetingNearHome).toEqual({ description: 'Torvet' });
    expect(plan.numbers).toEqual([{ id: expect.any(String), kind: 'other', label: '', number: '99' }]);
    expect(plan.supplyLocation).toHaveLength(PLAN_LIMITS.longText);
  });

  it('keeps an explicit empty numbers list, gives defaults when the list is missing', () => {
    expect(restorePlan({ numbers: [] }).numbers).toEqual([]);
    expect(restorePlan({}).numbers).toEqual(emptyPlan().numbers);
  });

  it('caps lists and makes ids unique', () => {
    const plan = restorePlan({ members: Array.from({ length: 100 }, () => ({ id: 'same', name: 'x' })) });
    expect(plan.members).toHaveLength(PLAN_LIMITS.list);
    expect(new Set(plan.members.map((m) => m.id)).size).toBe(PLAN_LIMITS.list);
  });

  it('never throws and always returns a plan that restores to itself (property)', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (raw) => {
        const plan = restorePlan(raw);
        expect(restorePlan(plan)).toEqual(plan);
      }),
    );
  });

  it('ignores __proto__ and constructor keys', () => {
    const plan = restorePlan(JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},"members":[{"name":"A","__proto__":{"bad":1}}]}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(plan.members[0]).toEqual({ id: expect.any(String), name: 'A', phone: '', needs: '', medicine: '' });
  });
});
