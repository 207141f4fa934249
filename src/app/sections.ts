/** The five sections, in navigation order: URL path and the `common` key of their name. */
export const SECTIONS = [
  { id: 'supplies', path: '/supplies', icon: '🥫' },
  { id: 'shelters', path: '/shelters', icon: '🛡️' },
  { id: 'guidance', path: '/guidance', icon: '📘' },
  { id: 'drills', path: '/drills', icon: '⏱️' },
  { id: 'plan', path: '/plan', icon: '📝' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];
