/**
 * One editable list of the plan (members, contacts, children, neighbours): a fieldset per
 * entry with a remove button, and an add button that moves focus to the new entry.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, TextAreaField } from '../../../components/field';
import { newId } from '../domain/plan-model';

export interface FieldSpec<T> {
  key: keyof T & string;
  label: string;
  hint?: string;
  type?: 'text' | 'tel' | 'textarea' | 'checkbox';
  autoComplete?: string;
}

interface Props<T extends { id: string }> {
  id: string;
  title: string;
  hint?: string;
  itemLabel: (n: number) => string;
  addLabel: string;
  rows: T[];
  fields: FieldSpec<T>[];
  blank: () => Omit<T, 'id'>;
  onChange: (rows: T[]) => void;
  /** Error for a field of row i, if any. */
  errorFor?: (index: number, key: string) => string | null;
}

export function ListSection<T extends { id: string }>(props: Props<T>) {
  const { t } = useTranslation('plan');
  const { rows, onChange } = props;
  const focusNew = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNew.current) return;
    document.getElementById(`${focusNew.current}-first`)?.querySelector<HTMLElement>('input, textarea')?.focus();
    focusNew.current = null;
  }, [rows]);
  const update = (i: number, patch: Partial<T>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <section className="card plan-section" aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.hint ? <p>{props.hint}</p> : null}
      {rows.map((row, i) => (
        <fieldset key={row.id} className="plan-entry">
          <legend>{props.itemLabel(i + 1)}</legend>
          {props.fields.map((f, fi) => {
            const value = row[f.key] as unknown;
            const wrapId = fi === 0 ? `${row.id}-first` : undefined;
            if (f.type === 'checkbox') {
              return (
                <div key={f.key} className="plan-check" id={wrapId}>
                  <label>
                    <input type="checkbox" checked={value === true} onChange={(e) => update(i, { [f.key]: e.target.checked } as Partial<T>)} />{' '}
                    {f.label}
                  </label>
                </div>
              );
            }
            if (f.type === 'textarea') {
              return (
                <div key={f.key} id={wrapId}>
                  <TextAreaField rows={3} label={f.label} hint={f.hint} value={String(value ?? '')} maxLength={1000} onChange={(e) => update(i, { [f.key]: e.target.value } as Partial<T>)} />
                </div>
              );
            }
            return (
              <div key={f.key} id={wrapId}>
                <Field
                  label={f.label}
                  hint={f.hint}
                  type={f.type ?? 'text'}
                  inputMode={f.type === 'tel' ? 'tel' : undefined}
                  autoComplete={f.autoComplete ?? 'off'}
                  value={String(value ?? '')}
                  maxLength={f.type === 'tel' ? 25 : 200}
                  error={props.errorFor?.(i, f.key) ?? null}
                  onChange={(e) => update(i, { [f.key]: e.target.value } as Partial<T>)}
                />
              </div>
            );
          })}
          <button type="button" className="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            {t('remove', { what: props.itemLabel(i + 1) })}
          </button>
        </fieldset>
      ))}
      {rows.length < 30 ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            const id = newId();
            focusNew.current = id;
            onChange([...rows, { ...props.blank(), id } as T]);
          }}
        >
          + {props.addLabel}
        </button>
      ) : null}
    </section>
  );
}
