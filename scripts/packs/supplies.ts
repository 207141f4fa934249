/**
 * Builds the supplies pack (target `catalogue`, id `supplies`) from content/supplies/*.yaml.
 *
 * The catalogue is content: every item says its category, unit, quantity rules, who it applies
 * to, a shelf-life hint and the official source it rests on. Invalid data throws ContentError
 * naming the file and the field (e.g. `items[3].names.uk`), so the build fails with a useful
 * message and the last good pack stays in place.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  CATEGORIES,
  CONDITIONS,
  PERSON_GROUPS,
  PET_GROUPS,
  UNITS,
  type CatalogueItem,
} from '../../src/features/supplies/domain/types';
import { ContentError, type PackBuildContext, type PackBuildOutput } from './types';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a real calendar date');
const text = z.string().trim().min(1, 'must not be empty');
const localized = z.strictObject({ da: text, en: text, uk: text });
const group = z.enum([...PERSON_GROUPS, ...PET_GROUPS]);
const quantity = z.number().finite().positive().max(1000);

const rule = z
  .strictObject({
    per: z.enum(['person', 'pet', 'household']),
    basis: z.enum(['perDay', 'fixed']),
    amount: quantity.optional(),
    amountByGroup: z.partialRecord(group, quantity).optional(),
    groups: z.array(group).min(1).optional(),
  })
  .refine((r) => (r.amount === undefined) !== (r.amountByGroup === undefined), {
    message: 'give exactly one of amount or amountByGroup',
  })
  .refine(
    (r) => {
      const allowed: readonly string[] = r.per === 'pet' ? PET_GROUPS : r.per === 'person' ? PERSON_GROUPS : [];
      const used = [...(r.groups ?? []), ...Object.keys(r.amountByGroup ?? {})];
      return used.every((g) => allowed.includes(g));
    },
    { message: 'groups must match `per` (person groups for person, pet groups for pet, none for household)' },
  );

const source = z.strictObject({
  publisher: text,
  title: text,
  url: z.url({ protocol: /^https$/ }),
  urlEn: z.url({ protocol: /^https$/ }).optional(),
  checked: isoDate,
});

const itemSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase kebab-case'),
  category: z.enum(CATEGORIES),
  unit: z.enum(UNITS),
  names: localized,
  hint: localized.optional(),
  when: z.array(z.enum(CONDITIONS)).min(1).optional(),
  rules: z.array(rule).min(1),
  min: quantity.optional(),
  shelfLifeMonths: z.number().int().positive().max(240).optional(),
  source: z.strictObject({
    ref: text,
    basis: z.enum(['official', 'estimate', 'suggestion']),
    note: localized.optional(),
  }),
});

export const catalogueFileSchema = z.strictObject({
  checked: isoDate,
  sources: z.record(z.string(), source),
  categories: z.array(z.enum(CATEGORIES)).min(1),
  items: z.array(itemSchema).min(1),
});

type CatalogueFile = z.infer<typeof catalogueFileSchema>;

/** `items.3.names.uk` → `items[3].names.uk` */
function fieldPath(p: readonly PropertyKey[]): string {
  return p.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '') || '(root)';
}

/** Validates one parsed catalogue file; throws ContentError naming `file` and the field. */
export function validateCatalogue(file: string, data: unknown): CatalogueItem[] {
  const parsed = catalogueFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ContentError(file, fieldPath(issue.path), issue.message);
  }
  return toRecords(file, parsed.data);
}

function toRecords(file: string, data: CatalogueFile): CatalogueItem[] {
  const seen = new Set<string>();
  return data.items.map((item, i) => {
    if (seen.has(item.id)) throw new ContentError(file, `items[${i}].id`, `duplicate id "${item.id}"`);
    seen.add(item.id);
    if (!data.categories.includes(item.category)) {
      throw new ContentError(file, `items[${i}].category`, `"${item.category}" is not listed in categories`);
    }
    const src = data.sources[item.source.ref];
    if (!src) throw new ContentError(file, `items[${i}].source.ref`, `unknown source "${item.source.ref}"`);
    const { source: s, ...rest } = item;
    return {
      ...rest,
      order: i,
      source: { ...src, basis: s.basis, ...(s.note ? { note: s.note } : {}) },
    } satisfies CatalogueItem;
  });
}

export async function build(ctx: PackBuildContext): Promise<PackBuildOutput<CatalogueItem>> {
  const dir = path.join(ctx.root, 'content', 'supplies');
  const files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
  if (files.length === 0) throw new ContentError('content/supplies', '(files)', 'no catalogue YAML files found');
  const records: CatalogueItem[] = [];
  let date = '0000-00-00';
  const sources = new Map<string, { title: string; url?: string }>();
  for (const f of files) {
    const rel = `content/supplies/${f}`;
    let data: unknown;
    try {
      data = parse(await readFile(path.join(dir, f), 'utf8'));
    } catch (err) {
      throw new ContentError(rel, '(yaml)', (err as Error).message);
    }
    const items = validateCatalogue(rel, data);
    for (const it of items) {
      if (records.some((r) => r.id === it.id)) throw new ContentError(rel, `items.${it.id}`, 'duplicate id across files');
      records.push({ ...it, order: records.length });
    }
    // Every source of the file, also those behind the page's general advice (not tied to an item).
    const file = catalogueFileSchema.parse(data);
    for (const src of Object.values(file.sources)) sources.set(src.url, { title: `${src.publisher}: ${src.title}`, url: src.url });
    const checked = file.checked;
    if (checked > date) date = checked;
  }
  return {
    id: 'supplies',
    target: 'catalogue',
    date,
    sources: [...sources.values()].map((s) => ({
      title: s.title,
      url: s.url,
      licence: 'Danish public-authority guidance, paraphrased in Beredt\'s own words',
    })),
    records,
  };
}
