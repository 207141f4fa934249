import type { Map as MlMap } from 'maplibre-gl';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { loadBasemap } from './basemap-map';
import type { Basemap } from './map-style';

/**
 * The life of an offline map in a component: load the basemap, let `create` build the map in
 * `box` (it adds its own layers and handlers), mark it ready on `load`, report a failure, and
 * remove it on unmount. The map is made once; `create` and `onFailure` are read at that time.
 */
export function useBasemapMap(
  box: RefObject<HTMLDivElement | null>,
  create: (basemap: Basemap, container: HTMLDivElement) => MlMap,
  onFailure: () => void,
): { map: RefObject<MlMap | null>; ready: boolean } {
  const map = useRef<MlMap | null>(null);
  const [ready, setReady] = useState(false);
  const mount = useRef({ create, onFailure });
  mount.current = { create, onFailure };

  useEffect(() => {
    let cancelled = false;
    let m: MlMap | null = null;
    (async () => {
      try {
        const basemap = await loadBasemap();
        if (cancelled || !box.current) return;
        m = mount.current.create(basemap, box.current);
        map.current = m;
        m.on('load', () => !cancelled && setReady(true));
      } catch (err) {
        console.warn('Beredt map failed', err);
        if (!cancelled) mount.current.onFailure();
      }
    })();
    return () => {
      cancelled = true;
      m?.remove();
      map.current = null;
    };
  }, [box]);

  return { map, ready };
}
