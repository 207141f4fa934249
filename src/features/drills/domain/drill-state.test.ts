import { describe, expect, it } from 'vitest';
import { deriveDrillState } from './drill-state';
import { evaluateTargets } from './targets';
import { makeDrill, makeEvents, rc, T0 } from './test-fixtures/drills';

describe('deriveDrillState', () => {
  it('starts with nothing done and every class not started', () => {
    const s = deriveDrillState(makeDrill(), makeEvents([[0, { type: 'start' }]]));
    expect([...s.steps.values()].every((x) => x.doneAtMs === null)).toBe(true);
    expect(s.classes.map((c) => c.status)).toEqual(['notStarted', 'notStarted']);
    expect(s.totals).toEqual({ accounted: 0, missing: 0, absent: 0, injured: 0, size: 30, unreported: 30 });
    expect(s.allAccountedAtMs).toBeNull();
    expect(s.anchor).toEqual({ at: T0, elapsedMs: 0 });
  });

  it('records step ticks with their times; an untick clears, a re-tick takes the new time', () => {
    const s = deriveDrillState(
      makeDrill(),
      makeEvents([
        [0, { type: 'start' }],
        [5, { type: 'step', stepId: 'alarm', done: true }],
        [90, { type: 'step', stepId: 'out', done: true }],
        [95, { type: 'step', stepId: 'out', done: false }],
        [100, { type: 'step', stepId: 'out', done: true }],
        [101, { type: 'step', stepId: 'nope', done: true }],
      ]),
    );
    expect(s.steps.get('alarm')).toEqual({ stepId: 'alarm', doneAtMs: 5000, doneAt: T0 + 5000 });
    expect(s.steps.get('out')?.doneAtMs).toBe(100_000);
    expect(s.steps.has('nope')).toBe(false);
  });

  it('times each class and the school to all accounted (18 accounted + 2 absent of 20)', () => {
    const s = deriveDrillState(
      makeDrill(),
      makeEvents([
        [0, { type: 'start' }],
        [60, rc('c1', 10, 0, 2)],
        [95, rc('c1', 18, 0, 2)],
        [100, rc('c2', 9, 1)],
        [150, rc('c2', 10)],
      ]),
    );
    expect(s.classes[0]).toMatchObject({ status: 'accounted', accountedAtMs: 95_000, counts: { accounted: 18, absent: 2 } });
    expect(s.classes[1]).toMatchObject({ status: 'accounted', accountedAtMs: 150_000 });
    expect(s.allAccountedAtMs).toBe(150_000);
    expect(s.totals).toEqual({ accounted: 28, missing: 0, absent: 2, injured: 0, size: 30, unreported: 0 });
  });

  it('a class that falls out of "accounted" loses its time and gets the later one', () => {
    const s = deriveDrillState(makeDrill(), makeEvents([[10, rc('c2', 10)], [20, rc('c2', 9, 1)], [40, rc('c2', 10)]]));
    expect(s.classes[1]!.accountedAtMs).toBe(40_000);
    const s2 = deriveDrillState(makeDrill(), makeEvents([[10, rc('c2', 10)], [20, rc('c2', 9, 1)]]));
    expect(s2.classes[1]!).toMatchObject({ status: 'missing', accountedAtMs: null });
  });

  it('a repeated identical roll call keeps the first time', () => {
    const s = deriveDrillState(makeDrill(), makeEvents([[10, rc('c2', 10)], [30, rc('c2', 10)]]));
    expect(s.classes[1]!.accountedAtMs).toBe(10_000);
  });

  it('the school is not accounted while any class is not', () => {
    const s = deriveDrillState(makeDrill(), makeEvents([[10, rc('c1', 18, 0, 2)]]));
    expect(s.allAccountedAtMs).toBeNull();
  });

  it('orders by seq, not by arrival, and ignores other drills and taps after the end', () => {
    const ev = makeEvents([
      [0, { type: 'start' }],
      [50, rc('c2', 10)],
      [60, { type: 'end' }],
      [70, rc('c2', 5)],
    ]);
    const other = makeEvents([[1, rc('c2', 1)]], 'other');
    const s = deriveDrillState(makeDrill(), [...ev].reverse().concat(other));
    expect(s.ended).toBe(true);
    expect(s.endElapsedMs).toBe(60_000);
    expect(s.classes[1]!.counts?.accounted).toBe(10);
  });

  it('keeps notes with their times', () => {
    const s = deriveDrillState(makeDrill(), makeEvents([[12, { type: 'note', text: 'Dør 3 var låst' }]]));
    expect(s.notes).toEqual([{ elapsedMs: 12_000, at: T0 + 12_000, text: 'Dør 3 var låst' }]);
  });
});

describe('evaluateTargets', () => {
  const drill = makeDrill();
  it('met when reached in time, missed when late', () => {
    const s = deriveDrillState(drill, makeEvents([[170, { type: 'step', stepId: 'out', done: true }], [400, rc('c1', 20)], [400, rc('c2', 10)]]));
    const r = evaluateTargets(drill.scenario.targets, s, 400_000);
    expect(r.map((x) => [x.status, x.actualMs])).toEqual([
      ['met', 170_000],
      ['missed', 400_000],
    ]);
  });
  it('exactly on the limit is met', () => {
    const s = deriveDrillState(drill, makeEvents([[180, { type: 'step', stepId: 'out', done: true }]]));
    expect(evaluateTargets(drill.scenario.targets, s, 180_000)[0]!.status).toBe('met');
  });
  it('pending while time is left, missed once the time has run out or the drill ended', () => {
    const s = deriveDrillState(drill, []);
    expect(evaluateTargets(drill.scenario.targets, s, 100_000).map((x) => x.status)).toEqual(['pending', 'pending']);
    expect(evaluateTargets(drill.scenario.targets, s, 200_000).map((x) => x.status)).toEqual(['missed', 'pending']);
    const ended = deriveDrillState(drill, makeEvents([[30, { type: 'end' }]]));
    expect(evaluateTargets(drill.scenario.targets, ended).map((x) => x.status)).toEqual(['missed', 'missed']);
  });
});
