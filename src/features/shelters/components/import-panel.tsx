import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { Notice } from '../../../components/notice';
import { classifyDbError, clearStorageProblem, reportStorageError } from '../../../lib/db/db-status';
import { importShelterSource } from '../db/shelters-repo';
import { bboxOf } from '../domain/geo';
import type { ImportResult } from '../domain/import-validate';
import { useFormat } from './format';
import { readShelterFile } from './read-shelter-file';

type Step =
  | { s: 'idle' }
  | { s: 'reading' }
  /** `reread`: shown again after a swap, so focus moves to it (the button pressed is gone). */
  | { s: 'preview'; file: File; result: ImportResult; reread?: boolean }
  | { s: 'importing'; written: number; total: number }
  | { s: 'done'; count: number; name: string }
  | { s: 'error'; message: string };

const SHOWN_PROBLEMS = 20;

/** Import a GeoJSON/CSV shelter file: validate (in a worker), preview, then write in chunks with progress. */
export function ImportPanel() {
  const { t } = useTranslation('shelters');
  const fmt = useFormat();
  const id = useId();
  const [step, setStep] = useState<Step>({ s: 'idle' });
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);

  async function onFile(file: File | undefined, swap = false, reread = false): Promise<void> {
    if (!file) return;
    setStep({ s: 'reading' });
    if (!reread) setName(file.name.replace(/\.(geo)?json$|\.csv$/i, ''));
    const out = await readShelterFile(file, { swap });
    if (out.ok) setStep({ s: 'preview', file, result: out.result, reread });
    else setStep({ s: 'error', message: t(`import.fileError.${out.code}` as 'import.fileError.read') });
  }

  async function onImport(file: File, result: ImportResult): Promise<void> {
    if (!name.trim()) {
      setNameError(t('import.nameRequired'));
      return;
    }
    setNameError(null);
    const total = result.shelters.length;
    setStep({ s: 'importing', written: 0, total });
    try {
      await importShelterSource({ name, fileName: file.name, shelters: result.shelters }, (p) => setStep({ s: 'importing', ...p }));
      setStep({ s: 'done', count: total, name: name.trim() });
      setInputKey((k) => k + 1);
      clearStorageProblem();
    } catch (err) {
      reportStorageError(err);
      const message = classifyDbError(err) === 'quota' ? t('import.storageFull') : err instanceof Error ? err.message : String(err);
      setStep({ s: 'error', message: t('import.failed', { message }) });
    }
  }

  const reset = (): void => {
    setStep({ s: 'idle' });
    setInputKey((k) => k + 1);
  };

  return (
    <section aria-labelledby={`${id}-h`} className="shelter-import">
      <h2 id={`${id}-h`}>{t('import.title')}</h2>
      <p>{t('import.intro')}</p>
      <Field
        key={inputKey}
        label={t('import.fileLabel')}
        type="file"
        accept=".geojson,.json,.csv,application/geo+json,application/json,text/csv"
        disabled={step.s === 'reading' || step.s === 'importing'}
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      {step.s === 'reading' ? <p role="status">{t('import.reading')}</p> : null}
      {step.s === 'error' ? (
        <Notice tone="error" role="alert">
          {step.message}
        </Notice>
      ) : null}
      {step.s === 'preview' ? <Preview
          step={step}
          name={name}
          setName={setName}
          nameError={nameError}
          onImport={onImport}
          onSwap={(swap) => void onFile(step.file, swap, true)}
          onCancel={reset}
          fmt={fmt}
        /> : null}
      {step.s === 'importing' ? (
        <div role="status">
          <label htmlFor={`${id}-progress`}>{t('import.progress', { written: fmt.number(step.written), total: fmt.number(step.total) })}</label>
          <progress id={`${id}-progress`} max={step.total} value={step.written} />
        </div>
      ) : null}
      {step.s === 'done' ? <Notice tone="success">{t('import.done', { count: step.count, name: step.name })}</Notice> : null}
    </section>
  );
}

function Preview(p: {
  step: Extract<Step, { s: 'preview' }>;
  name: string;
  setName: (n: string) => void;
  nameError: string | null;
  onImport: (file: File, r: ImportResult) => void;
  /** Reads the file again with latitude and longitude swapped (or back). */
  onSwap: (swap: boolean) => void;
  onCancel: () => void;
  fmt: ReturnType<typeof useFormat>;
}) {
  const { t } = useTranslation('shelters');
  const r = p.step.result;
  const bbox = bboxOf(r.shelters);
  const swappedLooking = r.problems.filter((pr) => pr.code === 'coordinates-swapped').length;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (p.step.reread) heading.current?.focus();
  }, [p.step]);
  return (
    <div className="import-preview">
      <h3 ref={heading} tabIndex={-1}>
        {t('import.previewTitle')}
      </h3>
      <p>{t('import.previewFormat', { format: r.format === 'csv' ? 'CSV' : 'GeoJSON' })}</p>
      <p>{t('import.previewCount', { valid: p.fmt.number(r.shelters.length), total: p.fmt.number(r.total), capacity: p.fmt.number(r.capacity) })}</p>
      {bbox ? (
        <p>{t('import.previewArea', { minLon: p.fmt.coord(bbox[0]), minLat: p.fmt.coord(bbox[1]), maxLon: p.fmt.coord(bbox[2]), maxLat: p.fmt.coord(bbox[3]) })}</p>
      ) : null}
      {r.swapped ? (
        <Notice tone="info" role="note">
          <p>{t('import.swappedNote')}</p>
          <button type="button" className="button" onClick={() => p.onSwap(false)}>
            {t('import.swapBack')}
          </button>
        </Notice>
      ) : swappedLooking > 0 ? (
        <Notice tone="warning" role="note">
          <p>{t('import.swapSuggest', { count: swappedLooking })}</p>
          <button type="button" className="button" onClick={() => p.onSwap(true)}>
            {t('import.swap')}
          </button>
        </Notice>
      ) : null}
      {r.problems.length > 0 ? (
        <Notice tone="warning" role="note">
          <p>{t('import.previewProblems', { count: r.problems.length })}</p>
          <ul className="import-problems">
            {r.problems.slice(0, SHOWN_PROBLEMS).map((pr) => (
              <li key={`${pr.record}-${pr.field}`}>
                {t('import.problemLine', {
                  record: pr.record,
                  id: pr.recordId ? ` (${pr.recordId})` : '',
                  field: pr.field,
                  problem: t(`import.problem.${pr.code}`, { value: pr.value ?? '' }),
                })}
              </li>
            ))}
          </ul>
          {r.problems.length > SHOWN_PROBLEMS ? <p>{t('import.previewMore', { count: r.problems.length - SHOWN_PROBLEMS })}</p> : null}
        </Notice>
      ) : null}
      {r.shelters.length === 0 ? (
        <Notice tone="error" role="alert">
          {t('import.nothingValid')}
        </Notice>
      ) : (
        <>
          <Field label={t('import.nameLabel')} hint={t('import.nameHint')} error={p.nameError} value={p.name} onChange={(e) => p.setName(e.target.value)} />
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={() => p.onImport(p.step.file, r)}>
              {t('import.start', { count: r.shelters.length })}
            </button>
            <button type="button" className="button" onClick={p.onCancel}>
              {t('import.cancel')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
