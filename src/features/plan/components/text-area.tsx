import { useId, type TextareaHTMLAttributes } from 'react';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string;
}

/** A labelled textarea, styled like the kit's Field. */
export function TextArea({ label, hint, ...rest }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <textarea id={id} rows={3} aria-describedby={hint ? `${id}-hint` : undefined} {...rest} />
    </div>
  );
}
