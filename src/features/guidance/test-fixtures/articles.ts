/** Small hand-written articles for unit tests (the real ones live in content/guidance). */
import type { Block, GuidanceArticle, Lang } from '../domain/types';

const list = (...items: string[]): Block => ({
  type: 'list',
  items: items.map((text) => [
    { type: 'text', text },
    { type: 'source', refs: [1] },
  ]),
});

export function fixture(id: string, lang: Lang, over: Partial<GuidanceArticle> & { during?: string[] } = {}): GuidanceArticle {
  const { during = ['Do the first thing.'], ...rest } = over;
  return {
    key: `${id}:${lang}`,
    id,
    lang,
    title: id,
    summary: `About ${id}.`,
    category: 'prepare',
    urgency: 'prepare',
    action: 'Act.',
    sources: [{ title: 'Source', publisher: 'Beredskabsstyrelsen', kind: 'authority', url: 'https://www.brs.dk', checked: '2026-11-23' }],
    related: [],
    links: [],
    sections: [{ kind: 'during', blocks: [list(...during)] }],
    checked: '2026-11-23',
    ...rest,
  };
}

export const FIXTURES: GuidanceArticle[] = [
  fixture('power-cut', 'da', {
    title: 'Strømsvigt',
    summary: 'Hvad du gør, når strømmen går.',
    urgency: 'urgent',
    category: 'power',
    action: 'Hold køleskab og fryser lukket.',
    during: ['Hold fryseren lukket; en fuld fryser holder cirka et døgn.', 'Brug stearinlys forsigtigt.'],
  }),
  fixture('power-cut', 'en', {
    title: 'Power cut',
    summary: 'What to do when the power goes.',
    urgency: 'urgent',
    category: 'power',
    action: 'Keep the fridge and freezer closed.',
    during: ['Keep the freezer closed; a full freezer keeps about a day.', 'Use candles safely.'],
  }),
  fixture('power-cut', 'uk', {
    title: 'Відключення електроенергії',
    summary: "Що робити, коли зникає світло. Об'єкти.",
    urgency: 'urgent',
    category: 'power',
    action: 'Тримайте холодильник і морозильник закритими.',
    during: ['Повний морозильник тримає холод приблизно добу.'],
  }),
  fixture('sirens', 'da', {
    title: 'Når sirenerne lyder',
    urgency: 'urgent',
    category: 'warning',
    action: 'Gå indenfor, luk døre og vinduer.',
    during: ['Følg DR og TV 2, tekst-tv side 150.'],
  }),
  fixture('emergency-numbers', 'da', {
    title: 'Vigtige telefonnumre',
    urgency: 'urgent',
    category: 'numbers',
    during: ['Giftlinjen: 82 12 12 12.', 'Lægevagten i Region Hovedstaden: 1813.'],
  }),
  fixture('storm-surge', 'da', {
    title: 'Stormflod',
    urgency: 'important',
    category: 'weather',
    during: ['Hold dig væk fra havne og kyster.', 'Anmeld skader til Stormrådet inden for 2 måneder.'],
  }),
];
