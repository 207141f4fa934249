/**
 * The one drills query the start page runs: the id of a running drill, if any. Kept apart from
 * drills-repo so the start page loads nothing of the drills section unless a drill is running.
 */
import { db } from '../../../lib/db/db';

export async function runningDrillId(): Promise<string | null> {
  try {
    const first = await db.drills.where('status').equals('running').first();
    return (first as { id?: string } | undefined)?.id ?? null;
  } catch {
    return null; // no usable IndexedDB: the shell's storage notice explains
  }
}
