/**
 * One drill summed up for the report, the CSV and the trend: counts and times per class and for
 * the whole school, the steps with their times, and the targets.
 */
import { deriveDrillState } from './drill-state';
import { localize } from './scenario';
import { evaluateTargets, type TargetResult } from './targets';
import type { Drill, DrillClass, DrillEvent, RollCallCounts } from './types';

export interface ClassSummary {
  cls: DrillClass;
  counts: RollCallCounts | null;
  accountedAtMs: number | null;
}

export interface DrillSummary {
  drillId: string;
  scenarioId: string;
  scenarioName: string;
  schoolName: string;
  lead: string;
  startedAt: number;
  endedAt: number | null;
  durationMs: number | null;
  ended: boolean;
  classes: ClassSummary[];
  totals: RollCallCounts & { size: number; unreported: number };
  allAccountedAtMs: number | null;
  steps: { id: string; text: string; doneAtMs: number | null; doneAt: number | null }[];
  targets: (TargetResult & { text: string })[];
  notes: { elapsedMs: number; text: string }[];
  drillNotes: string;
  debrief: { worked: string; improve: string };
}

export function summarizeDrill(drill: Drill, events: readonly DrillEvent[], lang: string, nowElapsedMs = 0): DrillSummary {
  const state = deriveDrillState(drill, events);
  const durationMs = drill.durationMs ?? state.endElapsedMs;
  return {
    drillId: drill.id,
    scenarioId: drill.scenario.id,
    scenarioName: localize(drill.scenario.name, lang),
    schoolName: drill.school.name,
    lead: drill.school.lead,
    startedAt: drill.startedAt,
    endedAt: drill.endedAt ?? null,
    durationMs: durationMs ?? null,
    ended: state.ended || drill.status === 'ended',
    classes: state.classes.map((c) => ({ cls: c.cls, counts: c.counts, accountedAtMs: c.accountedAtMs })),
    totals: state.totals,
    allAccountedAtMs: state.allAccountedAtMs,
    steps: drill.scenario.steps.map((s) => {
      const st = state.steps.get(s.id);
      return { id: s.id, text: localize(s.text, lang), doneAtMs: st?.doneAtMs ?? null, doneAt: st?.doneAt ?? null };
    }),
    targets: evaluateTargets(drill.scenario.targets, state, nowElapsedMs).map((r) => ({ ...r, text: localize(r.target.text, lang) })),
    notes: state.notes.map((n) => ({ elapsedMs: n.elapsedMs, text: n.text })),
    drillNotes: drill.notes,
    debrief: drill.debrief,
  };
}
