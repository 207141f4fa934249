import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from './loading';
import { Link, useLocation } from 'wouter';
import { Field } from '../../../components/field';
import { Notice } from '../../../components/notice';
import { Page } from '../../../components/page';
import { endDrill, recordNote, recordRollCall, recordStep } from '../db/drills-repo';
import type { ClockReading } from '../domain/clock';
import { deriveDrillState } from '../domain/drill-state';
import { formatElapsed } from '../domain/format';
import { localize } from '../domain/scenario';
import { evaluateTargets } from '../domain/targets';
import { useAction } from '../hooks/use-action';
import { useDrillClock } from '../hooks/use-drill-clock';
import { useDrill, useSchool } from '../hooks/use-drills';
import { useFormat } from '../hooks/use-format';
import { useWakeLock } from '../hooks/use-wake-lock';
import { RollCallCard } from './roll-call-card';
import { StepList } from './step-list';
import { TargetList } from './target-list';

/** A running drill: the clock, the steps, roll call per class, targets, notes and the end. */
export function RunView({ id }: { id: string }) {
  const { t } = useTranslation('drills');
  const f = useFormat();
  const [, navigate] = useLocation();
  const data = useDrill(id);
  const school = useSchool();
  const drill = data?.drill;
  const state = useMemo(() => (data ? deriveDrillState(data.drill, data.events) : null), [data]);
  const running = !!drill && drill.status === 'running' && !state?.ended;
  const clock = useDrillClock(drill?.id ?? null, state?.anchor ?? null, running);
  const wake = useWakeLock(running);
  const { attempt, error } = useAction();
  const [note, setNote] = useState('');
  const [confirmEnd, setConfirmEnd] = useState(false);

  if (data === undefined) return <Loading />;
  if (data === null || !drill || !state) {
    return (
      <Page title={t('title')} className="drills">
        <Notice tone="error" role="alert">{t('run.notFound')}</Notice>
        <Link href="/">{t('report.back')}</Link>
      </Page>
    );
  }

  const elapsed = running ? clock.elapsedMs : (drill.durationMs ?? state.endElapsedMs ?? 0);
  const tap = (fn: (r: ClockReading) => Promise<unknown>) => attempt(() => fn(clock.read()));
  const results = evaluateTargets(drill.scenario.targets, state, elapsed);
  const namesFor = (classId: string) => school?.classes.find((c) => c.id === classId)?.pupils ?? null;

  const onNote = async (e: FormEvent) => {
    e.preventDefault();
    if (!note.trim()) return;
    if (await tap((r) => recordNote(id, note.trim(), r))) setNote('');
  };
  const onEnd = async () => {
    if (await tap((r) => endDrill(id, r))) navigate(`/report/${id}`);
  };

  return (
    <Page title={localize(drill.scenario.name, f.lang)} className="drills drill-run">
      <div className="drill-run-head">
        <p className="muted">
          {t('run.clockLabel')} · {t('run.startedAt', { time: f.time(drill.startedAt) })}
        </p>
        <p className="drill-clock" role="timer" aria-label={t('run.clockLabel')}>
          {formatElapsed(elapsed)}
        </p>
        {running ? <p className="muted">{t(`run.wake.${wake}`)}</p> : <Notice tone="info">{t('run.ended')}</Notice>}
      </div>
      {error ? <Notice tone="error" role="alert">{error}</Notice> : null}
      {state.totals.missing > 0 ? (
        <Notice tone="error" role="alert">
          {t('run.missingAlert', { count: state.totals.missing })}
        </Notice>
      ) : null}

      <h2>{t('run.stepsTitle')}</h2>
      <StepList steps={drill.scenario.steps} states={state.steps} disabled={!running} onToggle={(stepId, done) => void tap((r) => recordStep(id, stepId, done, r))} />

      <h2>{t('run.rollcallTitle')}</h2>
      <p role="status">
        {state.allAccountedAtMs !== null
          ? t('run.schoolAccounted', { time: formatElapsed(state.allAccountedAtMs) })
          : t('run.schoolNotAccounted', { unreported: state.totals.unreported, missing: state.totals.missing })}
      </p>
      <div className="class-cards">
        {state.classes.map((c) => (
          <RollCallCard key={c.cls.id} state={c} pupils={namesFor(c.cls.id)} disabled={!running} onRecord={(counts, pupils) => tap((r) => recordRollCall(id, c.cls.id, counts, r, pupils))} />
        ))}
      </div>

      {results.length ? (
        <>
          <h2>{t('run.targetsTitle')}</h2>
          <TargetList results={results} />
        </>
      ) : null}

      <h2>{t('run.notesTitle')}</h2>
      {state.notes.length ? (
        <ul>
          {state.notes.map((n, i) => (
            <li key={i}>
              {formatElapsed(n.elapsedMs)} – {n.text}
            </li>
          ))}
        </ul>
      ) : null}
      {running ? (
        <form onSubmit={onNote} className="button-row">
          <Field label={t('run.noteLabel')} value={note} onChange={(e) => setNote(e.target.value)} autoComplete="off" />
          <button type="submit" className="button">
            {t('run.noteAdd')}
          </button>
        </form>
      ) : null}

      {running ? (
        confirmEnd ? (
          <Notice tone="warning" role="note">
            <p>{t('run.endConfirm')}</p>
            <div className="button-row">
              <button type="button" className="button button-primary big-button" onClick={() => void onEnd()}>
                {t('run.endConfirmYes')}
              </button>
              <button type="button" className="button" onClick={() => setConfirmEnd(false)}>
                {t('run.endConfirmNo')}
              </button>
            </div>
          </Notice>
        ) : (
          <div className="button-row">
            <button type="button" className="button button-danger big-button" onClick={() => setConfirmEnd(true)}>
              {t('run.end')}
            </button>
          </div>
        )
      ) : (
        <Link href={`/report/${id}`} className="button button-primary big-button">
          {t('run.toReport')}
        </Link>
      )}
    </Page>
  );
}
