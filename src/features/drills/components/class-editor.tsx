import { useTranslation } from 'react-i18next';
import { Field, SelectField, TextAreaField } from '../../../components/field';
import type { AssemblyPoint, SchoolClass } from '../domain/types';

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
      <SelectField
        label={t('setup.classPoint')}
        value={cls.assemblyPointId ?? ''}
        onChange={(e) => onChange({ assemblyPointId: e.target.value || undefined })}
        options={[{ value: '', label: t('setup.noPoint') }, ...points.map((p, i) => ({ value: p.id, label: p.name || t('setup.pointName', { n: i + 1 }) }))]}
      />
      <TextAreaField label={t('setup.names')} hint={t('setup.namesHint')} value={namesText} onChange={(e) => onNamesChange(e.target.value)} autoComplete="off" spellCheck={false} />
      <button type="button" className="button button-danger" onClick={onRemove}>
        {t('setup.removeClass', { n })}
      </button>
    </fieldset>
  );
}
