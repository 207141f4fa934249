/**
 * The shelters feature's public face for other features. Only small, lazy pieces: importing
 * this file does not load maplibre-gl; the map chunk loads when a picker is rendered.
 */
import { lazy } from 'react';

/** A map to pick one point on (offline basemap); see components/point-picker-map.tsx. */
export const PointPickerMap = lazy(() => import('./components/point-picker-map'));
export type { PointPickerProps } from './components/point-picker-map';
export { webglAvailable } from './components/webgl';
