/** Every stored drill summed up (for the log, the trend and the log CSV). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { summarizeDrill, type DrillSummary } from '../domain/summary';
import type { DrillEvent } from '../domain/types';
import { useAllDrillEvents, useDrills } from './use-drills';

export function useDrillSummaries(): DrillSummary[] | undefined {
  const { i18n } = useTranslation('drills');
  const drills = useDrills();
  const events = useAllDrillEvents();
  const lang = i18n.resolvedLanguage ?? 'da';
  return useMemo(() => {
    if (!drills || !events) return undefined;
    const byDrill = new Map<string, DrillEvent[]>();
    for (const e of events) byDrill.set(e.drillId, [...(byDrill.get(e.drillId) ?? []), e]);
    return drills.map((d) => summarizeDrill(d, byDrill.get(d.id) ?? [], lang));
  }, [drills, events, lang]);
}
