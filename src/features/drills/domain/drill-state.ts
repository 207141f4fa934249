/**
 * Folds the stored events of a drill into what the screen, report and CSV show. Pure: the same
 * events always give the same state, so a reload (or another tab) sees exactly what was tapped.
 */
import { latestReading, type ClockReading } from './clock';
import { classStatus, EMPTY_COUNTS, sumCounts, type ClassStatus } from './roll-call';
import type { Drill, DrillClass, DrillEvent, PupilStatus, RollCallCounts } from './types';

export interface StepState {
  stepId: string;
  /** Drill time when ticked, null when not (or unticked again). */
  doneAtMs: number | null;
  /** Wall time of the tick. */
  doneAt: number | null;
}

export interface ClassState {
  cls: DrillClass;
  /** Latest counts, or null before the class's first roll-call tap. */
  counts: RollCallCounts | null;
  pupils: Record<string, PupilStatus>;
  status: ClassStatus;
  /** Drill time when the class became (and stayed) all accounted for; null if it is not. */
  accountedAtMs: number | null;
}

export interface DrillState {
  steps: Map<string, StepState>;
  classes: ClassState[];
  /** Sum over classes (classes without a roll call count as nothing reported). */
  totals: RollCallCounts & { size: number; unreported: number };
  /** Drill time when the last class became accounted for, if every class is. */
  allAccountedAtMs: number | null;
  notes: { elapsedMs: number; at: number; text: string }[];
  ended: boolean;
  endElapsedMs: number | null;
  /** The reading a live clock resumes from. */
  anchor: ClockReading | null;
}

function readingOf(r: ClockReading | null): ClockReading | null {
  return r ? { at: r.at, elapsedMs: r.elapsedMs } : null;
}

export function sortEvents(events: readonly DrillEvent[]): DrillEvent[] {
  return [...events].sort((a, b) => a.seq - b.seq || a.at - b.at);
}

export function deriveDrillState(drill: Drill, events: readonly DrillEvent[]): DrillState {
  const steps = new Map<string, StepState>();
  for (const s of drill.scenario.steps) steps.set(s.id, { stepId: s.id, doneAtMs: null, doneAt: null });
  const classes = new Map<string, ClassState>();
  for (const cls of drill.school.classes) {
    classes.set(cls.id, { cls, counts: null, pupils: {}, status: 'notStarted', accountedAtMs: null });
  }
  const notes: DrillState['notes'] = [];
  let ended = false;
  let endElapsedMs: number | null = null;

  for (const e of sortEvents(events)) {
    if (e.drillId !== drill.id) continue;
    if (ended && e.type !== 'mark') continue; // nothing counts after the end
    switch (e.type) {
      case 'step': {
        const s = steps.get(e.stepId);
        if (s) Object.assign(s, e.done ? { doneAtMs: e.elapsedMs, doneAt: e.at } : { doneAtMs: null, doneAt: null });
        break;
      }
      case 'rollcall': {
        const c = classes.get(e.classId);
        if (!c) break;
        const wasAccounted = c.status === 'accounted';
        c.counts = { ...EMPTY_COUNTS, ...e.counts };
        c.pupils = { ...(e.pupils ?? {}) };
        c.status = classStatus(c.counts, c.cls.size);
        if (c.status !== 'accounted') c.accountedAtMs = null;
        else if (!wasAccounted) c.accountedAtMs = e.elapsedMs;
        break;
      }
      case 'note':
        notes.push({ elapsedMs: e.elapsedMs, at: e.at, text: e.text });
        break;
      case 'end':
        ended = true;
        endElapsedMs = e.elapsedMs;
        break;
      default:
        break;
    }
  }

  const classList = [...classes.values()];
  const counted = sumCounts(classList.map((c) => c.counts ?? EMPTY_COUNTS));
  const size = classList.reduce((n, c) => n + c.cls.size, 0);
  const reported = counted.accounted + counted.missing + counted.absent + counted.injured;
  const allAccounted = classList.length > 0 && classList.every((c) => c.accountedAtMs !== null);
  return {
    steps,
    classes: classList,
    totals: { ...counted, size, unreported: Math.max(0, size - reported) },
    allAccountedAtMs: allAccounted ? Math.max(...classList.map((c) => c.accountedAtMs!)) : null,
    notes,
    ended,
    endElapsedMs,
    anchor: readingOf(latestReading(events.filter((e) => e.drillId === drill.id))),
  };
}
