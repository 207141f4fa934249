/**
 * Guidance pack builder: content/guidance/<lang>/<id>.md → validated GuidanceArticle records
 * for the `guidance` table. Fails with a ContentError naming file and field (see
 * /docs and the article format): bad front matter, unknown category, source markers out of
 * range, related ids that do not exist, topics missing in a language, raw HTML, etc.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { PackSource } from '../../src/lib/packs/pack-types';
import {
  LANGS,
  URGENT_TOPICS,
  articleKey,
  isLang,
  type GuidanceArticle,
  type Lang,
} from '../../src/features/guidance/domain/types';
import { checkMarkers, parseBody } from './guidance-body';
import { firstIssue, frontMatterSchema } from './guidance-schema';
import { ContentError, type PackBuildContext, type PackBuildOutput } from './types';

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parses one article file. `file` is the path shown in errors (relative to the repo). */
export function parseArticle(file: string, lang: Lang, text: string): GuidanceArticle {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new ContentError(file, 'front matter', 'the file must start with YAML front matter between two "---" lines');
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (err) {
    const detail = err instanceof YAMLParseError ? err.message.split('\n')[0] : String(err);
    throw new ContentError(file, 'front matter', `invalid YAML: ${detail}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ContentError(file, 'front matter', 'must be a YAML mapping (key: value lines)');
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error);
    throw new ContentError(file, field, message);
  }
  const fm = parsed.data;
  const expectedId = path.basename(file, '.md');
  if (fm.id !== expectedId) throw new ContentError(file, 'id', `"${fm.id}" must equal the file name "${expectedId}"`);
  if (fm.related.includes(fm.id)) throw new ContentError(file, 'related', 'an article cannot be related to itself');
  const sections = parseBody(text.slice(match[0].length), file);
  checkMarkers(sections, fm.sources, file);
  const checked = fm.sources.map((s) => s.checked).sort().at(-1)!;
  return {
    key: articleKey(fm.id, lang),
    id: fm.id,
    lang,
    title: fm.title,
    summary: fm.summary,
    category: fm.category,
    urgency: fm.urgency,
    action: fm.action,
    sources: fm.sources,
    related: [...new Set(fm.related)],
    links: [...new Set(fm.links)],
    sections,
    checked,
  };
}

/** Checks the corpus as a whole: languages, shared fields, related ids, urgent topics. */
export function checkCorpus(articles: readonly GuidanceArticle[], fileOf: (a: GuidanceArticle) => string): void {
  const byId = new Map<string, Map<Lang, GuidanceArticle>>();
  for (const a of articles) {
    const langs = byId.get(a.id) ?? new Map<Lang, GuidanceArticle>();
    langs.set(a.lang, a);
    byId.set(a.id, langs);
  }
  for (const [id, langs] of byId) {
    const da = langs.get('da');
    const any = [...langs.values()][0]!;
    if (!da) throw new ContentError(fileOf(any), 'id', `topic "${id}" has no Danish article (content/guidance/da/${id}.md); Danish is the fallback`);
    if (!langs.has('en')) throw new ContentError(`content/guidance/en/${id}.md`, 'file', `topic "${id}" is missing its English translation`);
    for (const a of langs.values()) {
      if (a === da) continue;
      for (const field of ['category', 'urgency'] as const) {
        if (a[field] !== da[field]) throw new ContentError(fileOf(a), field, `"${a[field]}" differs from the Danish article ("${da[field]}")`);
      }
      if ([...a.related].sort().join() !== [...da.related].sort().join()) {
        throw new ContentError(fileOf(a), 'related', `[${a.related.join(', ')}] differs from the Danish article ([${da.related.join(', ')}])`);
      }
    }
    if (da.urgency === 'urgent') {
      for (const lang of LANGS) {
        if (!langs.has(lang)) throw new ContentError(`content/guidance/${lang}/${id}.md`, 'file', `urgent topic "${id}" is missing its ${lang} translation`);
      }
    }
    for (const a of langs.values()) {
      a.related.forEach((rel, i) => {
        if (!byId.has(rel)) throw new ContentError(fileOf(a), `related.${i}`, `"${rel}" is not the id of any article`);
      });
    }
  }
  for (const id of URGENT_TOPICS) {
    if (!byId.has(id)) throw new ContentError(`content/guidance/da/${id}.md`, 'file', `the urgent topic "${id}" is missing`);
    if (byId.get(id)!.get('da')!.urgency !== 'urgent') {
      throw new ContentError(`content/guidance/da/${id}.md`, 'urgency', `the topic "${id}" must be urgent`);
    }
  }
}

/** Reads and validates every article under `contentDir` (…/content/guidance). */
export async function buildGuidanceArticles(contentDir: string, root: string): Promise<GuidanceArticle[]> {
  const rel = (p: string) => path.relative(root, p) || p;
  let entries: string[];
  try {
    entries = await readdir(contentDir);
  } catch {
    throw new ContentError(rel(contentDir), 'folder', 'the guidance content folder is missing');
  }
  const articles: GuidanceArticle[] = [];
  const files = new Map<GuidanceArticle, string>();
  for (const entry of entries.sort()) {
    const dir = path.join(contentDir, entry);
    if (entry.startsWith('.')) continue;
    if (!isLang(entry)) throw new ContentError(rel(dir), 'folder', `"${entry}" is not a language; use ${LANGS.join(', ')}`);
    for (const name of (await readdir(dir)).sort()) {
      if (name.startsWith('.')) continue;
      const file = rel(path.join(dir, name));
      if (!name.endsWith('.md')) throw new ContentError(file, 'file', 'only .md articles belong here');
      const article = parseArticle(file, entry, await readFile(path.join(dir, name), 'utf8'));
      articles.push(article);
      files.set(article, file);
    }
  }
  checkCorpus(articles, (a) => files.get(a)!);
  return articles;
}

/** Distinct publishers cited by the articles, as pack sources. */
function packSources(articles: readonly GuidanceArticle[]): PackSource[] {
  const byPublisher = new Map<string, PackSource>();
  for (const a of articles) {
    for (const s of a.sources) {
      if (!byPublisher.has(s.publisher)) {
        byPublisher.set(s.publisher, {
          title: s.publisher,
          licence: 'facts cited, text by Beredt',
          url: new URL(s.url).origin,
        });
      }
    }
  }
  return [...byPublisher.values()].sort((a, b) => a.title.localeCompare(b.title));
}

export async function build(ctx: PackBuildContext): Promise<PackBuildOutput<GuidanceArticle>> {
  const articles = await buildGuidanceArticles(path.join(ctx.root, 'content', 'guidance'), ctx.root);
  return {
    id: 'guidance',
    target: 'guidance',
    date: articles.map((a) => a.checked).sort().at(-1)!,
    sources: packSources(articles),
    records: articles,
  };
}
