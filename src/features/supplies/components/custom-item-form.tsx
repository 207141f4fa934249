/**
 * Adds (or edits) an item of the user's own: name, category, unit and how many are needed.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, SelectField } from '../../../components/field';
import { addCustomItem, updateCustomItem } from '../db/supplies-repo';
import { validateCustomItem, type CustomItemInput, type StockError } from '../domain/stock';
import { CATEGORIES, UNITS, type CustomItem } from '../domain/types';
import { useActions } from './actions';

const EMPTY: CustomItemInput = { name: '', category: 'other', unit: 'piece', need: '1' };

export function CustomItemForm({ item, onDone }: { item?: CustomItem; onDone?: () => void }) {
  const { t } = useTranslation('supplies');
  const { run } = useActions();
  const [input, setInput] = useState<CustomItemInput>(
    item ? { name: item.name, category: item.category, unit: item.unit, need: String(item.need) } : EMPTY,
  );
  const [errors, setErrors] = useState<Partial<Record<keyof CustomItemInput, StockError>>>({});
  const [added, setAdded] = useState(false);
  const msg = (k: keyof CustomItemInput) => (errors[k] ? t(`errors.${errors[k]!.code}`, errors[k]!.params ?? {}) : null);

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const r = validateCustomItem(input);
    if (!r.ok) {
      setErrors(r.errors);
      setAdded(false);
      return;
    }
    setErrors({});
    const ok = item ? await run(() => updateCustomItem(item.id, r.value), 'changed') : await run(() => addCustomItem(r.value));
    if (!ok) return;
    if (!item) {
      setInput(EMPTY);
      setAdded(true);
    }
    onDone?.();
  };

  return (
    <form className="custom-form no-print" onSubmit={(e) => void submit(e)} noValidate aria-label={item ? t('custom.edit') : t('custom.title')}>
      <Field label={t('custom.name')} name="name" autoComplete="off" value={input.name} error={msg('name')} onChange={(e) => setInput({ ...input, name: e.target.value })} />
      <div className="count-grid">
        <SelectField
          label={t('custom.category')}
          value={input.category}
          error={msg('category')}
          onChange={(e) => setInput({ ...input, category: e.target.value })}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
        />
        <SelectField
          label={t('custom.unit')}
          value={input.unit}
          error={msg('unit')}
          onChange={(e) => setInput({ ...input, unit: e.target.value })}
          options={UNITS.map((u) => ({ value: u, label: t(`units.${u}.other`) }))}
        />
        <Field label={t('custom.need')} name="need" inputMode="decimal" autoComplete="off" value={input.need} error={msg('need')} onChange={(e) => setInput({ ...input, need: e.target.value })} />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {item ? t('custom.save') : t('custom.add')}
        </button>
        {item ? (
          <button type="button" className="button" onClick={onDone}>
            {t('batch.cancel')}
          </button>
        ) : null}
      </div>
      {!item ? (
        <p role="status" className="form-status">
          {added ? t('custom.added') : ''}
        </p>
      ) : null}
    </form>
  );
}
