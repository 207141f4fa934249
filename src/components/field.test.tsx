import { cleanup, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Field, FieldShell, SelectField, TextAreaField } from './field';

afterEach(cleanup);

/** The texts of the elements an element's aria-describedby points at, in order. */
function describedBy(el: HTMLElement): string[] {
  const ids = el.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? `missing #${id}`);
}

const OPTIONS = [
  { value: 'water', label: 'Vand' },
  { value: 'food', label: 'Mad' },
];

const kinds = [
  ['Field', (p: { hint?: string; error?: string | null }) => <Field label="Navn" {...p} />, 'INPUT'],
  ['SelectField', (p: { hint?: string; error?: string | null }) => <SelectField label="Navn" options={OPTIONS} {...p} />, 'SELECT'],
  ['TextAreaField', (p: { hint?: string; error?: string | null }) => <TextAreaField label="Navn" {...p} />, 'TEXTAREA'],
] as const;

describe.each(kinds)('%s', (_name, make, tag) => {
  it('the visible label names the control; no hint or error: nothing described, not invalid', () => {
    render(make({}));
    const control = screen.getByLabelText('Navn');
    expect(control.tagName).toBe(tag);
    expect(control.id).not.toBe('');
    expect([...document.querySelectorAll('label')].filter((l) => l.htmlFor === control.id).map((l) => l.textContent)).toEqual(['Navn']);
    expect(control.hasAttribute('aria-describedby')).toBe(false);
    expect(control.hasAttribute('aria-invalid')).toBe(false);
    expect(control.closest('.field')?.className).toBe('field');
  });

  it('a hint describes the control', () => {
    render(make({ hint: 'Som i passet' }));
    const control = screen.getByLabelText('Navn');
    expect(describedBy(control)).toEqual(['Som i passet']);
    expect(control.hasAttribute('aria-invalid')).toBe(false);
  });

  it('an error marks the control invalid, is announced and describes it after the hint', () => {
    render(make({ hint: 'Som i passet', error: 'Skriv et navn.' }));
    const control = screen.getByLabelText('Navn');
    expect(control.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(control)).toEqual(['Som i passet', 'Skriv et navn.']);
    expect(screen.getByRole('alert').textContent).toBe('Skriv et navn.');
    expect(control.closest('.field')?.classList.contains('field-invalid')).toBe(true);
  });

  it('an error without a hint is the only description; a null error is none', () => {
    const { rerender } = render(make({ error: 'Skriv et navn.' }));
    expect(describedBy(screen.getByLabelText('Navn'))).toEqual(['Skriv et navn.']);
    rerender(make({ error: null }));
    const control = screen.getByLabelText('Navn');
    expect(control.hasAttribute('aria-describedby')).toBe(false);
    expect(control.hasAttribute('aria-invalid')).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the kit fields', () => {
  it('two fields on a page get distinct ids, each label names its own control', () => {
    render(
      <>
        <Field label="Voksne" error="For mange." />
        <Field label="Børn" hint="3–12 år" />
      </>,
    );
    const adults = screen.getByLabelText('Voksne');
    const children = screen.getByLabelText('Børn');
    expect(adults.id).not.toBe(children.id);
    expect(describedBy(adults)).toEqual(['For mange.']);
    expect(describedBy(children)).toEqual(['3–12 år']);
  });

  it('control props reach the control, className the wrapper, a ref the element', () => {
    const ref = createRef<HTMLInputElement>();
    render(<Field ref={ref} label="Søg" className="wide" type="search" value="8000" readOnly />);
    const input = screen.getByLabelText('Søg') as HTMLInputElement;
    expect(ref.current).toBe(input);
    expect(input.type).toBe('search');
    expect(input.value).toBe('8000');
    expect(input.className).toBe('');
    expect(input.closest('.field')?.className).toBe('field wide');
  });

  it('SelectField lists its options with the chosen value', () => {
    render(<SelectField label="Kategori" options={OPTIONS} value="food" onChange={() => {}} />);
    const select = screen.getByLabelText('Kategori') as HTMLSelectElement;
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['water', 'Vand'],
      ['food', 'Mad'],
    ]);
    expect(select.value).toBe('food');
  });

  it('FieldShell wires any control the same way', () => {
    render(
      <FieldShell label="Fil" hint="GeoJSON eller CSV" error="Kan ikke læses.">
        {(control) => <output {...control} />}
      </FieldShell>,
    );
    const label = screen.getByText('Fil');
    const control = document.getElementById(label.getAttribute('for')!)!;
    expect(control.tagName).toBe('OUTPUT');
    expect(control.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(control)).toEqual(['GeoJSON eller CSV', 'Kan ikke læses.']);
  });
});
