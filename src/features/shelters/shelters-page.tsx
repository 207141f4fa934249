import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';
import { ImportPanel } from './components/import-panel';
import { MapPanel } from './components/map-panel';
import { NearestList } from './components/nearest-list';
import { SafetyNotice } from './components/safety-notice';
import { SourcesPanel } from './components/sources-panel';
import { WhereAmI } from './components/where-am-i';
import { cleanUpInterruptedImports, readLastPlace, saveLastPlace } from './db/shelters-repo';
import type { Origin } from './domain/origin';
import type { ShelterRow } from './domain/types';
import { useShelterIndex } from './hooks/use-shelter-index';
import { useShelterSources } from './hooks/use-shelter-sources';
import './shelters.css';

/** /shelters: where am I → the 10 nearest registered shelters; the map on demand; import. */
export default function SheltersPage() {
  const { t } = useTranslation('shelters');
  const index = useShelterIndex();
  const sources = useShelterSources();
  const [origin, setOrigin] = useState<Origin | null>(null);
  const [mapOpen, setMapOpen] = useState(false);
  const [focus, setFocus] = useState<ShelterRow | null>(null);
  const mapSection = useRef<HTMLDivElement>(null);

  // Start from the last place searched for (a device position is never stored).
  useEffect(() => {
    readLastPlace()
      .then((p) => p && setOrigin((o) => o ?? { ...p, kind: 'place' }))
      .catch(() => {});
  }, []);
  const chooseOrigin = (o: Origin): void => {
    setOrigin(o);
    if (o.kind === 'place' && o.label) saveLastPlace({ lon: o.lon, lat: o.lat, label: o.label }).catch(() => {});
  };

  useEffect(() => {
    cleanUpInterruptedImports().catch((err: unknown) => console.warn('Beredt: could not clean up an interrupted import', err));
  }, []);

  return (
    <Page title={t('title')} lead={t('lead')} className="shelters-page">
      <SafetyNotice />
      <WhereAmI origin={origin} onOrigin={chooseOrigin} />
      <NearestList
        origin={origin}
        index={index}
        sources={sources}
        onShowOnMap={(row) => {
          setFocus(row);
          setMapOpen(true);
          requestAnimationFrame(() => mapSection.current?.scrollIntoView({ block: 'start' }));
        }}
      />
      <div ref={mapSection}>
        <MapPanel
          index={index}
          origin={origin}
          focus={focus}
          sources={sources}
          open={mapOpen}
          setOpen={setMapOpen}
          onPick={(lon, lat) => setOrigin({ lon, lat, kind: 'map' })}
        />
      </div>
      <ImportPanel />
      <SourcesPanel sources={sources} />
    </Page>
  );
}
