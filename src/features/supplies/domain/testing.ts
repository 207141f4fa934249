/** Test-data builders for the supplies domain (fresh objects per call; used only by tests). */
import { defaultHousehold } from './household';
import type { Batch, CatalogueItem, CustomItem, Household } from './types';

export function createHousehold(over: Partial<Household> = {}): Household {
  return { ...defaultHousehold(new Date('2026-11-23T10:00:00Z')), ...over, needs: { ...defaultHousehold().needs, ...over.needs } };
}

export function createItem(over: Partial<CatalogueItem> = {}): CatalogueItem {
  return {
    id: 'water',
    category: 'water',
    unit: 'litre',
    names: { da: 'Drikkevand', en: 'Drinking water', uk: 'Питна вода' },
    rules: [{ per: 'person', basis: 'perDay', amount: 3 }],
    source: {
      publisher: 'Beredskabsstyrelsen',
      title: 'Forberedt på kriser',
      url: 'https://www.brs.dk/da/forberedt',
      checked: '2026-11-23',
      basis: 'official',
    },
    order: 0,
    ...over,
  };
}

let seq = 0;
export function createBatch(over: Partial<Batch> = {}): Batch {
  seq += 1;
  return { id: `b${seq}`, itemId: 'water', quantity: 1, createdAt: '2026-11-23T10:00:00Z', updatedAt: '2026-11-23T10:00:00Z', ...over };
}

export function createCustom(over: Partial<CustomItem> = {}): CustomItem {
  seq += 1;
  return {
    id: `custom-${seq}`,
    name: 'Dåseåbner',
    category: 'food',
    unit: 'piece',
    need: 1,
    createdAt: '2026-11-23T10:00:00Z',
    updatedAt: '2026-11-23T10:00:00Z',
    ...over,
  };
}
