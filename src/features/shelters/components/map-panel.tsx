import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice';
import { ErrorBoundary } from '../../../components/error-boundary';
import { walkingMinutes } from '../domain/geo';
import type { Origin } from '../domain/origin';
import { bearingDegrees, compassPoint, distanceMeters } from '../domain/geo';
import type { ShelterRow } from '../domain/types';
import { getShelters } from '../db/shelters-repo';
import type { IndexState } from '../hooks/shelter-index-store';
import type { ShelterSources } from '../hooks/use-shelter-sources';
import { useFormat } from './format';
import { webglAvailable } from './webgl';
import { sourceLabel } from './nearest-list';

/** The basemap's sources (also in basemap.json, shown inside the map). */
const BASEMAP_SOURCES = ['DAGI, Styrelsen for Dataforsyning og Infrastruktur', 'Natural Earth', 'GeoNames (CC BY 4.0)'];

const ShelterMap = lazy(() => import('./shelter-map'));


interface Props {
  index: IndexState;
  origin: Origin | null;
  focus: ShelterRow | null;
  sources: ShelterSources | undefined;
  open: boolean;
  setOpen: (open: boolean) => void;
  onPick: (lon: number, lat: number) => void;
}

export function MapPanel({ index, origin, focus, sources, open, setOpen, onPick }: Props) {
  const { t } = useTranslation('shelters');
  const fmt = useFormat();
  const id = useId();
  const [failure, setFailure] = useState<null | 'noWebgl' | 'contextLost' | 'failed'>(null);
  const [selected, setSelected] = useState<ShelterRow | null>(null);
  const shown = selected ?? focus;
  const attributions = [
    ...(sources?.pack?.sources.map((s) => s.attribution ?? s.title) ?? []),
    ...(sources?.imports.map((s) => s.name) ?? []),
  ];

  const toggle = (): void => {
    if (open) return setOpen(false);
    if (!webglAvailable()) setFailure('noWebgl');
    else setFailure(null);
    setOpen(true);
  };

  return (
    <section aria-labelledby={`${id}-h`} className="shelter-map-panel">
      <h2 id={`${id}-h`}>{t('map.title')}</h2>
      <div className="button-row">
        <button type="button" className="button" aria-expanded={open} onClick={toggle}>
          {open ? t('map.close') : t('map.open')}
        </button>
      </div>
      {open && failure ? (
        <Notice tone="warning" role="alert">
          {t(`map.${failure}`)}
        </Notice>
      ) : null}
      {open && !failure ? (
        <>
          <p>{t('map.tapHint')}</p>
          <ErrorBoundary fallback={() => <Notice tone="warning" role="alert">{t('map.failed')}</Notice>}>
            <Suspense fallback={<p role="status">{t('map.loading')}</p>}>
              <ShelterMap
                index={index.index}
                origin={origin}
                focus={focus}
                attributions={attributions}
                onPick={(lon, lat) => {
                  setSelected(null);
                  onPick(lon, lat);
                }}
                onSelect={(id) => void getShelters([id]).then(([row]) => setSelected(row ?? null))}
                onFailure={setFailure}
              />
            </Suspense>
          </ErrorBoundary>
          <p className="map-attribution">{t('map.attribution', { sources: [...BASEMAP_SOURCES, ...attributions].join(' · ') })}</p>
          {shown ? (
            <div className="shelter-details" role="status" aria-live="polite">
              <h3>{shown.address ?? shown.name ?? t('list.noAddress')}</h3>
              {origin ? (
                <p>
                  {t('list.distance', { distance: fmt.distance(distanceMeters(origin, shown)), direction: t(`compass.${compassPoint(bearingDegrees(origin, shown))}`) })}
                  {' · '}
                  {t('list.walk', { minutes: walkingMinutes(distanceMeters(origin, shown)) })}
                </p>
              ) : null}
              <p>
                {t('list.capacity', { count: shown.capacity })} · {t('list.source', { source: sourceLabel(shown, sources) })}
              </p>
              <p>{t('list.position', { lat: fmt.coord(shown.lat), lon: fmt.coord(shown.lon) })}</p>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
