/**
 * A plan that arrived by link or file: shown in full, saved only when the user says so, with
 * undo right after. "Open a shared plan" (file picker) lives here too.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { Notice } from '../../../components/notice';
import { replacePlan, restorePreviousPlan } from '../db/plan-repo';
import { parsePlanFile, MAX_PLAN_FILE_BYTES } from '../domain/plan-file';
import type { Plan } from '../domain/plan-model';
import { errorText } from './error-text';
import { PlanSummary } from './plan-summary';

const UNDO_KEY = 'beredt.plan.undo';

function readUndo(): string | null {
  try {
    return sessionStorage.getItem(UNDO_KEY);
  } catch {
    return null;
  }
}

function forgetUndo(): void {
  try {
    sessionStorage.removeItem(UNDO_KEY);
  } catch {
    /* nothing to forget */
  }
}

interface Props {
  plan: Plan;
  hasOwnPlan: boolean;
  onDone: () => void;
}

export function IncomingPlan({ plan, hasOwnPlan, onDone }: Props) {
  const { t } = useTranslation('plan');
  const [failed, setFailed] = useState<string | null>(null);
  const accept = async () => {
    try {
      const previous = await replacePlan(plan);
      try {
        sessionStorage.setItem(UNDO_KEY, JSON.stringify({ previous }));
      } catch {
        /* no session storage (private mode, full): the plan is saved, only undo is unavailable */
      }
      onDone();
    } catch (err) {
      setFailed(errorText(err));
    }
  };
  return (
    <section className="card plan-incoming" aria-labelledby="plan-incoming-title">
      <h2 id="plan-incoming-title">{t('incoming.title')}</h2>
      <p>{t('incoming.intro')}</p>
      <PlanSummary plan={plan} />
      {hasOwnPlan ? <Notice tone="warning">{t('incoming.replaceWarning')}</Notice> : null}
      {failed ? (
        <Notice tone="error" role="alert">
          {t('saveFailed', { reason: failed })}
        </Notice>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => void accept()}>
          {t('incoming.use')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('incoming.cancel')}
        </button>
      </div>
    </section>
  );
}

/** After a shared plan was accepted: confirmation and undo (kept for this browser session). */
export function UndoNotice() {
  const { t } = useTranslation('plan');
  const [state, setState] = useState<'offer' | 'undone' | 'gone'>(() => (readUndo() ? 'offer' : 'gone'));
  if (state === 'gone') return null;
  if (state === 'undone') return <Notice tone="success">{t('incoming.undone')}</Notice>;
  const undo = async () => {
    const raw = readUndo();
    forgetUndo();
    const { previous } = raw ? (JSON.parse(raw) as { previous: Plan | null }) : { previous: null };
    await restorePreviousPlan(previous);
    setState('undone');
  };
  return (
    <Notice tone="success">
      <p>{t('incoming.done')}</p>
      <button type="button" className="button" onClick={() => void undo()}>
        {t('incoming.undo')}
      </button>
      <button type="button" className="button" onClick={() => (forgetUndo(), setState('gone'))}>
        {t('incoming.dismiss')}
      </button>
    </Notice>
  );
}

/** File picker for a plan file; hands a valid plan up, says clearly what is wrong otherwise. */
export function OpenPlanFile({ onPlan }: { onPlan: (plan: Plan) => void }) {
  const { t } = useTranslation('plan');
  const [error, setError] = useState<string | null>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    if (file.size > MAX_PLAN_FILE_BYTES) return setError(t('incoming.errors.tooLarge'));
    const r = parsePlanFile(await file.text().catch(() => null));
    if (r.ok) onPlan(r.plan);
    else setError(t(`incoming.errors.${r.error}`));
  };
  return (
    <section className="card" aria-labelledby="plan-open-title">
      <h2 id="plan-open-title">{t('share.openTitle')}</h2>
      <Field label={t('share.openFile')} type="file" accept=".json,application/json" onChange={(e) => void onFile(e.target.files?.[0])} />
      {error ? (
        <Notice tone="error" role="alert">
          {error}
        </Notice>
      ) : null}
    </section>
  );
}
