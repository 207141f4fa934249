import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, TextAreaField } from '../../../components/field';
import { Notice } from '../../../components/notice';
import { newId, saveCustomScenario } from '../db/drills-repo';
import { buildCustomScenario, validateCustomScenario, type CustomScenarioIssue } from '../domain/scenario';
import { LANGS, type Lang } from '../domain/types';
import { useAction } from '../hooks/use-action';

/** Create a custom scenario: name, steps (one per line), an optional target in minutes. */
export function CustomScenarioForm({ onSaved }: { onSaved(id: string): void }) {
  const { t, i18n } = useTranslation('drills');
  const [name, setName] = useState('');
  const [summary, setSummary] = useState('');
  const [steps, setSteps] = useState('');
  const [minutes, setMinutes] = useState('');
  const [issues, setIssues] = useState<CustomScenarioIssue[]>([]);
  const [saved, setSaved] = useState(false);
  const { attempt, error } = useAction();

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const within = minutes.trim() === '' ? null : Number(minutes) * 60;
    const input = { name, summary, steps: steps.split(/\r?\n/), allAccountedWithinSeconds: within };
    const found = validateCustomScenario(input);
    setIssues(found);
    setSaved(false);
    if (found.length) return;
    const lang = (LANGS as readonly string[]).includes(i18n.resolvedLanguage ?? '') ? (i18n.resolvedLanguage as Lang) : 'da';
    const scenario = buildCustomScenario(input, lang, `user-${newId()}`, t('custom.targetText', { minutes: Number(minutes) }));
    if (await attempt(() => saveCustomScenario(scenario))) {
      setName('');
      setSummary('');
      setSteps('');
      setMinutes('');
      setSaved(true);
      onSaved(scenario.id);
    }
  };
  const has = (c: CustomScenarioIssue) => (issues.includes(c) ? t(`custom.errors.${c}`) : undefined);

  return (
    <form onSubmit={onSubmit} noValidate>
      <p>{t('custom.intro')}</p>
      <Field label={t('custom.name')} value={name} error={has('nameRequired')} onChange={(e) => setName(e.target.value)} />
      <Field label={t('custom.summary')} value={summary} onChange={(e) => setSummary(e.target.value)} />
      <TextAreaField label={t('custom.steps')} value={steps} error={has('stepsRequired')} onChange={(e) => setSteps(e.target.value)} />
      <Field label={t('custom.target')} type="number" inputMode="numeric" min={1} value={minutes} error={has('targetInvalid')} onChange={(e) => setMinutes(e.target.value)} />
      {error ? <Notice tone="error" role="alert">{error}</Notice> : null}
      {saved ? <Notice tone="success">{t('custom.saved')}</Notice> : null}
      <button type="submit" className="button">
        {t('custom.save')}
      </button>
    </form>
  );
}
