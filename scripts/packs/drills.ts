/**
 * The drills pack: drill scenarios from content/drills/*.json, validated with zod, into the
 * `scenarios` table (rows get sourceId 'drills'; custom scenarios use 'user' and survive updates).
 * A bad file fails the build naming the file and the field.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ContentError, type PackBuildContext, type PackBuildOutput } from './types';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const text = z.string().trim().min(1, 'must not be empty');
/** Danish and English are required; Ukrainian is expected for shipped scenarios too. */
const localized = z.strictObject({ da: text, en: text, uk: text });
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id');
const seconds = z.number().int().positive().max(24 * 3600);

const target = z.discriminatedUnion('kind', [
  z.strictObject({ id, kind: z.literal('step'), stepId: id, withinSeconds: seconds, text: localized }),
  z.strictObject({ id, kind: z.literal('allAccounted'), withinSeconds: seconds, text: localized }),
]);

export const scenarioFileSchema = z
  .strictObject({
    id,
    kind: z.enum(['evacuation', 'shelter']),
    checked: isoDate,
    name: localized,
    summary: localized,
    steps: z.array(z.strictObject({ id, text: localized })).min(1),
    targets: z.array(target),
    sources: z
      .array(z.strictObject({ title: text, publisher: text, url: z.url({ protocol: /^https$/ }).optional(), checked: isoDate }))
      .min(1, 'every scenario names at least one official source'),
    note: localized.optional(),
  })
  .superRefine((s, ctx) => {
    const stepIds = s.steps.map((x) => x.id);
    stepIds.forEach((sid, i) => {
      if (stepIds.indexOf(sid) !== i) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `duplicate step id "${sid}"` });
    });
    s.targets.forEach((t, i) => {
      if (t.kind === 'step' && !stepIds.includes(t.stepId)) {
        ctx.addIssue({ code: 'custom', path: ['targets', i, 'stepId'], message: `no step with id "${t.stepId}"` });
      }
    });
  });

export type ScenarioFile = z.infer<typeof scenarioFileSchema>;

/** Validate one file's parsed JSON; throws ContentError naming the file and the first bad field. */
export function parseScenarioFile(file: string, data: unknown): ScenarioFile {
  const result = scenarioFileSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ContentError(file, issue.path.join('.') || '(root)', issue.message);
  }
  const expectedId = path.basename(file, '.json');
  if (result.data.id !== expectedId) throw new ContentError(file, 'id', `must match the file name "${expectedId}"`);
  return result.data;
}

export async function build(ctx: PackBuildContext): Promise<PackBuildOutput<ScenarioFile>> {
  const dir = path.join(ctx.root, 'content', 'drills');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new ContentError('content/drills', '(files)', 'no scenario files');
  const records: ScenarioFile[] = [];
  for (const f of files) {
    const rel = `content/drills/${f}`;
    let data: unknown;
    try {
      data = JSON.parse(await readFile(path.join(dir, f), 'utf8'));
    } catch (err) {
      throw new ContentError(rel, '(file)', `not valid JSON: ${(err as Error).message}`);
    }
    records.push(parseScenarioFile(rel, data));
  }
  const date = records.map((r) => r.checked).sort().at(-1)!;
  const seen = new Map<string, { title: string; url?: string }>();
  for (const r of records) for (const s of r.sources) seen.set(`${s.publisher}: ${s.title}`, { title: `${s.publisher}: ${s.title}`, url: s.url });
  return {
    id: 'drills',
    target: 'scenarios',
    date,
    sources: [...seen.values()].map((s) => ({
      title: s.title,
      licence: 'Beredt text in its own words; facts from the named public source',
      ...(s.url ? { url: s.url } : {}),
    })),
    records,
  };
}
