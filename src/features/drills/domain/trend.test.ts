import { describe, expect, it } from 'vitest';
import { makeDrill, makeEvents, rc, T0 } from './test-fixtures/drills';
import { summarizeDrill } from './summary';
import { compareWithEarlier } from './trend';

const DAY = 86_400_000;
function drillOn(id: string, day: number, accountedAt: number | null, scenarioId = 'fire-evacuation', ended = true) {
  const base = makeDrill();
  const drill = makeDrill({ id, startedAt: T0 + day * DAY, status: ended ? 'ended' : 'running', scenario: { ...base.scenario, id: scenarioId } });
  const list: Parameters<typeof makeEvents>[0] = [[0, { type: 'start' }]];
  if (accountedAt !== null) list.push([accountedAt, rc('c1', 20)], [accountedAt, rc('c2', 10)]);
  if (ended) list.push([(accountedAt ?? 0) + 10, { type: 'end' }]);
  return summarizeDrill(drill, makeEvents(list, id), 'da');
}

describe('compareWithEarlier', () => {
  it('compares with the previous drill of the same scenario, the best and the average', () => {
    const all = [drillOn('a', 0, 300), drillOn('b', 7, 240), drillOn('x', 8, 100, 'shelter-in-place'), drillOn('c', 14, 200)];
    const r = compareWithEarlier(all[3]!, all);
    expect(r.points.map((p) => p.drillId)).toEqual(['a', 'b', 'c']);
    expect(r.previous?.drillId).toBe('b');
    expect(r.deltaMs).toBe(-40_000);
    expect(r.direction).toBe('faster');
    expect(r.bestEarlierMs).toBe(240_000);
    expect(r.averageEarlierMs).toBe(270_000);
  });
  it('slower and same', () => {
    const all = [drillOn('a', 0, 100), drillOn('b', 1, 160), drillOn('c', 2, 160.4)];
    expect(compareWithEarlier(all[1]!, all).direction).toBe('slower');
    expect(compareWithEarlier(all[2]!, all).direction).toBe('same');
  });
  it('no earlier drill, or no time to compare, gives no direction', () => {
    const first = drillOn('a', 0, 100);
    expect(compareWithEarlier(first, [first])).toMatchObject({ previous: null, deltaMs: null, direction: null, bestEarlierMs: null });
    const all = [drillOn('a', 0, null), drillOn('b', 1, 100)];
    expect(compareWithEarlier(all[1]!, all)).toMatchObject({ deltaMs: null, direction: null, averageEarlierMs: null });
  });
  it('ignores running drills and later drills', () => {
    const all = [drillOn('a', 0, 100, undefined, false), drillOn('b', 1, 100), drillOn('c', 2, 50)];
    expect(compareWithEarlier(all[1]!, all).points.map((p) => p.drillId)).toEqual(['b']);
  });
});
