import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/db';
import { createItem } from '../domain/testing';
import {
  addBatch,
  addCustomItem,
  deleteBatch,
  deleteCustomItem,
  listCatalogue,
  loadHousehold,
  saveHousehold,
  setItemHidden,
  storageErrorCode,
  undo,
  updateBatch,
  updateCustomItem,
} from './supplies-repo';
import { emptyNeeds, type HouseholdValues } from '../domain/household';

const values = (over: Partial<HouseholdValues> = {}): HouseholdValues => ({
  adults: 2,
  adultsUnder40: 0,
  children0to2: 0,
  children3to12: 1,
  children13to17: 0,
  pregnantOrBreastfeeding: 0,
  dogs: 1,
  cats: 0,
  otherPets: 0,
  needs: emptyNeeds(),
  days: 3,
  ...over,
});

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('household', () => {
  it('is null until saved, then stored and repaired on read', async () => {
    expect(await loadHousehold()).toBeNull();
    await saveHousehold(values());
    expect(await loadHousehold()).toMatchObject({ id: 'household', adults: 2, children3to12: 1, dogs: 1, days: 3 });
  });
  it('saving keeps hidden items; undo restores the previous household', async () => {
    await saveHousehold(values());
    await setItemHidden('menstrual', true);
    const u = await saveHousehold(values({ days: 7 }));
    expect(await loadHousehold()).toMatchObject({ days: 7, hiddenItems: ['menstrual'] });
    await undo(u);
    expect((await loadHousehold())!.days).toBe(3);
  });
  it('undo of the first save removes it again', async () => {
    const u = await saveHousehold(values());
    await undo(u);
    expect(await loadHousehold()).toBeNull();
  });
  it('hides and shows items', async () => {
    await setItemHidden('cash', true);
    await setItemHidden('cash', true);
    expect((await loadHousehold())!.hiddenItems).toEqual(['cash']);
    await setItemHidden('cash', false);
    expect((await loadHousehold())!.hiddenItems).toEqual([]);
  });
});

describe('batches', () => {
  it('add, edit with undo, delete with undo', async () => {
    const { batch } = await addBatch('water', { quantity: 6, bestBefore: '2027-01-31' });
    const u1 = await updateBatch(batch.id, { quantity: 8 });
    expect(await db.batches.get(batch.id)).toMatchObject({ quantity: 8 });
    expect((await db.batches.get(batch.id)).bestBefore).toBeUndefined();
    await undo(u1);
    expect(await db.batches.get(batch.id)).toMatchObject({ quantity: 6, bestBefore: '2027-01-31' });
    const u2 = await deleteBatch(batch.id);
    expect(await db.batches.count()).toBe(0);
    await undo(u2);
    expect(await db.batches.get(batch.id)).toEqual(batch);
  });
  it('undo of an add removes it', async () => {
    const { undo: u } = await addBatch('water', { quantity: 1 });
    await undo(u);
    expect(await db.batches.count()).toBe(0);
  });
  it('refuses bad values: nothing saved', async () => {
    await expect(addBatch('water', { quantity: -1 })).rejects.toThrow(RangeError);
    await expect(addBatch('water', { quantity: Number.NaN })).rejects.toThrow(RangeError);
    await expect(addBatch('water', { quantity: 1, bestBefore: '2026-02-30' })).rejects.toThrow(RangeError);
    expect(await db.batches.count()).toBe(0);
  });
});

describe('custom items', () => {
  it('delete removes its batches too, and undo brings both back', async () => {
    const { item } = await addCustomItem({ name: 'Dåseåbner', category: 'food', unit: 'piece', need: 1 });
    await addBatch(item.id, { quantity: 1 });
    await addBatch('water', { quantity: 5 });
    const u = await deleteCustomItem(item.id);
    expect(await db.customItems.count()).toBe(0);
    expect(await db.batches.count()).toBe(1);
    await undo(u);
    expect(await db.customItems.get(item.id)).toEqual(item);
    expect(await db.batches.count()).toBe(2);
  });
  it('edit with undo; empty names are refused', async () => {
    const { item } = await addCustomItem({ name: 'Spil', category: 'other', unit: 'piece', need: 1 });
    const u = await updateCustomItem(item.id, { ...item, name: 'Kortspil', need: 2 });
    expect(await db.customItems.get(item.id)).toMatchObject({ name: 'Kortspil', need: 2 });
    await undo(u);
    expect(await db.customItems.get(item.id)).toMatchObject({ name: 'Spil', need: 1 });
    await expect(addCustomItem({ name: ' ', category: 'other', unit: 'piece', need: 1 })).rejects.toThrow();
  });
});

describe('catalogue and errors', () => {
  it('lists only the supplies pack rows, in catalogue order', async () => {
    await db.catalogue.bulkPut([
      { ...createItem({ id: 'b', order: 1 }), sourceId: 'supplies' },
      { ...createItem({ id: 'a', order: 0 }), sourceId: 'supplies' },
      { ...createItem({ id: 'x', order: 0 }), sourceId: 'other' },
    ]);
    expect((await listCatalogue()).map((i) => i.id)).toEqual(['a', 'b']);
  });
  it('recognises a full disk', () => {
    expect(storageErrorCode({ name: 'QuotaExceededError' })).toBe('quota');
    expect(storageErrorCode({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('quota');
    expect(storageErrorCode(new Error('x'))).toBe('unknown');
  });
});
