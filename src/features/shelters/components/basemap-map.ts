/**
 * The offline map both map views share (the shelter map and the plan's point picker): the
 * shipped basemap from this origin, maplibre's worker wired by hand (the worker request would
 * otherwise get index.html back), controls labelled in the user's language, failures reported.
 */
import type { FeatureCollection } from 'geojson';
import { AttributionControl, Map as MlMap, NavigationControl, setWorkerUrl, type LngLatBoundsLike, type LngLatLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { mapStyle, type Basemap } from './map-style';

setWorkerUrl(workerUrl);

export const DK_BOUNDS: [number, number, number, number] = [7.9, 54.5, 15.3, 57.8];

/** The basemap pack (precached; no request leaves the origin). */
export async function loadBasemap(): Promise<Basemap> {
  const res = await fetch('/basemap/basemap.json');
  if (!res.ok) throw new Error(`basemap: HTTP ${res.status}`);
  return (await res.json()) as Basemap;
}

export interface BasemapMapOptions {
  container: HTMLElement;
  basemap: Basemap;
  shelters: FeatureCollection;
  view: { center: LngLatLike; zoom: number } | { bounds: LngLatBoundsLike };
  /** maplibre's control labels (see map-locale.ts). */
  locale: Record<string, string>;
  /** Attribution beyond the basemap's own. */
  attribution?: string[];
  onContextLost: () => void;
}

export function createBasemapMap({ container, basemap, shelters, view, locale, attribution = [], onContextLost }: BasemapMapOptions): MlMap {
  const m = new MlMap({
    container,
    style: mapStyle(basemap, shelters),
    ...view,
    maxBounds: [3, 52.5, 20, 60],
    minZoom: 5,
    maxZoom: 18,
    attributionControl: false,
    locale,
  });
  m.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  m.addControl(new AttributionControl({ compact: true, customAttribution: [...basemap.attribution, ...attribution] }), 'bottom-right');
  m.getCanvas().addEventListener('webglcontextlost', onContextLost);
  m.on('error', (e) => console.warn('Beredt map:', e.error?.message));
  return m;
}
