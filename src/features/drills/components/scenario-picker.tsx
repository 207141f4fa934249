import { useTranslation } from 'react-i18next';
import { localize } from '../domain/scenario';
import { formatElapsed } from '../domain/format';
import type { Scenario } from '../domain/types';
import { deleteCustomScenario } from '../db/drills-repo';
import { useAction } from '../hooks/use-action';
import { Notice } from '../../../components/notice';

interface Props {
  scenarios: Scenario[];
  value: string | null;
  onChange(id: string): void;
}

/** The scenarios as large radio options, with targets and sources. */
export function ScenarioPicker({ scenarios, value, onChange }: Props) {
  const { t, i18n } = useTranslation('drills');
  const lang = i18n.resolvedLanguage ?? 'da';
  const { attempt, error } = useAction();
  return (
    <fieldset>
      <legend>{t('home.scenarioLegend')}</legend>
      {error ? <Notice tone="error" role="alert">{error}</Notice> : null}
      <ul className="scenario-list">
        {scenarios.map((s) => {
          const id = `scenario-${s.id}`;
          const targets = s.targets.map((x) => localize(x.text, lang)).join('; ');
          return (
            <li key={s.id} className="scenario-option">
              <input type="radio" id={id} name="scenario" value={s.id} checked={value === s.id} onChange={() => onChange(s.id)} aria-describedby={`${id}-desc`} />
              <div>
                <label htmlFor={id}>{localize(s.name, lang)}</label>
                <div id={`${id}-desc`}>
                  <p className="muted">{t(`kind.${s.kind}`)}</p>
                  {localize(s.summary, lang) ? <p>{localize(s.summary, lang)}</p> : null}
                  {targets ? <p>{t('home.targets', { targets })}</p> : null}
                </div>
                <details>
                  <summary>{t('run.stepsTitle')}</summary>
                  <ol>
                    {s.steps.map((step) => (
                      <li key={step.id}>{localize(step.text, lang)}</li>
                    ))}
                  </ol>
                  {s.targets.length ? (
                    <p className="muted">
                      {s.targets.map((x) => `${localize(x.text, lang)} (${formatElapsed(x.withinSeconds * 1000)})`).join(' · ')}
                    </p>
                  ) : null}
                  {localize(s.note, lang) ? <p>{localize(s.note, lang)}</p> : null}
                  {s.sources.length ? (
                    <>
                      <h3>{t('home.sourcesTitle')}</h3>
                      <ul>
                        {s.sources.map((src) => (
                          <li key={src.title}>
                            {src.publisher}: {src.url ? <a href={src.url} rel="noreferrer" target="_blank">{src.title}</a> : src.title} ({t('home.checked', { date: src.checked })})
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </details>
                {s.kind === 'custom' ? (
                  <button type="button" className="button button-danger" onClick={() => void attempt(() => deleteCustomScenario(s.id))}>
                    {t('custom.delete', { name: localize(s.name, lang) })}
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
