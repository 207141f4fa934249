/**
 * zod schema of a guidance article's front matter (see the article format). Used by the
 * guidance pack builder; every issue is reported with its field path.
 */
import { z } from 'zod';
import { APP_LINKS, CATEGORIES, SOURCE_KINDS, URGENCIES } from '../../src/features/guidance/domain/types';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** YAML turns an unquoted 2026-11-23 into a Date; accept both and normalise to a string. */
const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().refine(isRealDate, 'must be a date written YYYY-MM-DD'),
);

const httpsUrl = z
  .string()
  .trim()
  .refine((v) => {
    try {
      return new URL(v).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an https:// URL');

export const sourceSchema = z.strictObject({
  title: text(200),
  publisher: text(120),
  kind: z.enum(SOURCE_KINDS, { error: `must be one of ${SOURCE_KINDS.join(', ')}` }),
  url: httpsUrl,
  checked: isoDate,
});

export const frontMatterSchema = z.strictObject({
  id: z.string().regex(ID_PATTERN, 'must be kebab-case (a-z, 0-9, -)'),
  title: text(120),
  summary: text(400),
  category: z.enum(CATEGORIES, { error: `must be one of ${CATEGORIES.join(', ')}` }),
  urgency: z.enum(URGENCIES, { error: `must be one of ${URGENCIES.join(', ')}` }),
  action: text(120),
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
  related: z.array(z.string().regex(ID_PATTERN, 'must be an article id (kebab-case)')).default([]),
  links: z.array(z.enum(APP_LINKS, { error: `must be one of ${APP_LINKS.join(', ')}` })).default([]),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** "sources.0.url" style path of the first zod issue, and its message. */
export function firstIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0]!;
  const field = issue.path.length ? issue.path.map(String).join('.') : '(front matter)';
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') message = `unknown field(s): ${issue.keys.join(', ')}`;
  else if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) message = 'is required';
  return { field: issue.code === 'unrecognized_keys' && !issue.path.length ? issue.keys[0]! : field, message };
}
