/**
 * Records (or edits) one batch of an item: a quantity and an optional best-before date.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { addBatch, updateBatch } from '../db/supplies-repo';
import { validateBatch, type BatchInput, type StockError } from '../domain/stock';
import type { Batch, Unit } from '../domain/types';
import { useActions } from './actions';

interface Props {
  itemId: string;
  itemName: string;
  unit: Unit;
  /** The batch being edited, if any. */
  batch?: Batch;
  onDone: () => void;
}

export function BatchForm({ itemId, itemName, unit, batch, onDone }: Props) {
  const { t } = useTranslation('supplies');
  const { run } = useActions();
  const first = useRef<HTMLFormElement>(null);
  const [input, setInput] = useState<BatchInput>({
    quantity: batch ? String(batch.quantity) : '',
    bestBefore: batch?.bestBefore ?? '',
    note: batch?.note ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<keyof BatchInput, StockError>>>({});

  useEffect(() => {
    first.current?.querySelector('input')?.focus();
  }, []);

  const msg = (f: keyof BatchInput) => (errors[f] ? t(`errors.${errors[f]!.code}`, errors[f]!.params ?? {}) : null);

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const r = validateBatch(input);
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    setErrors({});
    const ok = batch
      ? await run(() => updateBatch(batch.id, r.value), 'changed')
      : await run(() => addBatch(itemId, r.value));
    if (ok) onDone();
  };

  return (
    <form ref={first} className="batch-form no-print" onSubmit={(e) => void submit(e)} noValidate aria-label={t('batch.title', { item: itemName })}>
      <div className="count-grid">
        <Field
          label={t('batch.quantity', { unit: t(`units.${unit}.other`) })}
          name="quantity"
          inputMode="decimal"
          autoComplete="off"
          value={input.quantity}
          error={msg('quantity')}
          onChange={(e) => setInput({ ...input, quantity: e.target.value })}
        />
        <Field
          label={t('batch.bestBefore')}
          hint={t('batch.bestBeforeHint')}
          name="bestBefore"
          type="date"
          value={input.bestBefore}
          error={msg('bestBefore')}
          onChange={(e) => setInput({ ...input, bestBefore: e.target.value })}
        />
      </div>
      <Field
        label={t('batch.note')}
        name="note"
        autoComplete="off"
        value={input.note}
        error={msg('note')}
        onChange={(e) => setInput({ ...input, note: e.target.value })}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {batch ? t('batch.save') : t('batch.add')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('batch.cancel')}
        </button>
      </div>
    </form>
  );
}
