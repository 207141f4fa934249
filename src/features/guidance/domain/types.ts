/**
 * Guidance articles: the typed shape shared by the pack builder (scripts/packs/guidance.ts)
 * and the app. Pure TypeScript, no React, no DOM, no Dexie.
 */

export const LANGS = ['da', 'en', 'uk'] as const;
export type Lang = (typeof LANGS)[number];

export const CATEGORIES = [
  'warning',
  'communication',
  'power',
  'cyber',
  'weather',
  'cbrn',
  'numbers',
  'first-aid',
  'water',
  'climate',
  'prepare',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const URGENCIES = ['urgent', 'important', 'prepare'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** In-app sections an article may point to. */
export const APP_LINKS = ['supplies', 'shelters', 'guidance', 'drills', 'plan'] as const;
export type AppLink = (typeof APP_LINKS)[number];

export const SECTION_KINDS = ['before', 'during', 'after'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** The five urgent topics: they must exist in every language (da, en and uk). */
export const URGENT_TOPICS = [
  'sirens',
  'phone-network-down',
  'power-cut',
  'shelter-in-place',
  'emergency-numbers',
] as const;

/** Inline content of a paragraph or a list item. */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'bold'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  /** Source markers `[n]`: 1-based indexes into the article's `sources`. */
  | { type: 'source'; refs: number[] };

export type Block =
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; items: Inline[][] };

export interface Section {
  kind: SectionKind;
  blocks: Block[];
}

/**
 * Who stands behind a source. Every fact must cite at least one `authority` (a Danish or EU
 * public body); operators of critical infrastructure and other organisations may be cited in
 * addition and are labelled as not being an authority.
 */
export const SOURCE_KINDS = ['authority', 'operator', 'organisation'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface ArticleSource {
  title: string;
  publisher: string;
  /** Absent in packs built before the field existed: shown without a label. */
  kind?: SourceKind;
  url: string;
  /** YYYY-MM-DD */
  checked: string;
}

/** One article in one language: a row of the `guidance` table (key `${id}:${lang}`). */
export interface GuidanceArticle {
  key: string;
  id: string;
  lang: Lang;
  title: string;
  summary: string;
  category: Category;
  urgency: Urgency;
  /** The single most important action, shown first. */
  action: string;
  sources: ArticleSource[];
  related: string[];
  links: AppLink[];
  /** In file order. The UI decides the display order (`during` first for urgent topics). */
  sections: Section[];
  /** Latest `checked` date of the sources (YYYY-MM-DD). */
  checked: string;
  /** Set by the pack loader. */
  sourceId?: string;
}

export function articleKey(id: string, lang: Lang): string {
  return `${id}:${lang}`;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
