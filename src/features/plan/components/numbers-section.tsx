import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { sourceFor } from '../domain/important-numbers';
import { newId, type ImportantNumber } from '../domain/plan-model';

interface Props {
  numbers: ImportantNumber[];
  onChange: (numbers: ImportantNumber[]) => void;
  errorFor: (index: number) => string | null;
}

const NATIONAL = ['emergency', 'police', 'medical', 'poison'];

export function NumbersSection({ numbers, onChange, errorFor }: Props) {
  const { t, i18n } = useTranslation('plan');
  const update = (i: number, patch: Partial<ImportantNumber>) => onChange(numbers.map((n, j) => (j === i ? { ...n, ...patch } : n)));
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso));
  return (
    <section className="card plan-section" aria-labelledby="plan-numbers-title">
      <h2 id="plan-numbers-title">{t('numbers.title')}</h2>
      <p>{t('numbers.hint')}</p>
      {numbers.map((n, i) => {
        const kindName = t(`numbers.kinds.${n.kind}`);
        const source = sourceFor(n.kind, n.number);
        return (
          <fieldset key={n.id} className="plan-entry plan-number">
            <legend>{n.label && !NATIONAL.includes(n.kind) ? `${kindName}: ${n.label}` : kindName}</legend>
            {!NATIONAL.includes(n.kind) ? (
              <Field label={t('numbers.label')} value={n.label} maxLength={200} autoComplete="off" onChange={(e) => update(i, { label: e.target.value })} />
            ) : null}
            <Field
              label={t('numbers.number')}
              type="tel"
              inputMode="tel"
              autoComplete="off"
              maxLength={25}
              value={n.number}
              error={errorFor(i)}
              onChange={(e) => update(i, { number: e.target.value })}
            />
            {n.kind === 'medical' ? <p className="field-hint">{t('numbers.medicalNote')}</p> : null}
            {source ? (
              <p className="plan-source">
                <a href={source.url} rel="noopener noreferrer">
                  {t('numbers.source', { title: source.title, date: date(source.checked) })}
                </a>
              </p>
            ) : null}
            <button type="button" className="button" onClick={() => onChange(numbers.filter((_, j) => j !== i))}>
              {t('remove', { what: kindName })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button" onClick={() => onChange([...numbers, { id: newId('p'), kind: 'other', label: '', number: '' }])}>
        + {t('numbers.add')}
      </button>
    </section>
  );
}
