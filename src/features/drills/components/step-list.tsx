import { useTranslation } from 'react-i18next';
import type { StepState } from '../domain/drill-state';
import { formatElapsed } from '../domain/format';
import { localize } from '../domain/scenario';
import type { ScenarioStep } from '../domain/types';
import { useFormat } from '../hooks/use-format';

interface Props {
  steps: ScenarioStep[];
  states: Map<string, StepState>;
  disabled: boolean;
  onToggle(stepId: string, done: boolean): void;
}

/** The scenario's steps as big toggle buttons, each with the drill time it was ticked. */
export function StepList({ steps, states, disabled, onToggle }: Props) {
  const { t } = useTranslation('drills');
  const f = useFormat();
  return (
    <ol className="step-list">
      {steps.map((step) => {
        const st = states.get(step.id);
        const done = st?.doneAtMs != null;
        return (
          <li key={step.id}>
            <button type="button" className="step-button" aria-pressed={done} disabled={disabled} onClick={() => onToggle(step.id, !done)}>
              <span className="step-check" aria-hidden="true">
                {done ? '✓' : ''}
              </span>
              <span>
                {localize(step.text, f.lang)}
                <span className="step-time">
                  {done ? `${t('run.stepDoneAt', { time: formatElapsed(st!.doneAtMs) })} · ${f.time(st!.doneAt!)}` : t('run.stepNotDone')}
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
