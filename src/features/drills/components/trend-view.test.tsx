import { cleanup, render, screen } from '@testing-library/react';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import da from '../locales/da.json';
import { summarizeDrill } from '../domain/summary';
import { makeDrill, makeEvents, rc, T0 } from '../domain/test-fixtures/drills';
import { TrendView } from './trend-view';

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ lng: 'da', resources: { da: { drills: da } }, interpolation: { escapeValue: false } });
});
afterEach(cleanup);

function ended(id: string, day: number, accountedAt: number) {
  const drill = makeDrill({ id, startedAt: T0 + day * 86_400_000, status: 'ended' });
  const events = makeEvents([[0, { type: 'start' }], [accountedAt, rc('c1', 20)], [accountedAt, rc('c2', 10)], [accountedAt + 5, { type: 'end' }]], id);
  return summarizeDrill(drill, events, 'da');
}

describe('TrendView', () => {
  it('says how much faster than last time, with the best and average, and a bar per drill', () => {
    const all = [ended('a', 0, 300), ended('b', 7, 240), ended('c', 14, 185)];
    render(<TrendView current={all[2]!} all={all} />);
    expect(screen.getByText('0:55 hurtigere end sidste øvelse.')).toBeTruthy();
    expect(screen.getByText('Bedste tidligere tid: 4:00')).toBeTruthy();
    expect(screen.getByText('Gennemsnit tidligere: 4:30')).toBeTruthy();
    expect(screen.getAllByRole('listitem').filter((li) => li.textContent?.match(/\d:\d\d$/))).toHaveLength(5);
  });
  it('says so when there is nothing to compare with', () => {
    const first = ended('a', 0, 100);
    render(<TrendView current={first} all={[first]} />);
    expect(screen.getByText('Ingen tidligere øvelser med dette scenarie at sammenligne med.')).toBeTruthy();
  });
});
