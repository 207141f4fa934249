/** One tiny read for the start page: has the user recorded any stock? Never throws. */
import { db } from '../../../lib/db/db';

export async function hasStock(): Promise<boolean> {
  try {
    return (await db.batches.count()) > 0;
  } catch {
    return false;
  }
}
