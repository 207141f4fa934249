/**
 * The plan's single row (id 'plan'). Reads go through restorePlan, so a damaged or older row
 * still opens; writes stamp `updatedAt`.
 */
import { db as appDb, type BeredtDB } from '../../../lib/db/db';
import { PLAN_ID, emptyPlan, restorePlan, type Plan } from '../domain/plan-model';

export async function getPlan(d: BeredtDB = appDb): Promise<{ plan: Plan; stored: boolean }> {
  const row: unknown = await d.plan.get(PLAN_ID);
  return row ? { plan: restorePlan(row), stored: true } : { plan: emptyPlan(), stored: false };
}

/** Saves the plan (repaired first) and returns what was stored. */
export async function savePlan(plan: Plan, now = new Date(), d: BeredtDB = appDb): Promise<Plan> {
  const saved = restorePlan({ ...plan, updatedAt: now.toISOString() });
  await d.plan.put(saved);
  return saved;
}

/**
 * Puts a shared plan in place of the current one (after the user confirmed) and returns the
 * plan it replaced, so the page can offer to undo.
 */
export async function replacePlan(incoming: Plan, now = new Date(), d: BeredtDB = appDb): Promise<Plan | null> {
  return d.transaction('rw', d.plan, async () => {
    const before: unknown = await d.plan.get(PLAN_ID);
    await d.plan.put(restorePlan({ ...incoming, updatedAt: now.toISOString() }));
    return before ? restorePlan(before) : null;
  });
}

/** Undo of replacePlan: puts back the previous plan, or removes the plan if there was none. */
export async function restorePreviousPlan(previous: Plan | null, d: BeredtDB = appDb): Promise<void> {
  if (previous) await d.plan.put(restorePlan(previous));
  else await d.plan.delete(PLAN_ID);
}
