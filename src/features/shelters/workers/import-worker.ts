/// <reference lib="webworker" />
/**
 * Reads and validates a shelter file off the main thread, so a 100k-point file never freezes
 * the page. Posts back { ok: true, result } or { ok: false, code }.
 */
import { parseShelterFile } from '../domain/import-parse';
import { checkImportSize, ShelterFileError, type ValidateOptions } from '../domain/import-validate';

self.onmessage = async (e: MessageEvent<{ file: File; opts: ValidateOptions }>) => {
  try {
    const { file, opts } = e.data;
    checkImportSize(file.size);
    const result = parseShelterFile(await file.text(), opts);
    self.postMessage({ ok: true, result });
  } catch (err) {
    self.postMessage({ ok: false, code: err instanceof ShelterFileError ? err.code : 'read' });
  }
};
