import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/db';
import { deriveDrillState } from '../domain/drill-state';
import { emptySchool } from '../domain/school';
import type { Scenario, School } from '../domain/types';
import {
  deleteCustomScenario, deleteDrill, DrillError, endDrill, getDrill, getEvents, getRunningDrill, getSchool, listDrills,
  recordMark, recordNote, recordRollCall, recordStep, saveCustomScenario, saveDebrief, saveSchool, startDrill,
} from './drills-repo';

const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
const at = (s: number) => ({ at: T0 + s * 1000, elapsedMs: s * 1000 });

const school = (): School => ({
  ...emptySchool(),
  name: 'Søndre Skole',
  lead: 'Åse',
  classes: [{ id: 'c1', name: '3.A', size: 20, adult: 'Jens', assemblyPointId: 'p1', pupils: [] }],
  assemblyPoints: [{ id: 'p1', name: 'Boldbanen' }],
});

const packScenario = (): Scenario => ({
  id: 'fire-evacuation',
  sourceId: 'drills',
  kind: 'evacuation',
  name: { da: 'Brand', en: 'Fire' },
  summary: { da: '' },
  steps: [{ id: 'out', text: { da: 'Ude' } }],
  targets: [{ id: 't', kind: 'allAccounted', withinSeconds: 300, text: { da: 'Talt' } }],
  sources: [],
});

beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.scenarios.put(packScenario());
});

describe('drills repo', () => {
  it('saves and reads the school, keeping pupil names on the device record only', async () => {
    const s = school();
    s.classes[0]!.size = 1;
    s.classes[0]!.pupils = [{ id: 'p', name: 'Ida' }];
    await saveSchool(s);
    expect((await getSchool())?.classes[0]?.pupils[0]?.name).toBe('Ida');
    const id = await startDrill('fire-evacuation', T0);
    expect(JSON.stringify(await getDrill(id))).not.toContain('Ida');
  });

  it('refuses to start without a valid school or with an unknown scenario', async () => {
    await expect(startDrill('fire-evacuation')).rejects.toMatchObject({ code: 'noSchool' });
    await saveSchool({ ...school(), name: '' });
    await expect(startDrill('fire-evacuation')).rejects.toMatchObject({ code: 'invalidSchool' });
    await saveSchool(school());
    await expect(startDrill('nope')).rejects.toBeInstanceOf(DrillError);
  });

  it('runs a drill: every tap is its own stored event, and the state folds from them', async () => {
    await saveSchool(school());
    const id = await startDrill('fire-evacuation', T0);
    expect((await getRunningDrill())?.id).toBe(id);
    expect(await startDrill('fire-evacuation')).toBe(id); // one running drill at a time
    await recordStep(id, 'out', true, at(80));
    await recordRollCall(id, 'c1', { accounted: 10, missing: 0, absent: 2, injured: 0 }, at(90));
    await recordRollCall(id, 'c1', { accounted: 18, missing: 0, absent: 2, injured: 0 }, at(100));
    await recordNote(id, 'Dør 3 låst', at(110));
    await recordMark(id, at(115));
    await endDrill(id, at(130));
    const events = await getEvents(id);
    expect(events.map((e) => [e.seq, e.type])).toEqual([
      [0, 'start'], [1, 'step'], [2, 'rollcall'], [3, 'rollcall'], [4, 'note'], [5, 'mark'], [6, 'end'],
    ]);
    const drill = (await getDrill(id))!;
    expect(drill).toMatchObject({ status: 'ended', endedAt: T0 + 130_000, durationMs: 130_000 });
    expect(drill.school.classes).toEqual([{ id: 'c1', name: '3.A', size: 20, adult: 'Jens', assemblyPoint: 'Boldbanen' }]);
    const state = deriveDrillState(drill, events);
    expect(state.classes[0]).toMatchObject({ status: 'accounted', accountedAtMs: 100_000 });
    expect(state.allAccountedAtMs).toBe(100_000);
    expect(await getRunningDrill()).toBeUndefined();
  });

  it('refuses taps after the end but ignores a late clock mark', async () => {
    await saveSchool(school());
    const id = await startDrill('fire-evacuation', T0);
    await endDrill(id, at(10));
    await expect(recordStep(id, 'out', true, at(11))).rejects.toMatchObject({ code: 'ended' });
    await expect(recordMark(id, at(12))).resolves.toBeNull();
    await expect(recordStep('missing', 'out', true, at(1))).rejects.toMatchObject({ code: 'notFound' });
  });

  it('never stores a drill time below the last one (clock set back in some tab)', async () => {
    await saveSchool(school());
    const id = await startDrill('fire-evacuation', T0);
    await recordStep(id, 'out', true, at(60));
    const e = await recordStep(id, 'out', false, { at: T0 - 3_600_000, elapsedMs: 5_000 });
    expect(e?.elapsedMs).toBe(60_000);
  });

  it('keeps notes and debrief, and lists drills newest first', async () => {
    await saveSchool(school());
    const a = await startDrill('fire-evacuation', T0);
    await endDrill(a, at(50));
    const b = await startDrill('fire-evacuation', T0 + 86_400_000);
    await saveDebrief(a, { notes: 'Varslet øvelse', debrief: { worked: 'Ro', improve: 'Skilte' } });
    expect(await getDrill(a)).toMatchObject({ notes: 'Varslet øvelse', debrief: { worked: 'Ro', improve: 'Skilte' } });
    expect((await listDrills()).map((d) => d.id)).toEqual([b, a]);
    await expect(saveDebrief('nope', { notes: 'x' })).rejects.toMatchObject({ code: 'notFound' });
    await deleteDrill(a);
    expect(await getDrill(a)).toBeUndefined();
    expect(await getEvents(a)).toEqual([]);
  });

  it('custom scenarios are stored as user rows; pack rows cannot be deleted as custom', async () => {
    await saveCustomScenario({ ...packScenario(), id: 'u1', sourceId: 'drills' });
    expect(await db.scenarios.get('u1')).toMatchObject({ sourceId: 'user', kind: 'custom' });
    await expect(deleteCustomScenario('fire-evacuation')).rejects.toMatchObject({ code: 'notCustom' });
    await deleteCustomScenario('u1');
    expect(await db.scenarios.get('u1')).toBeUndefined();
  });
});
