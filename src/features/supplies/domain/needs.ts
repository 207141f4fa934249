/**
 * How much of a catalogue item a household needs for a number of days.
 *
 * An item's rules are summed: per person / per pet / per household, per day or fixed. The
 * result is rounded up to a whole unit (you cannot buy 0.75 of a roll), then raised to the
 * item's minimum. Items whose `when` the household does not meet, or that the user hid, need 0.
 */
import type { CatalogueItem, Condition, Household, PersonGroup, PetGroup, Rule } from './types';

const PERSON_FIELD: Record<PersonGroup, keyof Household> = {
  adult: 'adults',
  child0to2: 'children0to2',
  child3to12: 'children3to12',
  child13to17: 'children13to17',
};
const PET_FIELD: Record<PetGroup, keyof Household> = { dog: 'dogs', cat: 'cats', otherPet: 'otherPets' };
const PERSON_GROUPS = Object.keys(PERSON_FIELD) as PersonGroup[];
const PET_GROUPS = Object.keys(PET_FIELD) as PetGroup[];

export function groupCount(h: Household, g: PersonGroup | PetGroup): number {
  const field = (PERSON_FIELD as Record<string, keyof Household>)[g] ?? PET_FIELD[g as PetGroup];
  return h[field] as number;
}

/** True if the household meets the condition (has such a member, or has the need). */
export function meets(h: Household, c: Condition): boolean {
  switch (c) {
    case 'under40':
      return h.adultsUnder40 > 0;
    case 'pregnantOrBreastfeeding':
      return h.pregnantOrBreastfeeding > 0;
    case 'dailyMedicine':
    case 'infantFormula':
    case 'poweredDevice':
    case 'reducedMobility':
    case 'hearingOrSight':
      return h.needs[c];
    default:
      return groupCount(h, c) > 0;
  }
}

export function applies(item: Pick<CatalogueItem, 'when' | 'id'>, h: Household): boolean {
  if (h.hiddenItems.includes(item.id)) return false;
  return !item.when || item.when.some((c) => meets(h, c));
}

/** One rule's amount for the household (per day for perDay rules, total for fixed rules). */
export function ruleAmount(rule: Rule, h: Household): number {
  if (rule.per === 'household') return rule.amount ?? 0;
  const all = rule.per === 'person' ? PERSON_GROUPS : PET_GROUPS;
  const groups = (rule.groups ?? all).filter((g) => (all as string[]).includes(g));
  let sum = 0;
  for (const g of groups) {
    const each = rule.amountByGroup ? (rule.amountByGroup[g] ?? 0) : (rule.amount ?? 0);
    sum += each * groupCount(h, g);
  }
  return sum;
}

/** Units consumed per day (perDay rules only); 0 for items that are only fixed. */
export function dailyRate(item: Pick<CatalogueItem, 'rules'>, h: Household): number {
  return item.rules.filter((r) => r.basis === 'perDay').reduce((s, r) => s + ruleAmount(r, h), 0);
}

/** Rounds up to a whole unit, ignoring floating-point dust (0.1 * 3 = 0.30000000000000004). */
export function roundUp(x: number): number {
  return Math.ceil(Math.round(x * 1e6) / 1e6);
}

/** What the household needs of the item for `days` days, in whole units. */
export function computeNeed(item: CatalogueItem, h: Household, days = h.days): number {
  if (!applies(item, h)) return 0;
  const fixed = item.rules.filter((r) => r.basis === 'fixed').reduce((s, r) => s + ruleAmount(r, h), 0);
  const raw = dailyRate(item, h) * days + fixed;
  if (raw <= 0) return 0;
  return Math.max(roundUp(raw), item.min ?? 0);
}
