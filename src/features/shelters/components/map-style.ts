/** The offline map style: everything from the shipped basemap and the local shelter index. */
import type { Feature, FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';

export interface Basemap {
  attribution: string[];
  land: FeatureCollection;
  neighbours: FeatureCollection;
  borders: Feature;
  towns: FeatureCollection;
}

export const SHELTER_LAYERS = ['shelter-clusters', 'shelter-points'];
export const TOWN_LABEL_LAYERS = ['towns-big', 'towns-small'];
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * No `glyphs` URL, on purpose: maplibre-gl (≥ 5.11, "omit to use local fonts" in the style spec,
 * https://maplibre.org/maplibre-style-spec/glyphs/) then draws every glyph of the town labels and
 * cluster counts itself with TinySDF from the device's fonts (`text-font` as a CSS family, with
 * sans-serif as the last resort; see GlyphManager in maplibre-gl 6.17's glyph_manager.ts: with no
 * URL every glyph is drawn locally). So labels render offline, in any script the device has a
 * font for (æ, ø, å included), and no font request is ever made. The browser test proves it with
 * the server stopped (placed labels, their pixels, no glyph or font request).
 */
export function mapStyle(basemap: Basemap, shelters: FeatureCollection): StyleSpecification {
  return {
    version: 8,
    sources: {
      land: { type: 'geojson', data: basemap.land },
      neighbours: { type: 'geojson', data: basemap.neighbours },
      borders: { type: 'geojson', data: basemap.borders },
      towns: { type: 'geojson', data: basemap.towns },
      shelters: { type: 'geojson', data: shelters, cluster: true, clusterRadius: 45, clusterMaxZoom: 14 },
      me: { type: 'geojson', data: EMPTY },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#c9dff0' } },
      { id: 'neighbours', type: 'fill', source: 'neighbours', paint: { 'fill-color': '#e4e2dc', 'fill-outline-color': '#9b9890' } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#f8f7f3', 'fill-outline-color': '#7d8a93' } },
      { id: 'borders', type: 'line', source: 'borders', minzoom: 6, paint: { 'line-color': '#8c7f99', 'line-width': 1, 'line-dasharray': [3, 2] } },
      {
        id: 'towns-big',
        type: 'symbol',
        source: 'towns',
        filter: ['>=', ['get', 'population'], 20000],
        layout: { 'text-field': ['get', 'name'], 'text-font': ['sans-serif'], 'text-size': 13, 'symbol-sort-key': ['-', 0, ['get', 'population']] },
        paint: { 'text-color': '#2b2b2b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      },
      {
        id: 'towns-small',
        type: 'symbol',
        source: 'towns',
        minzoom: 9,
        filter: ['<', ['get', 'population'], 20000],
        layout: { 'text-field': ['get', 'name'], 'text-font': ['sans-serif'], 'text-size': 12 },
        paint: { 'text-color': '#3d3d3d', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      },
      {
        id: 'shelter-clusters',
        type: 'circle',
        source: 'shelters',
        filter: ['has', 'point_count'],
        paint: {
          'circle-color': '#0b4a6f',
          'circle-radius': ['step', ['get', 'point_count'], 14, 20, 18, 100, 24, 500, 30],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
        },
      },
      {
        id: 'shelter-cluster-count',
        type: 'symbol',
        source: 'shelters',
        filter: ['has', 'point_count'],
        layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-font': ['sans-serif'], 'text-size': 12, 'text-allow-overlap': true },
        paint: { 'text-color': '#ffffff' },
      },
      {
        id: 'shelter-points',
        type: 'circle',
        source: 'shelters',
        filter: ['!', ['has', 'point_count']],
        paint: { 'circle-color': '#b00d27', 'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 5, 16, 9], 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
      },
      { id: 'me-halo', type: 'circle', source: 'me', paint: { 'circle-color': '#1a73e8', 'circle-opacity': 0.2, 'circle-radius': 18 } },
      { id: 'me', type: 'circle', source: 'me', paint: { 'circle-color': '#1a73e8', 'circle-radius': 7, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 3 } },
    ],
  };
}

export function sheltersGeoJson(items: readonly { lon: number; lat: number }[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: items.map((s, i) => ({ type: 'Feature', id: i, properties: { i }, geometry: { type: 'Point', coordinates: [s.lon, s.lat] } })),
  };
}
