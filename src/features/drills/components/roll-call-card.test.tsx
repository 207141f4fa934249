import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import da from '../locales/da.json';
import type { ClassState } from '../domain/drill-state';
import type { PupilStatus, RollCallCounts } from '../domain/types';
import { RollCallCard } from './roll-call-card';

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ lng: 'da', resources: { da: { drills: da } }, interpolation: { escapeValue: false } });
});
afterEach(cleanup);

const state = (over: Partial<ClassState> = {}): ClassState => ({
  cls: { id: 'c1', name: '3.A', size: 20, adult: 'Jens' },
  counts: null,
  pupils: {},
  status: 'notStarted',
  accountedAtMs: null,
  ...over,
});

/** onRecord that stays pending until released, like a slow disk. */
function slowRecorder() {
  const calls: { counts: RollCallCounts; pupils?: Record<string, PupilStatus> }[] = [];
  const waiting: (() => void)[] = [];
  const onRecord = (counts: RollCallCounts, pupils?: Record<string, PupilStatus>) => {
    calls.push({ counts, pupils });
    return new Promise<void>((resolve) => waiting.push(resolve));
  };
  return { calls, onRecord, release: () => waiting.splice(0).forEach((r) => r()) };
}

describe('RollCallCard', () => {
  it('quick taps while writes are in flight all count (none lost to stale state)', async () => {
    const rec = slowRecorder();
    const { rerender } = render(<RollCallCard state={state()} pupils={null} disabled={false} onRecord={rec.onRecord} />);
    const plusAbsent = screen.getByRole('button', { name: 'Fraværende i dag plus én (3.A)' });
    fireEvent.click(plusAbsent);
    fireEvent.click(plusAbsent);
    // A stale live-query result arrives in between: it must not reset the card.
    rerender(<RollCallCard state={state({ counts: { accounted: 0, missing: 0, absent: 1, injured: 0 }, status: 'counting' })} pupils={null} disabled={false} onRecord={rec.onRecord} />);
    fireEvent.click(screen.getByRole('button', { name: 'Resten er talt op' }));
    expect(rec.calls.map((c) => c.counts)).toEqual([
      { accounted: 0, missing: 0, absent: 1, injured: 0 },
      { accounted: 0, missing: 0, absent: 2, injured: 0 },
      { accounted: 18, missing: 0, absent: 2, injured: 0 },
    ]);
    expect((screen.getByRole('spinbutton', { name: 'Talt op' }) as HTMLInputElement).value).toBe('18');
    await act(async () => rec.release());
  });

  it('+ is disabled when everyone is reported, − at zero', () => {
    render(<RollCallCard state={state({ counts: { accounted: 18, missing: 0, absent: 2, injured: 0 }, status: 'accounted', accountedAtMs: 95_000 })} pupils={null} disabled={false} onRecord={async () => {}} />);
    expect(screen.getByRole('button', { name: 'Talt op plus én (3.A)' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Savnet minus én (3.A)' })).toHaveProperty('disabled', true);
    expect(screen.getByText('Alle talt op efter 1:35')).toBeTruthy();
  });

  it('with names, marks per pupil give the counts (ids only are recorded)', async () => {
    const rec = slowRecorder();
    const pupils = [
      { id: 'p1', name: 'Ida' },
      { id: 'p2', name: 'Bo' },
    ];
    render(<RollCallCard state={state({ cls: { id: 'c1', name: '0.A', size: 2, adult: '' } })} pupils={pupils} disabled={false} onRecord={rec.onRecord} />);
    fireEvent.change(screen.getByLabelText('Ida'), { target: { value: 'accounted' } });
    fireEvent.change(screen.getByLabelText('Bo'), { target: { value: 'absent' } });
    expect(rec.calls.at(-1)).toEqual({ counts: { accounted: 1, missing: 0, absent: 1, injured: 0 }, pupils: { p1: 'accounted', p2: 'absent' } });
    expect(JSON.stringify(rec.calls)).not.toMatch(/Ida|Bo/);
    await act(async () => rec.release());
  });
});
