import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { Notice } from '../../../components/notice';
import { Page } from '../../../components/page';
import { startDrill } from '../db/drills-repo';
import { localize, sortScenarios } from '../domain/scenario';
import { validateSchool } from '../domain/school';
import { useAction } from '../hooks/use-action';
import { useRunningDrill, useScenarios, useSchool } from '../hooks/use-drills';
import { useFormat } from '../hooks/use-format';
import { useDrillSummaries } from '../hooks/use-summaries';
import { CustomScenarioForm } from './custom-scenario-form';
import { LogList } from './log-list';
import { ScenarioPicker } from './scenario-picker';

/** The drills start screen: running drill, school, scenario + start, custom scenarios, log. */
export function DrillsHome() {
  const { t, i18n } = useTranslation('drills');
  const lang = i18n.resolvedLanguage ?? 'da';
  const f = useFormat();
  const [, navigate] = useLocation();
  const school = useSchool();
  const scenarios = useScenarios();
  const running = useRunningDrill();
  const summaries = useDrillSummaries();
  const [chosen, setChosen] = useState<string | null>(null);
  const { run, error } = useAction();

  const sorted = scenarios ? sortScenarios(scenarios, lang) : undefined;
  const selected = chosen ?? sorted?.[0]?.id ?? null;
  const schoolOk = !!school && validateSchool(school).length === 0;
  const pupils = school ? school.classes.reduce((n, c) => n + (Number.isFinite(c.size) ? c.size : 0), 0) : 0;

  const onStart = async () => {
    if (!selected) return;
    const id = await run(() => startDrill(selected));
    if (id) navigate(`/run/${id}`);
  };

  return (
    <Page title={t('title')} lead={t('lead')} className="drills">
      {running ? (
        <Notice tone="warning">
          <h2>{t('home.runningTitle')}</h2>
          <p>{t('home.runningText', { scenario: localize(running.scenario.name, lang), time: f.dateTime(running.startedAt) })}</p>
          <Link href={`/run/${running.id}`} className="button button-primary big-button">
            {t('home.continue')}
          </Link>
        </Notice>
      ) : null}

      <h2>{t('home.schoolTitle')}</h2>
      {school === undefined ? null : school ? (
        <p>{t('home.schoolSummary', { name: school.name || '–', classes: school.classes.length, pupils })}</p>
      ) : (
        <p>{t('home.schoolNone')}</p>
      )}
      {school && !schoolOk ? <Notice tone="warning">{t('home.schoolInvalid')}</Notice> : null}
      <p>
        <Link href="/setup" className="button">
          {t('home.setup')}
        </Link>
      </p>

      <h2>{t('home.scenarioTitle')}</h2>
      {!sorted ? (
        <p role="status">{t('home.scenariosLoading')}</p>
      ) : sorted.length === 0 ? (
        <p>{t('home.noScenarios')}</p>
      ) : (
        <ScenarioPicker scenarios={sorted} value={selected} onChange={setChosen} />
      )}
      {error ? <Notice tone="error" role="alert">{error}</Notice> : null}
      {!running ? (
        <>
          <p id="start-hint">{t('home.startHint')}</p>
          <button type="button" className="button button-primary big-button" disabled={!schoolOk || !selected} aria-describedby="start-hint" onClick={() => void onStart()}>
            {t('home.start')}
          </button>
        </>
      ) : null}

      <details>
        <summary>
          <h2 className="inline-heading">{t('custom.title')}</h2>
        </summary>
        <CustomScenarioForm onSaved={setChosen} />
      </details>

      <h2>{t('home.logTitle')}</h2>
      {summaries ? <LogList summaries={summaries} /> : null}
    </Page>
  );
}
