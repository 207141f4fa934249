/**
 * A synchronous safety copy of unsaved typing. IndexedDB writes are asynchronous, so a page
 * closed or reloaded within the autosave delay could lose the last keystrokes; on `pagehide`
 * the editor writes the pending plan here (localStorage is synchronous), and the next visit
 * saves it to the database and clears it.
 */
import { restorePlan, type Plan } from '../domain/plan-model';

const DRAFT_KEY = 'beredt.plan.draft';

export function writeDraft(plan: Plan): void {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(plan));
  } catch {
    /* storage full or unavailable: the asynchronous save is still under way */
  }
}

export function readDraft(): Plan | null {
  try {
    const raw = localStorage.getItem(DRAFT_KEY);
    return raw ? restorePlan(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

export function clearDraft(): void {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    /* nothing to clear */
  }
}
