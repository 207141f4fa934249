/**
 * /supplies: the household, the list (have / need / status, days covered, what runs out first),
 * batches with best-before dates, custom items, expiry with the .ics export, and the shopping
 * list (printable, copyable). Everything is stored in IndexedDB through the supplies repository.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { useDbStatus } from '../../lib/db/db-status';
import { ActionsProvider, useActions } from './components/actions';
import { CustomItemForm } from './components/custom-item-form';
import { ExpirySection } from './components/expiry-section';
import { HouseholdForm } from './components/household-form';
import { ShoppingList } from './components/shopping-list';
import { SummaryCard } from './components/summary-card';
import { SupplyLine } from './components/supply-line';
import { useFormat } from './components/use-format';
import { setItemHidden } from './db/supplies-repo';
import { usePackSources, useSupplies, type SuppliesState } from './hooks/use-supplies';
import { defaultHousehold } from './domain/household';
import type { Batch } from './domain/types';
import './supplies.css';

export default function SuppliesPage() {
  const { t } = useTranslation('supplies');
  const state = useSupplies();
  const dbStatus = useDbStatus();
  return (
    <Page title={t('title')} lead={t('lead')} className="supplies">
      <ActionsProvider>
        {state ? (
          <SuppliesContent state={state} />
        ) : dbStatus.state === 'unavailable' ? (
          <Notice tone="warning">
            <p>{t('unavailable')}</p>
          </Notice>
        ) : (
          <p className="loading" role="status">
            {t('loading')}
          </p>
        )}
      </ActionsProvider>
    </Page>
  );
}

function byDate(a: Batch, b: Batch): number {
  return (a.bestBefore ?? '9999').localeCompare(b.bestBefore ?? '9999') || a.createdAt.localeCompare(b.createdAt);
}

function SuppliesContent({ state }: { state: SuppliesState }) {
  const { t } = useTranslation('supplies');
  const f = useFormat();
  const { run } = useActions();
  const { household, list, catalogue, batches, customItems, today } = state;
  const [justCreated, setJustCreated] = useState(false);
  const batchesOf = (id: string) => batches.filter((b) => b.itemId === id).sort(byDate);

  return (
    <>
      {catalogue.length === 0 ? (
        <Notice tone="warning">
          <p>{t('noCatalogue')}</p>
        </Notice>
      ) : null}
      {!household || !list ? (
        <section className="card" aria-labelledby="supplies-household">
          <h2 id="supplies-household">{t('household.title')}</h2>
          <HouseholdForm household={defaultHousehold()} onSaved={() => setJustCreated(true)} />
        </section>
      ) : (
        <>
          <SummaryCard list={list} household={household} focus={justCreated} />
          <details className="card no-print household-details">
            <summary>{t('household.edit')}</summary>
            <HouseholdForm key={household.updatedAt} household={household} undoable />
          </details>
          <section aria-labelledby="supplies-list" className="supply-list">
            <h2 id="supplies-list">{t('list.title')}</h2>
            {list.categories.map((c) => (
              <section key={c.category} className="category" aria-labelledby={`cat-${c.category}`}>
                <h3 id={`cat-${c.category}`}>
                  {f.category(c.category)}{' '}
                  <span className="category-progress">
                    {t('list.categoryProgress', { percent: f.percent(c.progress) })}
                    {c.daysCovered !== null ? ` · ${t('list.daysCovered', { days: f.days(c.daysCovered) })}` : ''}
                  </span>
                </h3>
                <ul className="supply-lines">
                  {c.lines.map((line) => (
                    <SupplyLine key={line.id} line={line} batches={batchesOf(line.id)} today={today} />
                  ))}
                </ul>
              </section>
            ))}
            {list.hidden.length > 0 ? (
              <details className="no-print hidden-items">
                <summary>{t('list.hiddenTitle')}</summary>
                <ul>
                  {list.hidden.map((item) => (
                    <li key={item.id}>
                      {f.itemName(item)}{' '}
                      <button type="button" className="button" onClick={() => void run(() => setItemHidden(item.id, false))} aria-label={`${t('list.show')}: ${f.itemName(item)}`}>
                        {t('list.show')}
                      </button>
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </section>
          <section className="card no-print" aria-labelledby="supplies-custom">
            <h2 id="supplies-custom">{t('custom.title')}</h2>
            <p>{t('custom.intro')}</p>
            <CustomItemForm />
          </section>
          <ExpirySection batches={batches} catalogue={catalogue} customItems={customItems} today={today} />
          <ShoppingList list={list} />
          <Sources />
        </>
      )}
    </>
  );
}


function Sources() {
  const { t } = useTranslation('supplies');
  const f = useFormat();
  const pack = usePackSources();
  if (!pack) return null;
  return (
    <section className="card sources" aria-labelledby="supplies-sources">
      <h2 id="supplies-sources">{t('sources.title')}</h2>
      <p>{t('sources.intro')}</p>
      <ul>
        {pack.sources.map((s) => (
          <li key={s.url ?? s.title}>
            {s.url ? (
              <a href={s.url} rel="noopener noreferrer" target="_blank">
                {s.title}
              </a>
            ) : (
              s.title
            )}
          </li>
        ))}
      </ul>
      <p>{t('sources.checked', { date: f.date(pack.date) })}</p>
    </section>
  );
}
