/**
 * Types of the supplies feature: the catalogue (from the supplies pack), the household, stock
 * batches and custom items. Pure data, shared by the pack builder and the app.
 */

export const CATEGORIES = [
  'water',
  'food',
  'medicine',
  'hygiene',
  'warmth',
  'lightPower',
  'communication',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const UNITS = ['litre', 'ration', 'daySupply', 'piece', 'pack', 'roll', 'bottle', 'set'] as const;
export type Unit = (typeof UNITS)[number];

export const PERSON_GROUPS = ['adult', 'child0to2', 'child3to12', 'child13to17'] as const;
export type PersonGroup = (typeof PERSON_GROUPS)[number];

export const PET_GROUPS = ['dog', 'cat', 'otherPet'] as const;
export type PetGroup = (typeof PET_GROUPS)[number];

/** Needs that change the list (booleans on the household). */
export const NEEDS = ['dailyMedicine', 'infantFormula', 'poweredDevice', 'reducedMobility', 'hearingOrSight'] as const;
export type Need = (typeof NEEDS)[number];

/** Conditions an item's `when` may name: any group, any need, and two derived facts. */
export const CONDITIONS = [...PERSON_GROUPS, ...PET_GROUPS, ...NEEDS, 'under40', 'pregnantOrBreastfeeding'] as const;
export type Condition = (typeof CONDITIONS)[number];

export type Lang = 'da' | 'en' | 'uk';
export type Localized = Record<Lang, string>;

export interface Rule {
  per: 'person' | 'pet' | 'household';
  basis: 'perDay' | 'fixed';
  /** Amount per counted member (or per household). */
  amount?: number;
  /** Amounts per group, instead of `amount`. A group missing here counts 0. */
  amountByGroup?: Partial<Record<PersonGroup | PetGroup, number>>;
  /** Which groups count (default: all person groups, or all pet groups). */
  groups?: (PersonGroup | PetGroup)[];
}

export interface ItemSource {
  publisher: string;
  title: string;
  url: string;
  urlEn?: string;
  /** YYYY-MM-DD the advice was checked. */
  checked: string;
  /** official: the authority's advice; estimate: amount is Beredt's; suggestion: Beredt's addition. */
  basis: 'official' | 'estimate' | 'suggestion';
  note?: Localized;
}

/** A catalogue record as the supplies pack ships it (and as the catalogue table stores it). */
export interface CatalogueItem {
  id: string;
  category: Category;
  unit: Unit;
  names: Localized;
  hint?: Localized;
  when?: Condition[];
  rules: Rule[];
  min?: number;
  shelfLifeMonths?: number;
  source: ItemSource;
  /** Position in the catalogue (stable list order). */
  order: number;
  sourceId?: string;
}

export interface Household {
  id: 'household';
  adults: number;
  /** Of the adults, how many are under 40 (iodine tablets). */
  adultsUnder40: number;
  children0to2: number;
  children3to12: number;
  children13to17: number;
  /** People who are pregnant or breastfeeding. */
  pregnantOrBreastfeeding: number;
  dogs: number;
  cats: number;
  otherPets: number;
  needs: Record<Need, boolean>;
  /** Duration to prepare for, whole days 1–14. */
  days: number;
  /** Catalogue item ids the user marked as not relevant. */
  hiddenItems: string[];
  updatedAt: string;
}

/** What the user has of one item: a quantity with an optional best-before date. */
export interface Batch {
  id: string;
  itemId: string;
  quantity: number;
  /** YYYY-MM-DD (a calendar date in Europe/Copenhagen), or undefined. */
  bestBefore?: string;
  note?: string;
  createdAt: string;
  updatedAt: string;
}

/** An item the user adds (not in the catalogue): a fixed quantity for the household. */
export interface CustomItem {
  id: string;
  name: string;
  category: Category;
  unit: Unit;
  /** How many the household needs (fixed, not scaled). */
  need: number;
  createdAt: string;
  updatedAt: string;
}
