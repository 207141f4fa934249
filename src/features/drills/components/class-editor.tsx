import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import type { AssemblyPoint, SchoolClass } from '../domain/types';
import { useId } from 'react';

interface Props {
  index: number;
  cls: SchoolClass;
  namesText: string;
  points: AssemblyPoint[];
  errors: { name?: string; size?: string };
  onChange(patch: Partial<SchoolClass>): void;
  onNamesChange(text: string): void;
  onRemove(): void;
}

/** One class in the set-up: name, size, responsible adult, assembly point, optional names. */
export function ClassEditor({ index, cls, namesText, points, errors, onChange, onNamesChange, onRemove }: Props) {
  const { t } = useTranslation('drills');
  const id = useId();
  const n = index + 1;
  return (
    <fieldset className="class-editor">
      <legend>{t('setup.classLegend', { n })}</legend>
      <Field label={t('setup.className')} value={cls.name} error={errors.name} onChange={(e) => onChange({ name: e.target.value })} autoComplete="off" />
      <Field
        label={t('setup.classSize')}
        type="number"
        inputMode="numeric"
        min={1}
        max={500}
        value={Number.isFinite(cls.size) ? cls.size : ''}
        error={errors.size}
        onChange={(e) => onChange({ size: e.target.value === '' ? NaN : Number(e.target.value) })}
      />
      <Field label={t('setup.classAdult')} value={cls.adult} onChange={(e) => onChange({ adult: e.target.value })} autoComplete="off" />
      <div className="field">
        <label htmlFor={`${id}-point`}>{t('setup.classPoint')}</label>
        <select id={`${id}-point`} value={cls.assemblyPointId ?? ''} onChange={(e) => onChange({ assemblyPointId: e.target.value || undefined })}>
          <option value="">{t('setup.noPoint')}</option>
          {points.map((p, i) => (
            <option key={p.id} value={p.id}>
              {p.name || t('setup.pointName', { n: i + 1 })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-names`}>{t('setup.names')}</label>
        <p className="field-hint" id={`${id}-names-hint`}>
          {t('setup.namesHint')}
        </p>
        <textarea id={`${id}-names`} aria-describedby={`${id}-names-hint`} value={namesText} onChange={(e) => onNamesChange(e.target.value)} autoComplete="off" spellCheck={false} />
      </div>
      <button type="button" className="button button-danger" onClick={onRemove}>
        {t('setup.removeClass', { n })}
      </button>
    </fieldset>
  );
}
