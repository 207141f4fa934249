/**
 * Scenario helpers: pick the text for a language, freeze a scenario into a drill, and build and
 * check custom scenarios made by the user.
 */
import { LANGS, USER_SOURCE_ID, type DrillScenario, type Lang, type LocalizedText, type Scenario } from './types';

/** Text in `lang`, else Danish, else any language there is. */
export function localize(text: LocalizedText | undefined, lang: string): string {
  if (!text) return '';
  const l = (LANGS as readonly string[]).includes(lang) ? (lang as Lang) : 'da';
  return text[l] || text.da || text.en || text.uk || '';
}

export function toDrillScenario(s: Scenario): DrillScenario {
  return { id: s.id, kind: s.kind, name: s.name, steps: s.steps, targets: s.targets };
}

/** Shipped scenarios first (evacuation, shelter), then custom ones by name. */
export function sortScenarios(list: readonly Scenario[], lang: string): Scenario[] {
  const rank = (s: Scenario) => (s.kind === 'evacuation' ? 0 : s.kind === 'shelter' ? 1 : 2);
  return [...list].sort((a, b) => rank(a) - rank(b) || localize(a.name, lang).localeCompare(localize(b.name, lang), lang));
}

export interface CustomScenarioInput {
  name: string;
  summary?: string;
  steps: string[];
  /** Seconds for "everyone accounted for"; empty for no target. */
  allAccountedWithinSeconds?: number | null;
}

export type CustomScenarioIssue = 'nameRequired' | 'stepsRequired' | 'targetInvalid';

export function validateCustomScenario(input: CustomScenarioInput): CustomScenarioIssue[] {
  const issues: CustomScenarioIssue[] = [];
  if (!input.name.trim()) issues.push('nameRequired');
  if (input.steps.every((s) => !s.trim())) issues.push('stepsRequired');
  const t = input.allAccountedWithinSeconds;
  if (t !== null && t !== undefined && (!Number.isInteger(t) || t <= 0 || t > 24 * 3600)) issues.push('targetInvalid');
  return issues;
}

/**
 * A custom scenario from user input, its text stored under the language it was written in.
 * Throws if the input is invalid (check with validateCustomScenario first).
 */
export function buildCustomScenario(input: CustomScenarioInput, lang: Lang, id: string, targetText: string): Scenario {
  if (validateCustomScenario(input).length > 0) throw new Error('Invalid custom scenario');
  const t = (s: string): LocalizedText => ({ [lang]: s.trim() });
  const within = input.allAccountedWithinSeconds;
  return {
    id,
    sourceId: USER_SOURCE_ID,
    kind: 'custom',
    name: t(input.name),
    summary: t(input.summary ?? ''),
    steps: input.steps.filter((s) => s.trim()).map((s, i) => ({ id: `step-${i + 1}`, text: t(s) })),
    targets: within ? [{ id: 'all-accounted', kind: 'allAccounted', withinSeconds: within, text: t(targetText) }] : [],
    sources: [],
  };
}
