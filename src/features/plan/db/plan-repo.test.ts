import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/db';
import { emptyPlan } from '../domain/plan-model';
import { samplePlan } from '../domain/test-data';
import { getPlan, replacePlan, restorePreviousPlan, savePlan } from './plan-repo';

const NOW = new Date('2026-11-23T12:00:00Z');

describe('plan repository', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
  });

  it('gives an empty plan with the default numbers before anything is saved', async () => {
    expect(await getPlan()).toEqual({ plan: emptyPlan(), stored: false });
  });

  it('saves, stamps and reads back the plan', async () => {
    const saved = await savePlan(samplePlan(), NOW);
    expect(saved.updatedAt).toBe(NOW.toISOString());
    expect(await getPlan()).toEqual({ plan: saved, stored: true });
  });

  it('repairs a damaged stored row on read', async () => {
    await db.plan.put({ id: 'plan', members: 'oops', notes: 5 });
    const { plan } = await getPlan();
    expect(plan.members).toEqual([]);
    expect(plan.notes).toBe('5');
  });

  it('replaces the plan with a shared one and can undo it', async () => {
    const mine = await savePlan(samplePlan(), NOW);
    const shared = samplePlan({ supplyLocation: 'Skabet i gangen' });
    const previous = await replacePlan(shared, NOW);
    expect(previous).toEqual(mine);
    expect((await getPlan()).plan.supplyLocation).toBe('Skabet i gangen');
    await restorePreviousPlan(previous);
    expect((await getPlan()).plan).toEqual(mine);
  });

  it('undo of a first plan removes it again', async () => {
    const previous = await replacePlan(samplePlan(), NOW);
    expect(previous).toBeNull();
    await restorePreviousPlan(previous);
    expect((await getPlan()).stored).toBe(false);
  });
});
