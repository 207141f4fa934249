/**
 * Types of the drills feature: scenarios (content and custom), the school set-up, drill runs and
 * the events (taps) of a run. Pure data, no behaviour; stored as-is in IndexedDB.
 */

export const LANGS = ['da', 'en', 'uk'] as const;
export type Lang = (typeof LANGS)[number];

/** Text in one or more languages; Danish is the fallback. Custom scenarios may hold just one. */
export type LocalizedText = Partial<Record<Lang, string>>;

export type ScenarioKind = 'evacuation' | 'shelter' | 'custom';

export interface ScenarioStep {
  id: string;
  text: LocalizedText;
}

/** A goal for a drill: a step ticked, or everyone accounted for, within a number of seconds. */
export type ScenarioTarget =
  | { id: string; kind: 'step'; stepId: string; withinSeconds: number; text: LocalizedText }
  | { id: string; kind: 'allAccounted'; withinSeconds: number; text: LocalizedText };

export interface ScenarioSource {
  title: string;
  publisher: string;
  url?: string;
  /** YYYY-MM-DD the source was last checked. */
  checked: string;
}

export interface Scenario {
  id: string;
  /** 'drills' for the shipped pack, 'user' for custom scenarios. */
  sourceId: string;
  kind: ScenarioKind;
  name: LocalizedText;
  summary: LocalizedText;
  steps: ScenarioStep[];
  targets: ScenarioTarget[];
  sources: ScenarioSource[];
  note?: LocalizedText;
  checked?: string;
}

export const USER_SOURCE_ID = 'user';
export const PACK_SOURCE_ID = 'drills';

export interface Pupil {
  id: string;
  /** Stays on this device: never in a report, CSV or drill record. */
  name: string;
}

export interface SchoolClass {
  id: string;
  name: string;
  size: number;
  /** The responsible adult for the class during a drill. */
  adult: string;
  assemblyPointId?: string;
  pupils: Pupil[];
}

export interface AssemblyPoint {
  id: string;
  name: string;
}

export interface School {
  id: string;
  name: string;
  /** The drill lead. */
  lead: string;
  classes: SchoolClass[];
  assemblyPoints: AssemblyPoint[];
  updatedAt: string;
}

export const SCHOOL_ID = 'school';

/** A class as frozen into a drill when it starts (no pupil names). */
export interface DrillClass {
  id: string;
  name: string;
  size: number;
  adult: string;
  assemblyPoint?: string;
}

export interface DrillScenario {
  id: string;
  kind: ScenarioKind;
  name: LocalizedText;
  steps: ScenarioStep[];
  targets: ScenarioTarget[];
}

export type DrillStatus = 'running' | 'ended';

export interface Debrief {
  worked: string;
  improve: string;
}

export interface Drill {
  id: string;
  scenario: DrillScenario;
  school: { name: string; lead: string; classes: DrillClass[]; assemblyPoints: string[] };
  /** Wall-clock epoch ms when the drill started. */
  startedAt: number;
  status: DrillStatus;
  /** Wall-clock epoch ms when the drill ended. */
  endedAt?: number;
  /** Drill time at the end, from the clock (not endedAt - startedAt, which a clock change can skew). */
  durationMs?: number;
  notes: string;
  debrief: Debrief;
}

export interface RollCallCounts {
  accounted: number;
  missing: number;
  absent: number;
  injured: number;
}

export type RollCallField = keyof RollCallCounts;
export const ROLL_CALL_FIELDS: readonly RollCallField[] = ['accounted', 'missing', 'absent', 'injured'];

export type PupilStatus = RollCallField;

export type DrillEventBody =
  | { type: 'start' }
  | { type: 'step'; stepId: string; done: boolean }
  | {
      type: 'rollcall';
      classId: string;
      counts: RollCallCounts;
      /** Per-pupil marks by pupil id, when the class has names (ids only, never names). */
      pupils?: Record<string, PupilStatus>;
    }
  | { type: 'note'; text: string }
  | { type: 'end' }
  /** A clock anchor written when the page is hidden, so a reload resumes from a fresh reading. */
  | { type: 'mark' };

export type DrillEventType = DrillEventBody['type'];

/** One tap, stored as it happens. */
export type DrillEvent = DrillEventBody & {
  id: string;
  drillId: string;
  /** Order within the drill. */
  seq: number;
  /** Wall-clock epoch ms of the tap. */
  at: number;
  /** Drill time of the tap (never decreasing within a drill). */
  elapsedMs: number;
};
