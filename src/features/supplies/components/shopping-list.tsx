/** The shopping list: what is missing, printable and copyable as plain text. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shoppingGroups, shoppingListText } from '../domain/shopping-list';
import type { SupplyList } from '../domain/supply-list';
import { useFormat } from './use-format';

export function ShoppingList({ list }: { list: SupplyList }) {
  const { t } = useTranslation('supplies');
  const f = useFormat();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const groups = shoppingGroups(list);
  const text = shoppingListText(list, {
    title: t('shopping.heading', { days: list.days }),
    empty: t('shopping.empty'),
    category: f.category,
    name: f.lineName,
    unit: f.unit,
    number: f.number,
  });

  const doCopy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <section className="card shopping" aria-labelledby="supplies-shopping">
      <h2 id="supplies-shopping">{t('shopping.title')}</h2>
      <p>{t('shopping.intro', { days: list.days })}</p>
      {groups.length === 0 ? <p>{t('shopping.empty')}</p> : null}
      {groups.map((g) => (
        <div key={g.category}>
          <h3>{f.category(g.category)}</h3>
          <ul className="shopping-list">
            {g.lines.map((l) => (
              <li key={l.id}>
                {f.lineName(l)}: <strong>{f.number(l.missing)} {f.unit(l.unit, l.missing)}</strong>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <div className="button-row no-print">
        <button type="button" className="button" onClick={() => void doCopy()}>
          {t('shopping.copy')}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('shopping.print')}
        </button>
      </div>
      <p role="status" className="form-status no-print">
        {copy === 'copied' ? t('shopping.copied') : copy === 'failed' ? t('shopping.copyFailed') : ''}
      </p>
      <details className="no-print" open={copy === 'failed'}>
        <summary>{t('shopping.textLabel')}</summary>
        <label className="visually-hidden" htmlFor="shopping-text">
          {t('shopping.textLabel')}
        </label>
        <textarea id="shopping-text" readOnly rows={Math.min(20, text.split('\n').length + 1)} value={text} />
      </details>
    </section>
  );
}
