/**
 * Writes and reads of the drills feature: the school set-up, custom scenarios, drill runs and
 * their events. Every tap of a running drill is ONE transaction that appends one event, so a dead
 * battery after any tap loses nothing. Events are append-only; the state is folded from them.
 */
import { db } from '../../../lib/db/db';
import type { ClockReading } from '../domain/clock';
import { toDrillClasses, validateSchool } from '../domain/school';
import { toDrillScenario } from '../domain/scenario';
import {
  SCHOOL_ID, USER_SOURCE_ID, type Debrief, type Drill, type DrillEvent, type DrillEventBody, type PupilStatus,
  type RollCallCounts, type Scenario, type School,
} from '../domain/types';

export class DrillError extends Error {
  constructor(readonly code: 'noSchool' | 'invalidSchool' | 'noScenario' | 'notFound' | 'ended' | 'notCustom') {
    super(`drills: ${code}`);
    this.name = 'DrillError';
  }
}

export function newId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

// ---- school ---------------------------------------------------------------------------------

export async function getSchool(): Promise<School | undefined> {
  return db.schools.get(SCHOOL_ID);
}

/** Save the set-up (also while incomplete, so nothing typed is lost). */
export async function saveSchool(school: School): Promise<void> {
  await db.schools.put({ ...school, id: SCHOOL_ID, updatedAt: new Date().toISOString() });
}

// ---- scenarios --------------------------------------------------------------------------------

export async function listScenarios(): Promise<Scenario[]> {
  return db.scenarios.toArray();
}

export async function saveCustomScenario(scenario: Scenario): Promise<void> {
  await db.scenarios.put({ ...scenario, sourceId: USER_SOURCE_ID, kind: 'custom' });
}

export async function deleteCustomScenario(id: string): Promise<void> {
  await db.transaction('rw', db.scenarios, async () => {
    const s = (await db.scenarios.get(id)) as Scenario | undefined;
    if (!s) return;
    if (s.sourceId !== USER_SOURCE_ID) throw new DrillError('notCustom');
    await db.scenarios.delete(id);
  });
}

// ---- drills -----------------------------------------------------------------------------------

export async function listDrills(): Promise<Drill[]> {
  return db.drills.orderBy('startedAt').reverse().toArray();
}

export async function getDrill(id: string): Promise<Drill | undefined> {
  return db.drills.get(id);
}

export async function getEvents(drillId: string): Promise<DrillEvent[]> {
  return db.drillEvents.where('drillId').equals(drillId).sortBy('seq');
}

export async function allEvents(): Promise<DrillEvent[]> {
  return db.drillEvents.toArray();
}

/** The running drill, if any (the newest, should there ever be more than one). */
export async function getRunningDrill(): Promise<Drill | undefined> {
  const running = (await db.drills.where('status').equals('running').toArray()) as Drill[];
  return running.sort((a, b) => b.startedAt - a.startedAt)[0];
}

/**
 * Start a drill: freezes the scenario and the school (without pupil names) into the drill and
 * stores the start event. If a drill is already running, that one is returned instead.
 */
export async function startDrill(scenarioId: string, at: number = Date.now()): Promise<string> {
  return db.transaction('rw', [db.schools, db.scenarios, db.drills, db.drillEvents], async () => {
    const running = await getRunningDrill();
    if (running) return running.id;
    const school = (await db.schools.get(SCHOOL_ID)) as School | undefined;
    if (!school) throw new DrillError('noSchool');
    if (validateSchool(school).length > 0) throw new DrillError('invalidSchool');
    const scenario = (await db.scenarios.get(scenarioId)) as Scenario | undefined;
    if (!scenario) throw new DrillError('noScenario');
    const drill: Drill = {
      id: newId(),
      scenario: toDrillScenario(scenario),
      school: {
        name: school.name.trim(),
        lead: school.lead.trim(),
        classes: toDrillClasses(school),
        assemblyPoints: school.assemblyPoints.map((p) => p.name.trim()).filter(Boolean),
      },
      startedAt: at,
      status: 'running',
      notes: '',
      debrief: { worked: '', improve: '' },
    };
    await db.drills.add(drill);
    const start: DrillEvent = { type: 'start', id: newId(), drillId: drill.id, seq: 0, at, elapsedMs: 0 };
    await db.drillEvents.add(start);
    return drill.id;
  });
}

/**
 * Append one event. Its drill time never goes below the last stored one (so a clock oddity in
 * one tab cannot make time run backwards). Taps after the end are refused, clock marks ignored.
 */
async function append(drillId: string, body: DrillEventBody, reading: ClockReading): Promise<DrillEvent | null> {
  return db.transaction('rw', [db.drills, db.drillEvents], async () => {
    const drill = (await db.drills.get(drillId)) as Drill | undefined;
    if (!drill) throw new DrillError('notFound');
    if (drill.status === 'ended') {
      if (body.type === 'mark') return null;
      throw new DrillError('ended');
    }
    const existing = (await db.drillEvents.where('drillId').equals(drillId).toArray()) as DrillEvent[];
    const seq = existing.reduce((m, e) => Math.max(m, e.seq), -1) + 1;
    const floor = existing.reduce((m, e) => Math.max(m, e.elapsedMs), 0);
    const event = { ...body, id: newId(), drillId, seq, at: reading.at, elapsedMs: Math.max(floor, Math.round(reading.elapsedMs)) } as DrillEvent;
    await db.drillEvents.add(event);
    if (body.type === 'end') {
      await db.drills.update(drillId, { status: 'ended', endedAt: reading.at, durationMs: event.elapsedMs });
    }
    return event;
  });
}

export const recordStep = (drillId: string, stepId: string, done: boolean, r: ClockReading) =>
  append(drillId, { type: 'step', stepId, done }, r);

export const recordRollCall = (drillId: string, classId: string, counts: RollCallCounts, r: ClockReading, pupils?: Record<string, PupilStatus>) =>
  append(drillId, { type: 'rollcall', classId, counts: { ...counts }, ...(pupils ? { pupils: { ...pupils } } : {}) }, r);

export const recordNote = (drillId: string, text: string, r: ClockReading) => append(drillId, { type: 'note', text }, r);

/** A clock anchor when the page is hidden (not a tap; ignored after the end). */
export const recordMark = (drillId: string, r: ClockReading) => append(drillId, { type: 'mark' }, r);

export const endDrill = (drillId: string, r: ClockReading) => append(drillId, { type: 'end' }, r);

/** Notes and debrief of a drill (during or after it). */
export async function saveDebrief(drillId: string, patch: { notes?: string; debrief?: Debrief }): Promise<void> {
  const n = await db.drills.update(drillId, {
    ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
    ...(patch.debrief ? { debrief: { worked: patch.debrief.worked, improve: patch.debrief.improve } } : {}),
  });
  if (n === 0 && !(await db.drills.get(drillId))) throw new DrillError('notFound');
}

export async function deleteDrill(drillId: string): Promise<void> {
  await db.transaction('rw', [db.drills, db.drillEvents], async () => {
    await db.drillEvents.where('drillId').equals(drillId).delete();
    await db.drills.delete(drillId);
  });
}
