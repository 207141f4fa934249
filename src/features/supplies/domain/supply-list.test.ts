import { describe, expect, it } from 'vitest';
import { buildSupplyList, floorTenth } from './supply-list';
import { shoppingGroups, shoppingListText, type ShoppingLabels } from './shopping-list';
import { createBatch, createCustom, createHousehold, createItem } from './testing';
import type { CatalogueItem } from './types';

const TODAY = '2026-11-23';

function catalogue(): CatalogueItem[] {
  return [
    createItem(),
    createItem({ id: 'food', category: 'food', unit: 'ration', order: 1, names: { da: 'Mad', en: 'Food', uk: 'Їжа' }, rules: [{ per: 'person', basis: 'perDay', amount: 1 }] }),
    createItem({ id: 'radio', category: 'communication', unit: 'piece', order: 2, rules: [{ per: 'household', basis: 'fixed', amount: 1 }] }),
  ];
}

describe('days covered', () => {
  it('10 L of water for 3 people = 1.1 days', () => {
    const list = buildSupplyList(catalogue(), [], [createBatch({ quantity: 10 })], createHousehold({ adults: 3 }), TODAY);
    const water = list.lines.find((l) => l.id === 'water')!;
    expect(water.need).toBe(27);
    expect(floorTenth(water.daysCovered!)).toBe(1.1);
    expect(water.missing).toBe(17);
    expect(water.status).toBe('partial');
  });
  it('rounds down, never overstating', () => {
    expect(floorTenth(26.99 / 9)).toBe(2.9);
    expect(floorTenth(27 / 9)).toBe(3);
    expect(floorTenth(0)).toBe(0);
  });
  it('names the item that runs out first and how much to buy', () => {
    const batches = [createBatch({ quantity: 10 }), createBatch({ itemId: 'food', quantity: 9 })];
    const list = buildSupplyList(catalogue(), [], batches, createHousehold({ adults: 3 }), TODAY);
    expect(list.limiting?.id).toBe('water');
    expect(list.limiting?.missing).toBe(17);
    expect(floorTenth(list.daysCovered!)).toBe(1.1);
  });
  it('with nothing at all, everything daily runs out at once (0 days)', () => {
    const list = buildSupplyList(catalogue(), [], [], createHousehold({ adults: 2 }), TODAY);
    expect(list.daysCovered).toBe(0);
    expect(list.limiting?.id).toBe('water');
    expect(list.lines.map((l) => l.status)).toEqual(['missing', 'missing', 'missing']);
  });
  it('fixed items have no days covered', () => {
    const list = buildSupplyList(catalogue(), [], [], createHousehold(), TODAY);
    expect(list.lines.find((l) => l.id === 'radio')!.daysCovered).toBeNull();
  });
});

describe('have / need / status and progress', () => {
  it('expired stock is shown but not counted', () => {
    const batches = [createBatch({ quantity: 6, bestBefore: '2026-11-22' }), createBatch({ quantity: 3, bestBefore: TODAY })];
    const water = buildSupplyList(catalogue(), [], batches, createHousehold({ adults: 1 }), TODAY).lines[0]!;
    expect(water).toMatchObject({ have: 3, expired: 6, missing: 6, status: 'partial' });
  });
  it('sums fractional batches without float dust', () => {
    const batches = [0.1, 0.2, 8.7].map((quantity) => createBatch({ quantity }));
    const water = buildSupplyList(catalogue(), [], batches, createHousehold({ adults: 1 }), TODAY).lines[0]!;
    expect(water).toMatchObject({ have: 9, missing: 0, status: 'ok', progress: 1 });
  });
  it('progress per category and overall is the mean of capped item progress', () => {
    const batches = [createBatch({ quantity: 100 }), createBatch({ itemId: 'food', quantity: 1.5 })];
    const list = buildSupplyList(catalogue(), [], batches, createHousehold({ adults: 1 }), TODAY);
    expect(list.categories.map((c) => [c.category, c.progress])).toEqual([
      ['water', 1],
      ['food', 0.5],
      ['communication', 0],
    ]);
    expect(list.progress).toBeCloseTo(0.5);
  });
  it('includes custom items with a fixed need', () => {
    const custom = createCustom({ need: 2 });
    const list = buildSupplyList(catalogue(), [custom], [createBatch({ itemId: custom.id, quantity: 1 })], createHousehold(), TODAY);
    expect(list.lines.find((l) => l.id === custom.id)).toMatchObject({ kind: 'custom', need: 2, have: 1, missing: 1, daysCovered: null });
  });
  it('hidden items leave the list and are listed as hidden', () => {
    const list = buildSupplyList(catalogue(), [], [], createHousehold({ hiddenItems: ['radio'] }), TODAY);
    expect(list.lines.map((l) => l.id)).toEqual(['water', 'food']);
    expect(list.hidden.map((i) => i.id)).toEqual(['radio']);
  });
  it('keeps a line with stock even when the item no longer applies', () => {
    const list = buildSupplyList(catalogue(), [], [createBatch({ quantity: 4 })], createHousehold({ hiddenItems: ['water'] }), TODAY);
    expect(list.lines[0]).toMatchObject({ id: 'water', need: 0, have: 4, status: 'ok', daysCovered: null });
  });
});

describe('shopping list', () => {
  const labels: ShoppingLabels = {
    title: 'Shopping list',
    empty: 'Nothing missing',
    category: (c) => c.toUpperCase(),
    name: (l) => l.item?.names.en ?? l.custom!.name,
    unit: (u, n) => (u === 'litre' ? 'L' : n === 1 ? u : `${u}s`),
    number: (n) => String(n),
  };
  it('lists what is missing, grouped by category', () => {
    const list = buildSupplyList(catalogue(), [], [createBatch({ quantity: 10 }), createBatch({ itemId: 'radio', quantity: 1 })], createHousehold({ adults: 3 }), TODAY);
    expect(shoppingGroups(list).map((g) => g.category)).toEqual(['water', 'food']);
    expect(shoppingListText(list, labels)).toBe('Shopping list\n\nWATER\n- Drinking water: 17 L\n\nFOOD\n- Food: 9 rations\n');
  });
  it('says so when nothing is missing', () => {
    const batches = [createBatch({ quantity: 9 }), createBatch({ itemId: 'food', quantity: 3 }), createBatch({ itemId: 'radio', quantity: 1 })];
    const list = buildSupplyList(catalogue(), [], batches, createHousehold(), TODAY);
    expect(shoppingListText(list, labels)).toBe('Shopping list\n\nNothing missing\n');
  });
});
