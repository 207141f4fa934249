import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { Notice } from '../../../components/notice';
import type { Origin } from '../domain/origin';
import { searchPlaces } from '../domain/places';
import { useGeolocation } from '../hooks/use-geolocation';
import { usePlaces } from '../hooks/use-places';
import { useFormat } from './format';

/** Device position (explained before asking), or an offline place search. */
export function WhereAmI({ origin, onOrigin }: { origin: Origin | null; onOrigin: (o: Origin) => void }) {
  const { t } = useTranslation('shelters');
  const fmt = useFormat();
  const { status, locate } = useGeolocation((fix) => onOrigin({ ...fix, kind: 'device' }));
  const places = usePlaces();
  const [query, setQuery] = useState('');
  const hits = useMemo(() => (places && query.trim() ? searchPlaces(places.places, query, 8) : []), [places, query]);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);

  const current =
    origin?.kind === 'device'
      ? t('where.myPosition', { accuracy: fmt.distance(origin.accuracy ?? 0) })
      : origin?.kind === 'map'
        ? t('where.mapPoint')
        : origin?.label;

  return (
    <section aria-labelledby={`${id}-h`} className="where">
      <h2 id={`${id}-h`}>{t('where.title')}</h2>
      <p>{t('where.explain')}</p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={locate} disabled={status === 'locating'}>
          {t('where.useLocation')}
        </button>
      </div>
      {status === 'locating' ? <Notice role="status">{t('where.locating')}</Notice> : null}
      {status === 'denied' || status === 'timeout' || status === 'unavailable' ? (
        <Notice tone="warning" role="alert">
          {t(`where.${status}`)}
        </Notice>
      ) : null}
      <Field ref={input} label={t('where.searchLabel')} hint={t('where.searchHint')} type="search" value={query} autoComplete="off" onChange={(e) => setQuery(e.target.value)} />
      {!places && query ? <p role="status">{t('where.placesLoading')}</p> : null}
      <div role="status" aria-live="polite">
        {places && query.trim() && hits.length === 0 ? <p>{t('where.noMatch', { query: query.trim() })}</p> : null}
      </div>
      {hits.length > 0 ? (
        <ul className="place-hits" aria-label={t('where.resultsLabel')}>
          {hits.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="button place-hit"
                onClick={() => {
                  const label = p.kind === 'postal' ? `${p.code} ${p.name}` : p.name;
                  onOrigin({ lon: p.lon, lat: p.lat, kind: 'place', label });
                  setQuery('');
                  // The chosen button goes away with the results: keep keyboard focus in the search.
                  input.current?.focus();
                }}
              >
                {p.kind === 'postal' ? `${p.code} ${p.name}` : p.name} <span className="place-kind">({t(`where.kind.${p.kind}`)})</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {current ? (
        <p className="where-current" role="status">
          {t('where.current', { place: current })}
        </p>
      ) : null}
    </section>
  );
}
