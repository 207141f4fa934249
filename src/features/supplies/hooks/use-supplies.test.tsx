import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/db';
import { addBatch, deleteBatch, saveHousehold, undo } from '../db/supplies-repo';
import { emptyNeeds } from '../domain/household';
import { createItem } from '../domain/testing';
import { useExpiring } from './use-expiring';
import { useSupplies } from './use-supplies';

beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.catalogue.put({ ...createItem(), sourceId: 'supplies' });
});

describe('useSupplies', () => {
  it('has no list until a household is saved, then follows every write live', async () => {
    const { result } = renderHook(() => useSupplies());
    await waitFor(() => expect(result.current).toBeDefined());
    expect(result.current!.household).toBeNull();
    expect(result.current!.list).toBeNull();

    await act(() =>
      saveHousehold({ adults: 3, adultsUnder40: 0, children0to2: 0, children3to12: 0, children13to17: 0, pregnantOrBreastfeeding: 0, dogs: 0, cats: 0, otherPets: 0, needs: emptyNeeds(), days: 3 }),
    );
    await waitFor(() => expect(result.current!.list?.lines[0]).toMatchObject({ id: 'water', need: 27, have: 0 }));

    const { batch } = await act(() => addBatch('water', { quantity: 10 }));
    await waitFor(() => expect(result.current!.list!.limiting).toMatchObject({ id: 'water', missing: 17 }));

    const u = await act(() => deleteBatch(batch.id));
    await waitFor(() => expect(result.current!.list!.lines[0]!.have).toBe(0));
    await act(() => undo(u));
    await waitFor(() => expect(result.current!.list!.lines[0]!.have).toBe(10));
  });
});

describe('useExpiring', () => {
  it('lists expired batches with the item names available', async () => {
    await addBatch('water', { quantity: 2, bestBefore: '2020-01-01' });
    await addBatch('water', { quantity: 2, bestBefore: '2099-01-01' });
    const { result } = renderHook(() => useExpiring());
    await waitFor(() => expect(result.current?.entries).toHaveLength(1));
    expect(result.current!.entries[0]!.status).toBe('expired');
    expect(result.current!.batchCount).toBe(2);
    expect(result.current!.names.get('water')).toMatchObject({ id: 'water' });
  });
});
