import type { TFunction } from 'i18next';

/** maplibre's own control labels in the user's language (its defaults are English). */
export function mapLocale(t: TFunction<'shelters'>, title: string): Record<string, string> {
  return {
    'Map.Title': title,
    'NavigationControl.ZoomIn': t('map.zoomIn'),
    'NavigationControl.ZoomOut': t('map.zoomOut'),
    'AttributionControl.ToggleAttribution': t('map.toggleAttribution'),
  };
}
