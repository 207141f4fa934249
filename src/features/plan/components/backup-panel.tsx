/**
 * Backup: export all user data as one file; import with a size check before reading, full
 * validation, a preview, merge (default) or replace (confirmed, after an automatic backup file
 * of the current data), all written in one transaction.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { Notice } from '../../../components/notice';
import { applyImport, exportBackup, getAutoBackup, getBackupState, previewImport, recordBackup } from '../db/backup-repo';
import { MAX_BACKUP_BYTES, backupFileName, parseBackup, type Backup, type BackupError } from '../domain/backup-format';
import type { ImportMode, ImportPlan } from '../domain/import-plan';
import { downloadText } from '../../../lib/download';
import { errorText } from './error-text';
import { ImportPreview } from './import-preview';

type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; what: 'reading' | 'applying' }
  | { kind: 'preview'; backup: Backup; name: string; plans: Record<ImportMode, ImportPlan> }
  | { kind: 'error'; text: string }
  | { kind: 'done'; text: string };

export function BackupPanel() {
  const { t, i18n } = useTranslation('plan');
  const state = useLiveQuery(() => getBackupState().catch(() => null), []);
  const auto = useLiveQuery(() => getAutoBackup().catch(() => null), []);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [exported, setExported] = useState<string | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [confirmed, setConfirmed] = useState(false);
  const fmt = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  const describe = (e: BackupError): string => {
    if (e.code === 'tooLarge') return t('backup.errors.tooLarge', { mb: Math.round(e.limit / 1024 / 1024) });
    if (e.code === 'badRow') return t('backup.errors.badRow', { index: e.index + 1, table: t(`backup.tables.${e.table}`), reason: t(`backup.errors.reasons.${e.reason}`) });
    if (e.code === 'newerVersion') return t('backup.errors.newerVersion', { found: e.found, supported: e.supported });
    if (e.code === 'unknownTable') return t('backup.errors.unknownTable', { table: e.table });
    if (e.code === 'invalid') return t('backup.errors.invalid', { field: e.field || '–' });
    if (e.code === 'tooManyRows') return t('backup.errors.tooManyRows', { limit: e.limit });
    return t(`backup.errors.${e.code}`);
  };

  const doExport = async () => {
    try {
      const now = new Date();
      const r = await exportBackup(now);
      downloadText(backupFileName(now), r.json, 'application/json');
      await recordBackup(r.fingerprint, now);
      setExported(t('backup.exported', { count: r.count }));
    } catch (err) {
      setExported(t('backup.exportFailed', { reason: errorText(err) }));
    }
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setConfirmed(false);
    setMode('merge');
    if (file.size > MAX_BACKUP_BYTES) return setStep({ kind: 'error', text: describe({ code: 'tooLarge', limit: MAX_BACKUP_BYTES }) });
    setStep({ kind: 'busy', what: 'reading' });
    const text = await file.text().catch(() => null);
    if (text === null) return setStep({ kind: 'error', text: t('backup.errors.readFailed') });
    const parsed = parseBackup(text);
    if (!parsed.ok) return setStep({ kind: 'error', text: describe(parsed.error) });
    try {
      const [merge, replace] = await Promise.all([previewImport(parsed.backup, 'merge'), previewImport(parsed.backup, 'replace')]);
      setStep({ kind: 'preview', backup: parsed.backup, name: file.name, plans: { merge, replace } });
    } catch (err) {
      setStep({ kind: 'error', text: t('backup.failed', { reason: errorText(err) }) });
    }
  };

  const apply = async (backup: Backup) => {
    setStep({ kind: 'busy', what: 'applying' });
    try {
      const now = new Date();
      let note = '';
      if (mode === 'replace') {
        // The automatic backup goes to a file first: if anything after fails, it is already safe.
        const before = await exportBackup(now);
        const name = backupFileName(now, 'beredt-backup-before-replace');
        downloadText(name, before.json, 'application/json');
        note = t('backup.autoBackup', { name });
      }
      const { plan } = await applyImport(backup, mode, now);
      const tot = plan.totals;
      setStep({ kind: 'done', text: `${t('backup.done', { added: tot.added, updated: tot.updated, removed: tot.removed })} ${note}`.trim() });
    } catch (err) {
      setStep({ kind: 'error', text: t('backup.failed', { reason: errorText(err) }) });
    }
  };

  return (
    <div className="plan-backup">
      <section className="card" aria-labelledby="plan-backup-title">
        <h2 id="plan-backup-title">{t('backup.title')}</h2>
        <p>{t('backup.why')}</p>
        <p>{t('backup.covers')}</p>
        <h3>{t('backup.exportTitle')}</h3>
        <p>{state?.lastBackupAt ? t('backup.last', { date: fmt(state.lastBackupAt) }) : t('backup.never')}</p>
        <button type="button" className="button button-primary" onClick={() => void doExport()}>
          {t('backup.export')}
        </button>
        <p role="status">{exported}</p>
        {auto ? (
          <button type="button" className="button" onClick={() => downloadText(backupFileName(new Date(auto.createdAt), 'beredt-backup-before-replace'), auto.json, 'application/json')}>
            {t('backup.restoreAuto', { date: fmt(auto.createdAt) })}
          </button>
        ) : null}
      </section>
      <section className="card" aria-labelledby="plan-import-title">
        <h2 id="plan-import-title">{t('backup.importTitle')}</h2>
        <Field label={t('backup.file')} type="file" accept=".json,application/json" onChange={(e) => void onFile(e.currentTarget)} />
        {step.kind === 'busy' ? <p role="status">{t(`backup.${step.what}`)}</p> : null}
        {step.kind === 'error' ? (
          <Notice tone="error" role="alert" className="plan-import-error">
            {step.text}
          </Notice>
        ) : null}
        {step.kind === 'done' ? <Notice tone="success">{step.text}</Notice> : null}
        {step.kind === 'preview' ? (
          <div className="plan-import-preview">
            <p>{t('backup.previewFile', { name: step.name, date: Number.isNaN(Date.parse(step.backup.exportedAt)) ? '–' : fmt(step.backup.exportedAt) })}</p>
            <fieldset>
              <legend>{t('backup.modeLegend')}</legend>
              {(['merge', 'replace'] as const).map((m) => (
                <div key={m} className="plan-check">
                  <label>
                    <input type="radio" name="plan-import-mode" value={m} checked={mode === m} onChange={() => (setMode(m), setConfirmed(false))} /> {t(`backup.${m}`)}
                  </label>
                  <p className="field-hint">{t(`backup.${m}Hint`)}</p>
                </div>
              ))}
            </fieldset>
            <ImportPreview plan={step.plans[mode]} />
            {mode === 'replace' ? (
              <div className="plan-check">
                <label>
                  <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> {t('backup.confirmReplace')}
                </label>
              </div>
            ) : null}
            <div className="button-row">
              <button
                type="button"
                className={mode === 'replace' ? 'button button-danger' : 'button button-primary'}
                disabled={(mode === 'replace' && !confirmed) || step.plans[mode].writes.length === 0}
                onClick={() => void apply(step.backup)}
              >
                {t('backup.apply')}
              </button>
              <button type="button" className="button" onClick={() => setStep({ kind: 'idle' })}>
                {t('backup.cancel')}
              </button>
            </div>
          </div>
        ) : null}
      </section>
    </div>
  );
}
