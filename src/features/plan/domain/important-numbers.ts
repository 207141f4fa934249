/**
 * The national numbers every plan starts with, each with the official page it was checked
 * against (checked 2026-11-23). Doctor, school and work are left for the household to fill in.
 */
export type NumberKind = 'emergency' | 'police' | 'medical' | 'poison' | 'doctor' | 'school' | 'work' | 'other';

export interface NumberSource {
  title: string;
  url: string;
  checked: string;
}

export interface DefaultNumber {
  kind: NumberKind;
  number: string;
  source?: NumberSource;
}

const CHECKED = '2026-11-23';

export const DEFAULT_NUMBERS: readonly DefaultNumber[] = [
  {
    kind: 'emergency',
    number: '112',
    source: { title: 'Life in Denmark (borger.dk): Emergencies', url: 'https://lifeindenmark.borger.dk/pages/Emergencies.aspx', checked: CHECKED },
  },
  {
    kind: 'police',
    number: '114',
    source: { title: 'Life in Denmark (borger.dk): Emergencies', url: 'https://lifeindenmark.borger.dk/pages/Emergencies.aspx', checked: CHECKED },
  },
  {
    kind: 'medical',
    number: '1813',
    source: {
      title: 'Region Hovedstaden: Fakta om 1813',
      url: 'https://www.regionh.dk/presse-og-nyt/pressemeddelelser-og-nyheder/Sider/Fakta-om-1813.aspx',
      checked: CHECKED,
    },
  },
  {
    kind: 'poison',
    number: '82 12 12 12',
    source: {
      title: 'Nordsjællands Hospital (Region Hovedstaden): Forgiftning',
      url: 'https://www.nordsjaellandshospital.dk/undersoegelse-og-behandling/Akut-hj%C3%A6lp/1813/Jegersyg/Mave/Sider/Forgiftning.aspx',
      checked: CHECKED,
    },
  },
  { kind: 'doctor', number: '' },
  { kind: 'school', number: '' },
  { kind: 'work', number: '' },
];

/** Fresh copies of the default numbers, with stable ids so a reset does not duplicate them. */
export function defaultNumbers(): { id: string; kind: NumberKind; label: string; number: string }[] {
  return DEFAULT_NUMBERS.map((d) => ({ id: `n-${d.kind}`, kind: d.kind, label: '', number: d.number }));
}

/** The source for a default number, if the entry still holds it. */
export function sourceFor(kind: NumberKind, number: string): NumberSource | undefined {
  return DEFAULT_NUMBERS.find((d) => d.kind === kind && d.number === number)?.source;
}
