/**
 * Targets of a scenario ("everyone out within 3 minutes") checked against a drill's state.
 */
import type { DrillState } from './drill-state';
import type { ScenarioTarget } from './types';

export type TargetStatus = 'met' | 'missed' | 'pending';

export interface TargetResult {
  target: ScenarioTarget;
  status: TargetStatus;
  /** Drill time the goal was reached, if it was. */
  actualMs: number | null;
}

/**
 * @param nowElapsedMs the current drill time for a running drill (a target whose time has run out
 *   is already missed); ignored once the drill has ended.
 */
export function evaluateTargets(targets: readonly ScenarioTarget[], state: DrillState, nowElapsedMs = 0): TargetResult[] {
  const clock = state.ended ? Infinity : nowElapsedMs;
  return targets.map((target) => {
    const actualMs =
      target.kind === 'step' ? (state.steps.get(target.stepId)?.doneAtMs ?? null) : state.allAccountedAtMs;
    const limit = target.withinSeconds * 1000;
    let status: TargetStatus;
    if (actualMs !== null) status = actualMs <= limit ? 'met' : 'missed';
    else status = clock > limit ? 'missed' : 'pending';
    return { target, status, actualMs };
  });
}
