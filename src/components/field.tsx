/**
 * Form fields of the kit. `FieldShell` owns the wiring once: a visible label tied to the control
 * by id, the hint and the error tied to it by aria-describedby, aria-invalid while there is an
 * error, and the error announced (role="alert"). Field, SelectField and TextAreaField are the
 * shell around an input, a select and a textarea; another control can use the shell directly.
 */
import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';

/** What the shell hands its control: the id the label points at and the aria wiring. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface ShellProps {
  label: ReactNode;
  hint?: ReactNode;
  /** Shown at the field and announced; the control gets aria-invalid. */
  error?: string | null;
  /** Added to the wrapper's class (`field`). */
  className?: string;
}

/** The label, hint and error of one control; `children` renders the control with the wiring. */
export function FieldShell({ label, hint, error, className, children }: ShellProps & { children: (control: FieldControlProps) => ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error ? (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type FieldProps<E extends 'input' | 'select' | 'textarea'> = ShellProps & Omit<ComponentPropsWithRef<E>, 'id' | 'className'>;

/** A labelled input with its hint and error tied to it by aria-describedby. */
export function Field({ label, hint, error, className, ...input }: FieldProps<'input'>) {
  return <FieldShell {...{ label, hint, error, className }}>{(control) => <input {...control} {...input} />}</FieldShell>;
}

/** A labelled select of `options`, wired like Field. */
export function SelectField({ label, hint, error, className, options, ...select }: Omit<FieldProps<'select'>, 'children'> & { options: { value: string; label: string }[] }) {
  return (
    <FieldShell {...{ label, hint, error, className }}>
      {(control) => (
        <select {...control} {...select}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** A labelled textarea, wired like Field. */
export function TextAreaField({ label, hint, error, className, ...textarea }: FieldProps<'textarea'>) {
  return <FieldShell {...{ label, hint, error, className }}>{(control) => <textarea {...control} {...textarea} />}</FieldShell>;
}
