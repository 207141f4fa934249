/** The five sections, in navigation order: URL path and the `common` key of their name. */
export const SECTIONS = [
  { id: 'supplies', path: '/supplies' },
  { id: 'shelters', path: '/shelters' },
  { id: 'guidance', path: '/guidance' },
  { id: 'drills', path: '/drills' },
  { id: 'plan', path: '/plan' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];
