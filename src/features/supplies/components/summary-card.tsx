/** Overview: days covered, what runs out first (and how much to buy), overall progress. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { peopleCount, petCount } from '../domain/household';
import { floorTenth, type SupplyList } from '../domain/supply-list';
import type { Household } from '../domain/types';
import { useFormat } from './use-format';

export function SummaryCard({ list, household, focus = false }: { list: SupplyList; household: Household; focus?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // After the first save the form is gone: put focus on the result instead of losing it.
    if (focus) heading.current?.focus();
  }, [focus]);
  const { t } = useTranslation('supplies');
  const f = useFormat();
  const target = f.number(list.days);
  const lim = list.limiting;
  return (
    <section className="card summary" aria-labelledby="supplies-summary">
      <h2 id="supplies-summary" ref={heading} tabIndex={-1}>{t('summary.title')}</h2>
      <p>{t('summary.forHousehold', { people: peopleCount(household), pets: petCount(household), days: list.days })}</p>
      {list.daysCovered !== null ? (
        <p className="summary-days">{t('summary.days', { days: f.days(list.daysCovered), target })}</p>
      ) : null}
      {lim ? (
        <p className="summary-first" data-testid="runs-out-first">
          {lim.missing > 0
            ? t('summary.runsOutFirst', { item: f.lineName(lim), amount: f.number(lim.missing), unit: f.unit(lim.unit, lim.missing) })
            : t('summary.lastsLongest', { item: f.lineName(lim), days: f.number(floorTenth(lim.daysCovered!)), target })}
        </p>
      ) : (
        <p>{t('summary.nothingDaily')}</p>
      )}
      <p>{t('summary.progress', { percent: f.percent(list.progress) })}</p>
      <progress max={1} value={list.progress} aria-label={t('summary.progress', { percent: f.percent(list.progress) })} />
    </section>
  );
}
