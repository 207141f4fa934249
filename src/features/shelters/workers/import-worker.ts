/// <reference lib="webworker" />
/**
 * Reads and validates a shelter file off the main thread, so a 100k-point file never freezes
 * the page. Posts back { ok: true, result } or { ok: false, code }.
 */
import { parseShelterFile } from '../domain/import-parse';
import { checkImportSize, ShelterFileError } from '../domain/import-validate';

self.onmessage = async (e: MessageEvent<File>) => {
  try {
    checkImportSize(e.data.size);
    const result = parseShelterFile(await e.data.text());
    self.postMessage({ ok: true, result });
  } catch (err) {
    self.postMessage({ ok: false, code: err instanceof ShelterFileError ? err.code : 'read' });
  }
};
