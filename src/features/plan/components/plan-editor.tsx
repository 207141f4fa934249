/**
 * The plan form. Every change is saved to the device shortly after typing stops (and at once
 * when the page is hidden), so nothing typed is lost; a failed save keeps the text on screen
 * and says why.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { TextAreaField } from '../../../components/field';
import { Notice } from '../../../components/notice';
import { classifyDbError, clearStorageProblem, reportStorageError } from '../../../lib/db/db-status';
import { savePlan } from '../db/plan-repo';
import type { Plan } from '../domain/plan-model';
import { clearDraft, readDraft, writeDraft } from './draft';
import { planProgress, validatePlan } from '../domain/plan-validation';
import { errorText } from './error-text';
import { MeetingSection } from './meeting-section';
import { PlanLists } from './plan-lists';
import { NumbersSection } from './numbers-section';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; reason: string };

export function PlanEditor({ initial }: { initial: Plan }) {
  const { t, i18n } = useTranslation('plan');
  const [plan, setPlan] = useState(initial);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<Plan | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastSaved = useRef(initial.updatedAt);

  // Another tab (or an import) saved a newer plan: show it, unless we have unsaved typing.
  useEffect(() => {
    if (initial.updatedAt !== lastSaved.current && !pending.current) {
      lastSaved.current = initial.updatedAt;
      setPlan(initial);
    }
  }, [initial]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    setSave({ kind: 'saving' });
    try {
      const saved = await savePlan(next);
      lastSaved.current = saved.updatedAt;
      if (!pending.current) clearDraft();
      setSave({ kind: 'saved', at: new Date() });
      // Stored after all (space was freed): the shell's "storage is full" banner is out of date.
      clearStorageProblem();
    } catch (err) {
      pending.current = pending.current ?? next;
      // The shell's banner says it too, in the same words as for every section.
      reportStorageError(err);
      setSave({ kind: 'failed', reason: classifyDbError(err) === 'quota' ? t('storageFull') : errorText(err) });
    }
  }, [t]);

  useEffect(() => {
    // A draft left by a page closed mid-save: put it back and save it now.
    const draft = readDraft();
    if (draft) {
      pending.current = draft;
      setPlan(draft);
      void flush();
    }
    const onHide = () => {
      // The page may be gone before IndexedDB finishes: keep a synchronous copy first.
      if (pending.current) writeDraft(pending.current);
      void flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  const change = (patch: Partial<Plan>) => {
    setPlan((p) => {
      const next = { ...p, ...patch };
      pending.current = next;
      return next;
    });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), 500);
  };

  const issues = useMemo(() => validatePlan(plan), [plan]);
  const errorAt = (path: string) => {
    const issue = issues.find((i) => i.path === path);
    return issue ? t(`errors.${issue.code}`) : null;
  };
  const progress = planProgress(plan);
  const total = progress.done.length + progress.missing.length;

  return (
    <div className="plan-editor">
      <section className="card" aria-labelledby="plan-progress-title">
        <h2 id="plan-progress-title">{t('progress.title')}</h2>
        <p>{t('progress.done', { done: progress.done.length, total })}</p>
        {progress.missing.length ? (
          <p>
            {t('progress.missing')} {progress.missing.map((s) => t(`steps.${s}`)).join(', ')}.
          </p>
        ) : null}
      </section>
      <PlanLists plan={plan} change={change} errorAt={errorAt} />
      <MeetingSection plan={plan} change={change} />
      <section className="card plan-section" aria-labelledby="plan-supply-title">
        <h2 id="plan-supply-title">{t('supply.title')}</h2>
        <TextAreaField
          rows={3}
          label={t('supply.location')}
          hint={t('supply.locationHint')}
          value={plan.supplyLocation}
          maxLength={1000}
          onChange={(e) => change({ supplyLocation: e.target.value })}
        />
        <p>
          <Link href="~/supplies">{t('supply.link')}</Link>
        </p>
      </section>
      <NumbersSection numbers={plan.numbers} onChange={(numbers) => change({ numbers })} errorFor={(i) => errorAt(`numbers.${i}.number`)} />
      <section className="card plan-section" aria-labelledby="plan-notes-title">
        <h2 id="plan-notes-title">{t('notes.title')}</h2>
        <TextAreaField rows={3} label={t('notes.label')} value={plan.notes} maxLength={1000} onChange={(e) => change({ notes: e.target.value })} />
      </section>
      <div className="plan-save" role="status">
        {save.kind === 'saving' ? t('saving') : null}
        {save.kind === 'saved' ? t('saved', { time: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(save.at) }) : null}
      </div>
      {save.kind === 'failed' ? (
        <Notice tone="error" role="alert">
          <p>{t('saveFailed', { reason: save.reason })}</p>
          <button type="button" className="button" onClick={() => void flush()}>
            {t('retry')}
          </button>
        </Notice>
      ) : null}
    </div>
  );
}
