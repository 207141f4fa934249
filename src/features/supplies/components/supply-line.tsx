/**
 * One line of the list: have / need, status, days covered, the batches with their best-before
 * dates (edit, delete with undo), and the source of the advice.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteBatch, deleteCustomItem, setItemHidden } from '../db/supplies-repo';
import { expiryStatus } from '../domain/expiry';
import type { ListLine } from '../domain/supply-list';
import type { Batch } from '../domain/types';
import { useActions } from './actions';
import { BatchForm } from './batch-form';
import { CustomItemForm } from './custom-item-form';
import { useFormat } from './use-format';

interface Props {
  line: ListLine;
  batches: Batch[];
  today: string;
}

export function SupplyLine({ line, batches, today }: Props) {
  const { t } = useTranslation('supplies');
  const f = useFormat();
  const { run } = useActions();
  const [editing, setEditing] = useState<'new' | string | null>(null);
  const [editingItem, setEditingItem] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const wasAdding = useRef(false);
  useEffect(() => {
    // Back to the "Add stock" button when its form closes, so keyboard users keep their place.
    if (wasAdding.current && editing === null) addButton.current?.focus();
    wasAdding.current = editing === 'new';
  }, [editing]);
  const name = f.lineName(line);
  const item = line.item;

  return (
    <li className={`supply-line status-${line.status}`} data-item={line.id}>
      <div className="supply-head">
        <h4>{name}</h4>
        <span className={`badge badge-${line.status}`}>{t(`status.${line.status}`)}</span>
      </div>
      <p className="supply-figures">
        <span>{t('list.haveOfNeed', { have: f.number(line.have), need: f.number(line.need), unit: f.unit(line.unit, line.need) })}</span>
        {line.daysCovered !== null ? <span> · {t('list.daysCovered', { days: f.days(line.daysCovered) })}</span> : null}
      </p>
      <progress max={1} value={line.progress} aria-label={`${name}: ${t('list.categoryProgress', { percent: f.percent(line.progress) })}`} />
      {line.expired > 0 ? <p className="supply-expired">{t('list.expiredNotCounted', { amount: f.number(line.expired), unit: f.unit(line.unit, line.expired) })}</p> : null}
      {item?.hint ? <p className="supply-hint">{item.hint[f.lang]}</p> : null}
      {item?.shelfLifeMonths ? <p className="supply-hint">{t('list.shelfLife', { months: f.number(item.shelfLifeMonths) })}</p> : null}
      {line.kind === 'custom' ? <p className="supply-hint">{t('list.custom')}</p> : null}
      {batches.length > 0 ? (
        <ul className="batches">
          {batches.map((b) =>
            editing === b.id ? (
              <li key={b.id}>
                <BatchForm itemId={line.id} itemName={name} unit={line.unit} batch={b} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <BatchRow key={b.id} batch={b} unit={f.unit(line.unit, b.quantity)} today={today} name={name} onEdit={() => setEditing(b.id)} onDelete={() => void run(() => deleteBatch(b.id), 'deleted')} />
            ),
          )}
        </ul>
      ) : null}
      {editing === 'new' ? <BatchForm itemId={line.id} itemName={name} unit={line.unit} onDone={() => setEditing(null)} /> : null}
      {editingItem && line.custom ? <CustomItemForm item={line.custom} onDone={() => setEditingItem(false)} /> : null}
      <div className="button-row no-print">
        {editing !== 'new' ? (
          <button ref={addButton} type="button" className="button" onClick={() => setEditing('new')} aria-label={`${t('list.addStock')}: ${name}`}>
            {t('list.addStock')}
          </button>
        ) : null}
        {item ? (
          <button type="button" className="button" onClick={() => void run(() => setItemHidden(item.id, true), 'hidden')} aria-label={`${t('list.hide')}: ${name}`}>
            {t('list.hide')}
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={() => setEditingItem(true)} aria-label={`${t('custom.edit')}: ${name}`}>
              {t('custom.edit')}
            </button>
            <button type="button" className="button button-danger" onClick={() => void run(() => deleteCustomItem(line.id), 'deleted')} aria-label={`${t('custom.delete')}: ${name}`}>
              {t('custom.delete')}
            </button>
          </>
        )}
      </div>
      {item ? (
        <details className="supply-source">
          <summary>{t('list.source')}</summary>
          <a href={f.lang === 'da' ? item.source.url : (item.source.urlEn ?? item.source.url)} rel="noopener noreferrer" target="_blank">
            {item.source.publisher}, {item.source.title}
          </a>{' '}
          ({t('list.checked', { date: f.date(item.source.checked) })}). {t(`list.basis.${item.source.basis}`)}
          {item.source.note ? ` ${item.source.note[f.lang]}` : ''}
        </details>
      ) : null}
    </li>
  );
}

interface RowProps {
  batch: Batch;
  unit: string;
  name: string;
  today: string;
  onEdit: () => void;
  onDelete: () => void;
}

function BatchRow({ batch, unit, name, today, onEdit, onDelete }: RowProps) {
  const { t } = useTranslation('supplies');
  const f = useFormat();
  const status = expiryStatus(batch.bestBefore, today);
  const label = `${name}, ${f.number(batch.quantity)} ${unit}`;
  return (
    <li className={`batch batch-${status}`}>
      <span>
        {f.number(batch.quantity)} {unit} · {batch.bestBefore ? t('batch.bestBeforeOn', { date: f.date(batch.bestBefore) }) : t('batch.noDate')}
        {status === 'expired' || status === 'soon' ? <strong className={`badge badge-${status}`}> {t(`batch.${status}`)}</strong> : null}
        {batch.note ? <span className="batch-note"> · {batch.note}</span> : null}
      </span>
      <span className="batch-actions no-print">
        <button type="button" className="button" onClick={onEdit} aria-label={`${t('batch.edit')}: ${label}`}>
          {t('batch.edit')}
        </button>
        <button type="button" className="button button-danger" onClick={onDelete} aria-label={`${t('batch.delete')}: ${label}`}>
          {t('batch.delete')}
        </button>
      </span>
    </li>
  );
}
