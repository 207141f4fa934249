/**
 * The household form: people by age band, pets, needs that change the list, and the duration
 * (3 days by default, 7 one tap away, or any whole number 1–14). Errors sit at their fields;
 * nothing is saved until every field is valid.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { Notice } from '../../../components/notice';
import { saveHousehold } from '../db/supplies-repo';
import {
  toInput,
  validateHousehold,
  type CountField,
  type FieldError,
  type HouseholdField,
  type HouseholdInput,
} from '../domain/household';
import { NEEDS, type Household } from '../domain/types';
import { useActions } from './actions';

const PEOPLE: CountField[] = ['adults', 'adultsUnder40', 'children0to2', 'children3to12', 'children13to17', 'pregnantOrBreastfeeding'];
const PETS: CountField[] = ['dogs', 'cats', 'otherPets'];

interface Props {
  household: Household;
  onSaved?: () => void;
  /** Offer Undo after saving (when changing an existing household). */
  undoable?: boolean;
}

export function HouseholdForm({ household, onSaved, undoable = false }: Props) {
  const { t } = useTranslation('supplies');
  const { run } = useActions();
  const [input, setInput] = useState<HouseholdInput>(() => toInput(household));
  const [errors, setErrors] = useState<Partial<Record<HouseholdField, FieldError>>>({});
  const [status, setStatus] = useState<'idle' | 'invalid' | 'saved'>('idle');

  const message = (f: HouseholdField) => {
    const e = errors[f];
    return e ? t(`errors.${e.code}`, e.params ?? {}) : null;
  };
  const set = (f: HouseholdField, value: string) => {
    setInput((prev) => ({ ...prev, [f]: value }));
    setStatus('idle');
  };

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const result = validateHousehold(input);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus('invalid');
      return;
    }
    setErrors({});
    if (await run(() => saveHousehold(result.value), undoable ? 'changed' : undefined)) {
      setStatus('saved');
      onSaved?.();
    }
  };

  const countField = (f: CountField) => (
    <Field
      key={f}
      label={t(`household.${f}`)}
      hint={f === 'adultsUnder40' ? t('household.adultsUnder40Hint') : undefined}
      error={message(f)}
      name={f}
      inputMode="numeric"
      autoComplete="off"
      className="count-field"
      value={input[f]}
      onChange={(e) => set(f, e.target.value)}
    />
  );

  return (
    <form className="household-form no-print" onSubmit={(e) => void submit(e)} noValidate>
      <p>{t('household.intro')}</p>
      <fieldset>
        <legend>{t('household.people')}</legend>
        <div className="count-grid">{PEOPLE.map(countField)}</div>
      </fieldset>
      <fieldset>
        <legend>{t('household.pets')}</legend>
        <div className="count-grid">{PETS.map(countField)}</div>
      </fieldset>
      <fieldset>
        <legend>{t('household.needsTitle')}</legend>
        {NEEDS.map((n) => (
          <label key={n} className="check">
            <input
              type="checkbox"
              name={n}
              checked={input.needs[n]}
              onChange={(e) => {
                setInput((prev) => ({ ...prev, needs: { ...prev.needs, [n]: e.target.checked } }));
                setStatus('idle');
              }}
            />
            <span>{t(`household.needs.${n}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('household.duration')}</legend>
        <div className="button-row">
          {(['3', '7'] as const).map((d) => (
            <button
              key={d}
              type="button"
              className="button"
              aria-pressed={input.days.trim() === d}
              onClick={() => set('days', d)}
            >
              {t(d === '3' ? 'household.days3' : 'household.days7')}
            </button>
          ))}
        </div>
        <Field
          label={t('household.days')}
          hint={t('household.daysHint')}
          error={message('days')}
          name="days"
          inputMode="numeric"
          autoComplete="off"
          className="count-field"
          value={input.days}
          onChange={(e) => set('days', e.target.value)}
        />
      </fieldset>
      {status === 'invalid' ? (
        <Notice tone="error" role="alert">
          <p>{t('household.fixErrors')}</p>
        </Notice>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {t('household.save')}
        </button>
      </div>
      <p role="status" className="form-status">
        {status === 'saved' ? t('household.saved') : ''}
      </p>
    </form>
  );
}
