import { parseShelterFile } from '../domain/import-parse';
import { checkImportSize, ShelterFileError, type ImportResult, type ValidateOptions } from '../domain/import-validate';

export type ReadOutcome = { ok: true; result: ImportResult } | { ok: false; code: string };

/** Parses and validates a file in a worker (on the main thread where workers are missing). */
export async function readShelterFile(file: File, opts: ValidateOptions = {}): Promise<ReadOutcome> {
  if (typeof Worker !== 'undefined') {
    const worker = new Worker(new URL('../workers/import-worker.ts', import.meta.url), { type: 'module' });
    try {
      return await new Promise<ReadOutcome>((resolve) => {
        worker.onmessage = (e: MessageEvent<ReadOutcome>) => resolve(e.data);
        worker.onerror = () => resolve({ ok: false, code: 'read' });
        worker.postMessage({ file, opts });
      });
    } finally {
      worker.terminate();
    }
  }
  try {
    checkImportSize(file.size);
    return { ok: true, result: parseShelterFile(await file.text(), opts) };
  } catch (err) {
    return { ok: false, code: err instanceof ShelterFileError ? err.code : 'read' };
  }
}
