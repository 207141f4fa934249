/**
 * The offline map (its own lazy chunk with maplibre-gl; loaded only when the map is opened).
 * Basemap from /basemap/basemap.json (precached), shelters from the local index, no glyph or
 * tile server: nothing leaves the origin, and the position is only drawn, never requested.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { mapLocale } from './map-locale';
import type { Origin } from '../domain/origin';
import type { ShelterIndex } from '../domain/spatial-index';
import type { IndexedShelter } from '../db/shelters-repo';
import type { ShelterRow } from '../domain/types';
import { createBasemapMap, DK_BOUNDS } from './basemap-map';
import { useBasemapMap } from './use-basemap-map';
import { SHELTER_LAYERS, sheltersGeoJson, TOWN_LABEL_LAYERS } from './map-style';

export interface ShelterMapProps {
  index: ShelterIndex<IndexedShelter> | undefined;
  origin: Origin | null;
  focus: ShelterRow | null;
  attributions: string[];
  onPick: (lon: number, lat: number) => void;
  onSelect: (id: string) => void;
  onFailure: (reason: 'contextLost' | 'failed') => void;
}

export default function ShelterMap({ index, origin, focus, attributions, onPick, onSelect, onFailure }: ShelterMapProps) {
  const { t } = useTranslation('shelters');
  const box = useRef<HTMLDivElement>(null);
  const props = useRef({ index, onPick, onSelect, onFailure });
  props.current = { index, onPick, onSelect, onFailure };

  const { map, ready } = useBasemapMap(
    box,
    (basemap, container) => {
      const m = createBasemapMap({
        container,
        basemap,
        shelters: sheltersGeoJson(props.current.index?.items ?? []),
        view: { bounds: DK_BOUNDS },
        locale: mapLocale(t, t('map.label')),
        attribution: attributions,
        onContextLost: () => props.current.onFailure('contextLost'),
      });
      m.on('idle', () => {
        const n = m.queryRenderedFeatures({ layers: SHELTER_LAYERS }).length;
        box.current?.setAttribute('data-rendered-shelters', String(n));
        // The town labels maplibre placed (only placed symbols are returned), with where they are
        // on screen: the browser test checks that they are really drawn offline.
        const towns = m.queryRenderedFeatures({ layers: TOWN_LABEL_LAYERS }).slice(0, 30).map((f) => {
          const at = m.project((f.geometry as Point).coordinates as [number, number]);
          return { name: String(f.properties['name']), x: Math.round(at.x), y: Math.round(at.y) };
        });
        box.current?.setAttribute('data-rendered-towns', JSON.stringify(towns));
      });
      m.on('click', async (e) => {
        const hit = m.queryRenderedFeatures(e.point, { layers: SHELTER_LAYERS })[0];
        if (!hit) return props.current.onPick(e.lngLat.lng, e.lngLat.lat);
        const p = hit.properties as { cluster_id?: number; i?: number };
        if (p.cluster_id !== undefined) {
          const zoom = await (m.getSource('shelters') as GeoJSONSource).getClusterExpansionZoom(p.cluster_id);
          m.easeTo({ center: (hit.geometry as Point).coordinates as [number, number], zoom });
        } else if (p.i !== undefined) {
          const row = props.current.index?.items[p.i];
          if (row) props.current.onSelect(row.id);
        }
      });
      for (const layer of SHELTER_LAYERS) {
        m.on('mouseenter', layer, () => (m.getCanvas().style.cursor = 'pointer'));
        m.on('mouseleave', layer, () => (m.getCanvas().style.cursor = ''));
      }
      return m;
    },
    () => props.current.onFailure('failed'),
  );

  useEffect(() => {
    if (!ready || !map.current) return;
    (map.current.getSource('shelters') as GeoJSONSource | undefined)?.setData(sheltersGeoJson(index?.items ?? []));
  }, [ready, index]);

  useEffect(() => {
    const m = map.current;
    if (!ready || !m) return;
    const me: FeatureCollection = {
      type: 'FeatureCollection',
      features: origin ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [origin.lon, origin.lat] } }] : [],
    };
    (m.getSource('me') as GeoJSONSource | undefined)?.setData(me);
    if (origin && origin.kind !== 'map') m.jumpTo({ center: [origin.lon, origin.lat], zoom: Math.max(m.getZoom(), 13) });
  }, [ready, origin]);

  useEffect(() => {
    if (ready && focus && map.current) map.current.jumpTo({ center: [focus.lon, focus.lat], zoom: 16 });
  }, [ready, focus]);

  return <div ref={box} className="shelter-map" data-state={ready ? 'ready' : 'loading'} />;
}
