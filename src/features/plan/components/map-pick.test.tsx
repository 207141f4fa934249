/**
 * "Pick on the map" in the meeting-place editor. The map itself (WebGL) is driven in the browser
 * test (tests/e2e/plan.e2e.test.ts); here the shelters feature's public picker is replaced by a
 * stand-in that reports a pick, to check what the plan does with it and without WebGL.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { useState } from 'react';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import da from '../locales/da.json';
import { emptyPlan, type MeetingPlace, type Plan } from '../domain/plan-model';
import { MeetingSection } from './meeting-section';

const gl = vi.hoisted(() => ({ available: true }));
vi.mock('../../shelters', () => ({
  webglAvailable: () => gl.available,
  PointPickerMap: (p: { lon?: number; lat?: number; label: string; onPick: (lon: number, lat: number) => void }) => (
    <button type="button" aria-label={p.label} data-centre={p.lon === undefined ? 'none' : `${p.lat},${p.lon}`} onClick={() => p.onPick(10.21012, 56.15679)} />
  ),
}));

function Editor({ initial, spy }: { initial: Plan; spy: (p: Plan) => void }) {
  const [plan, setPlan] = useState(initial);
  return (
    <MeetingSection
      plan={plan}
      change={(patch) => {
        const next = { ...plan, ...patch };
        spy(next);
        setPlan(next);
      }}
    />
  );
}

beforeAll(async () => {
  await i18next.use(initReactI18next).init({ lng: 'da', resources: { da: { plan: da } }, interpolation: { escapeValue: false } });
});
afterEach(cleanup);

describe('pick a meeting place on the map', () => {
  it('opens the map for one place; a pick keeps the text and saves the point; the map opens on it next time', async () => {
    gl.available = true;
    const spy = vi.fn();
    const plan: Plan = { ...emptyPlan(), meetingNearHome: { description: 'Ved legepladsen' } };
    render(<Editor initial={plan} spy={spy} />);
    const [near, outside] = screen.getAllByRole('button', { name: 'Vælg på kortet' });
    expect(outside).toBeTruthy();
    fireEvent.click(near!);
    expect(near!.getAttribute('aria-expanded')).toBe('true');
    const map = await screen.findByRole('button', { name: 'Kort til at vælge mødestedet' });
    expect(map.dataset.centre).toBe('none');
    await act(async () => fireEvent.click(map));
    const saved = spy.mock.lastCall![0] as Plan;
    expect(saved.meetingNearHome).toEqual<MeetingPlace>({ description: 'Ved legepladsen', lon: 10.21012, lat: 56.15679 });
    expect(saved.meetingOutsideArea).toEqual({ description: '' });
    expect(screen.getByText('Punkt på kortet: 56.15679, 10.21012')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Punktet er gemt.');
    fireEvent.click(screen.getByRole('button', { name: 'Luk kortet' }));
    expect(screen.queryByRole('button', { name: 'Kort til at vælge mødestedet' })).toBeNull();
    fireEvent.click(screen.getAllByRole('button', { name: 'Vælg på kortet' })[0]!);
    expect((await screen.findByRole('button', { name: 'Kort til at vælge mødestedet' })).dataset.centre).toBe('56.15679,10.21012');
  });

  it('without WebGL says to type the place instead, and the field still works', async () => {
    gl.available = false;
    const spy = vi.fn();
    render(<Editor initial={emptyPlan()} spy={spy} />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Vælg på kortet' })[1]!);
    expect(screen.getByRole('alert').textContent).toMatch(/WebGL mangler.*Skriv mødestedet i feltet/);
    expect(screen.queryByRole('button', { name: 'Kort til at vælge mødestedet' })).toBeNull();
    fireEvent.change(screen.getByLabelText(/Mødested uden for området/), { target: { value: 'Hos moster Åse' } });
    expect((spy.mock.lastCall![0] as Plan).meetingOutsideArea).toEqual({ description: 'Hos moster Åse' });
  });
});
