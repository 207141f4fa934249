/**
 * A map to pick one point on (used by My plan for its meeting places). Its own lazy chunk with
 * maplibre-gl, loaded only when the user opens it. The same offline basemap and style as the
 * shelter map (no shelters drawn, no tile or glyph server): nothing leaves the origin.
 * A tap or click sets the point; keyboard users move the map with the arrow keys and take its
 * centre with the button below the map.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { mapLocale } from './map-locale';
import { createBasemapMap, DK_BOUNDS } from './basemap-map';
import { useBasemapMap } from './use-basemap-map';


export interface PointPickerProps {
  /** The current point, if any: the map opens centred on it. */
  lon?: number | undefined;
  lat?: number | undefined;
  /** Accessible name of the map. */
  label: string;
  /** Text of the button that takes the map centre (for keyboard users). */
  useCentreLabel: string;
  onPick: (lon: number, lat: number) => void;
  onFailure: (reason: 'contextLost' | 'failed') => void;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Five decimals: about a metre, like the point from the device position. */
export const roundCoord = (v: number): number => Math.round(v * 1e5) / 1e5;

function pointData(lon: number | undefined, lat: number | undefined): FeatureCollection {
  return lon === undefined || lat === undefined
    ? EMPTY
    : { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [lon, lat] } }] };
}

export default function PointPickerMap({ lon, lat, label, useCentreLabel, onPick, onFailure }: PointPickerProps) {
  const { t } = useTranslation('shelters');
  const box = useRef<HTMLDivElement>(null);
  const props = useRef({ lon, lat, onPick, onFailure });
  props.current = { lon, lat, onPick, onFailure };

  const { map, ready } = useBasemapMap(
    box,
    (basemap, container) => {
      const { lon: x, lat: y } = props.current;
      const at = x !== undefined && y !== undefined ? { center: [x, y] as [number, number], zoom: 14 } : { bounds: DK_BOUNDS };
      const m = createBasemapMap({
        container,
        basemap,
        shelters: EMPTY,
        view: at,
        locale: mapLocale(t, label),
        onContextLost: () => props.current.onFailure('contextLost'),
      });
      m.on('click', (e) => props.current.onPick(roundCoord(e.lngLat.lng), roundCoord(e.lngLat.lat)));
      return m;
    },
    () => props.current.onFailure('failed'),
  );

  useEffect(() => {
    if (ready) (map.current?.getSource('me') as GeoJSONSource | undefined)?.setData(pointData(lon, lat));
  }, [ready, lon, lat]);

  const useCentre = () => {
    const c = map.current?.getCenter();
    if (c) onPick(roundCoord(c.lng), roundCoord(c.lat));
  };

  return (
    <div className="point-picker">
      <div className="point-picker-frame" style={{ position: 'relative' }}>
        <div ref={box} className="point-picker-map" data-state={ready ? 'ready' : 'loading'} style={{ width: '100%', height: 'min(60vh, 24rem)' }} />
        {/* A crosshair at the centre shows which point the button below takes. */}
        <span aria-hidden="true" style={{ position: 'absolute', left: '50%', top: '50%', transform: 'translate(-50%, -50%)', zIndex: 1, pointerEvents: 'none', fontSize: '1.75rem', lineHeight: 1, color: '#1a1a1a' }}>
          +
        </span>
      </div>
      <div className="button-row">
        <button type="button" className="button" disabled={!ready} onClick={useCentre}>
          {useCentreLabel}
        </button>
      </div>
    </div>
  );
}
