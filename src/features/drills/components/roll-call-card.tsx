import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassState } from '../domain/drill-state';
import { formatElapsed } from '../domain/format';
import { adjustCount, countsFromPupils, EMPTY_COUNTS, fillRest, setCount, unreported } from '../domain/roll-call';
import { ROLL_CALL_FIELDS, type Pupil, type PupilStatus, type RollCallCounts, type RollCallField } from '../domain/types';

interface Props {
  state: ClassState;
  /** Names from the school set-up on this device, when the class has them. */
  pupils: Pupil[] | null;
  disabled: boolean;
  onRecord(counts: RollCallCounts, pupils?: Record<string, PupilStatus>): Promise<unknown>;
}

/**
 * Roll call for one class: four counts with big − and + buttons (or a name list), the status,
 * and the time the class was all accounted for. Each tap is stored at once; the card keeps its
 * own latest counts while writes are in flight, so quick taps are never lost.
 */
export function RollCallCard({ state, pupils, disabled, onRecord }: Props) {
  const { t } = useTranslation('drills');
  const { cls } = state;
  const [counts, setCounts] = useState<RollCallCounts>(state.counts ?? EMPTY_COUNTS);
  const [marks, setMarks] = useState<Record<string, PupilStatus>>(state.pupils);
  const pending = useRef(0);

  useEffect(() => {
    if (pending.current === 0) {
      setCounts(state.counts ?? EMPTY_COUNTS);
      setMarks(state.pupils);
    }
  }, [state.counts, state.pupils]);

  const record = (next: RollCallCounts, nextMarks?: Record<string, PupilStatus>) => {
    setCounts(next);
    if (nextMarks) setMarks(nextMarks);
    pending.current += 1;
    void onRecord(next, nextMarks).finally(() => {
      pending.current -= 1;
    });
  };
  const tap = (field: RollCallField, delta: number) => record(adjustCount(counts, field, delta, cls.size));
  const mark = (pupilId: string, status: PupilStatus | '') => {
    const next = { ...marks };
    if (status) next[pupilId] = status;
    else delete next[pupilId];
    record(countsFromPupils(next, pupils!.map((p) => p.id)), next);
  };

  const status = state.status;
  const statusText =
    status === 'accounted'
      ? t('rollcall.status.accounted', { time: formatElapsed(state.accountedAtMs) })
      : status === 'missing'
        ? t('rollcall.status.missing', { count: counts.missing })
        : status === 'overCount'
          ? t('rollcall.status.overCount', { count: -unreported(counts, cls.size) })
          : t(`rollcall.status.${status}`);
  const left = unreported(counts, cls.size);
  const byName = pupils && pupils.length === cls.size;
  const fieldLabel = (f: RollCallField) => t(`rollcall.fields.${f}`);

  return (
    <section className="class-card" data-status={status} aria-labelledby={`class-${cls.id}`}>
      <h3 id={`class-${cls.id}`}>{cls.name}</h3>
      <p className="muted">
        {t('rollcall.size', { count: cls.size })}
        {cls.adult ? ` · ${t('rollcall.adult', { name: cls.adult })}` : ''}
        {cls.assemblyPoint ? ` · ${t('rollcall.point', { name: cls.assemblyPoint })}` : ''}
      </p>
      <p className="class-status" role="status">
        {statusText}
        {status !== 'accounted' && left > 0 ? ` · ${t('rollcall.unreported', { count: left })}` : ''}
      </p>
      {byName ? (
        <>
          <p>{ROLL_CALL_FIELDS.map((f) => `${fieldLabel(f)}: ${counts[f]}`).join(' · ')}</p>
          <details open>
            <summary>{t('rollcall.namesTitle')}</summary>
            <ul className="pupil-list">
              {pupils.map((p) => (
                <li key={p.id}>
                  <label htmlFor={`pupil-${cls.id}-${p.id}`}>{p.name}</label>
                  <select id={`pupil-${cls.id}-${p.id}`} value={marks[p.id] ?? ''} disabled={disabled} onChange={(e) => mark(p.id, e.target.value as PupilStatus | '')}>
                    <option value="">{t('rollcall.pupilNone')}</option>
                    {ROLL_CALL_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {fieldLabel(f)}
                      </option>
                    ))}
                  </select>
                </li>
              ))}
            </ul>
          </details>
        </>
      ) : (
        <>
          {ROLL_CALL_FIELDS.map((f) => {
            const id = `count-${cls.id}-${f}`;
            return (
              <div className="counter" key={f}>
                <label htmlFor={id}>{fieldLabel(f)}</label>
                <button type="button" className="button" disabled={disabled || counts[f] === 0} aria-label={t('rollcall.decrease', { field: fieldLabel(f), cls: cls.name })} onClick={() => tap(f, -1)}>
                  −
                </button>
                <input
                  id={id}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={cls.size}
                  value={counts[f]}
                  disabled={disabled}
                  onChange={(e) => record(setCount(counts, f, e.target.value === '' ? 0 : Number(e.target.value), cls.size))}
                />
                <button type="button" className="button" disabled={disabled || left === 0} aria-label={t('rollcall.increase', { field: fieldLabel(f), cls: cls.name })} onClick={() => tap(f, 1)}>
                  +
                </button>
              </div>
            );
          })}
          <button type="button" className="button" disabled={disabled || left === 0} onClick={() => record(fillRest(counts, cls.size))}>
            {t('rollcall.fillRest')}
          </button>
        </>
      )}
    </section>
  );
}
