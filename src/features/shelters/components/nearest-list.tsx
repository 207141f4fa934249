import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice';
import { WALKING_KMH, walkingMinutes } from '../domain/geo';
import type { Origin } from '../domain/origin';
import { getShelters, type IndexedShelter } from '../db/shelters-repo';
import { nearestShelters, type Nearby } from '../domain/spatial-index';
import type { ShelterRow } from '../domain/types';
import type { IndexState } from '../hooks/shelter-index-store';
import type { ShelterSources } from '../hooks/use-shelter-sources';
import { useFormat } from './format';

/** Far beyond any walk: the data probably does not cover where the person is. */
const FAR_M = 15_000;

export function sourceLabel(row: ShelterRow, sources: ShelterSources | undefined): string {
  if (row.sourceIndex !== undefined) {
    const s = sources?.pack?.sources[row.sourceIndex];
    if (s) return s.attribution ?? s.title;
  }
  return sources?.imports.find((i) => i.id === row.sourceId)?.name ?? row.sourceId;
}

interface Props {
  origin: Origin | null;
  index: IndexState;
  sources: ShelterSources | undefined;
  onShowOnMap?: (row: ShelterRow) => void;
}

export function NearestList({ origin, index, sources, onShowOnMap }: Props) {
  const { t } = useTranslation('shelters');
  const fmt = useFormat();
  const id = useId();
  const nearest: Nearby<IndexedShelter>[] = useMemo(
    () => (origin && index.status === 'ready' && index.index ? nearestShelters(index.index, origin, 10) : []),
    [origin, index],
  );
  // The index holds positions only; the ten rows come from IndexedDB by id.
  const key = nearest.map((n) => n.item.id).join('|');
  const rows = useLiveQuery(() => getShelters(nearest.map((n) => n.item.id)), [key]);
  const near: Nearby<ShelterRow>[] = useMemo(() => {
    const byId = new Map((rows ?? []).map((r) => [r.id, r]));
    return nearest.flatMap((n) => {
      const item = byId.get(n.item.id);
      return item ? [{ ...n, item }] : [];
    });
  }, [nearest, rows]);
  let body;
  if (index.status === 'error') body = <Notice tone="error" role="alert">{t('list.error', { message: index.error })}</Notice>;
  else if (index.status === 'loading') body = <p role="status">{t('list.loading')}</p>;
  else if (!index.index || index.index.items.length === 0) body = <Notice role="status">{t('list.empty')}</Notice>;
  else if (!origin) body = <p>{t('list.choose')}</p>;
  else
    body = (
      <>
        {near[0] && near[0].meters > FAR_M ? <Notice tone="warning" role="status">{t('list.farAway')}</Notice> : null}
        <ol className="shelter-list" data-testid="nearest-list">
          {near.map((n, i) => (
            <li key={n.item.id} className="shelter-item" data-shelter-id={n.item.id} data-meters={Math.round(n.meters)}>
              <h3>
                <span className="shelter-rank">{t('list.rank', { rank: i + 1 })}</span> {n.item.address ?? n.item.name ?? t('list.noAddress')}
              </h3>
              <p className="shelter-distance">
                <strong>{t('list.distance', { distance: fmt.distance(n.meters), direction: t(`compass.${n.compass}`) })}</strong>
                {' · '}
                {t('list.walk', { minutes: walkingMinutes(n.meters) })}
              </p>
              <p>
                {t('list.capacity', { count: n.item.capacity })}
                {' · '}
                <span className="shelter-source">{t('list.source', { source: sourceLabel(n.item, sources) })}</span>
              </p>
              {n.item.address ? null : <p className="shelter-position">{t('list.position', { lat: fmt.coord(n.item.lat), lon: fmt.coord(n.item.lon) })}</p>}
              {onShowOnMap ? (
                <button type="button" className="button" onClick={() => onShowOnMap(n.item)}>
                  {t('list.showOnMap')}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
        <p className="shelter-pace">{t('list.pace', { pace: WALKING_KMH })}</p>
      </>
    );
  return (
    <section aria-labelledby={`${id}-h`} className="nearest">
      <h2 id={`${id}-h`}>{t('list.title')}</h2>
      {body}
      <p className="shelter-coverage">{t('list.coverage')}</p>
    </section>
  );
}
