/** Builders for drill test data (tests only). Each call makes fresh objects. */
import type { Drill, DrillEvent, DrillEventBody, RollCallCounts } from '../types';

export const T0 = Date.UTC(2026, 10, 23, 9, 15, 0); // 10:15 in Copenhagen

export function makeDrill(overrides: Partial<Drill> = {}): Drill {
  return {
    id: 'd1',
    scenario: {
      id: 'fire-evacuation',
      kind: 'evacuation',
      name: { da: 'Brandøvelse', en: 'Fire drill' },
      steps: [
        { id: 'alarm', text: { da: 'Alarmen lyder', en: 'Alarm sounds' } },
        { id: 'out', text: { da: 'Alle er ude', en: 'Everyone out' } },
      ],
      targets: [
        { id: 'out3', kind: 'step', stepId: 'out', withinSeconds: 180, text: { da: 'Ude på 3 min', en: 'Out in 3 min' } },
        { id: 'acc6', kind: 'allAccounted', withinSeconds: 360, text: { da: 'Talt op på 6 min', en: 'Counted in 6 min' } },
      ],
    },
    school: {
      name: 'Søndre Skole',
      lead: 'Åse Ørum',
      classes: [
        { id: 'c1', name: '3.A', size: 20, adult: 'Jens', assemblyPoint: 'Fodboldbanen' },
        { id: 'c2', name: '4.B', size: 10, adult: 'Mette' },
      ],
      assemblyPoints: ['Fodboldbanen'],
    },
    startedAt: T0,
    status: 'running',
    notes: '',
    debrief: { worked: '', improve: '' },
    ...overrides,
  };
}

/** Events from [elapsed seconds, body] pairs, stored at T0 + elapsed. */
export function makeEvents(list: [number, DrillEventBody][], drillId = 'd1'): DrillEvent[] {
  return list.map(([s, body], i) => ({ ...body, id: `e${i}`, drillId, seq: i, at: T0 + s * 1000, elapsedMs: s * 1000 }));
}

export const rc = (classId: string, accounted: number, missing = 0, absent = 0, injured = 0): DrillEventBody => ({
  type: 'rollcall',
  classId,
  counts: { accounted, missing, absent, injured } satisfies RollCallCounts,
});
