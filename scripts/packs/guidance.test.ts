import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build as buildPack, buildGuidanceArticles, parseArticle } from './guidance';
import { ContentError } from './types';

interface Fm {
  [k: string]: unknown;
}

function article(fm: Fm = {}, body = '## during\n- Go indoors. [1]\n'): string {
  const base: Fm = {
    id: 'sirens',
    title: 'When the sirens sound',
    summary: 'What the signals mean.',
    category: 'warning',
    urgency: 'urgent',
    action: 'Go indoors.',
    sources: [{ title: 'Sirenevarsling', publisher: 'Politiet', kind: 'authority', url: 'https://politi.dk/x', checked: '2026-11-23' }],
    related: [],
    ...fm,
  };
  const yaml = Object.entries(base)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n');
  return `---\n${yaml}\n---\n${body}`;
}

function fail(fn: () => unknown): ContentError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ContentError);
    return err as ContentError;
  }
  throw new Error('expected a ContentError');
}

const parse = (text: string, file = 'content/guidance/en/sirens.md') => parseArticle(file, 'en', text);

describe('parseArticle', () => {
  it('parses front matter and body into the typed AST', () => {
    const a = parse(
      article(
        { links: ['plan'], related: ['power-cut'] },
        '## before\nKnow the **warning** signal, see [the police](https://politi.dk/x). [1]\n\n## during\n- Go in. [1]\n- Close\n  windows. [1, 1]\n',
      ),
    );
    expect(a.key).toBe('sirens:en');
    expect(a.checked).toBe('2026-11-23');
    expect(a.links).toEqual(['plan']);
    expect(a.sections.map((s) => s.kind)).toEqual(['before', 'during']);
    expect(a.sections[0]!.blocks[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Know the ' },
        { type: 'bold', children: [{ type: 'text', text: 'warning' }] },
        { type: 'text', text: ' signal, see ' },
        { type: 'link', href: 'https://politi.dk/x', children: [{ type: 'text', text: 'the police' }] },
        { type: 'text', text: '.' },
        { type: 'source', refs: [1] },
      ],
    });
    expect(a.sections[1]!.blocks[0]).toEqual({
      type: 'list',
      items: [
        [{ type: 'text', text: 'Go in.' }, { type: 'source', refs: [1] }],
        [{ type: 'text', text: 'Close windows.' }, { type: 'source', refs: [1, 1] }],
      ],
    });
  });

  it('accepts unquoted YAML dates', () => {
    const text = article().replace('"checked":"2026-11-23"', '"checked": 2026-11-23');
    expect(parse(text.replace('{"title"', '{ "title"')).sources[0]!.checked).toBe('2026-11-23');
  });

  it.each([
    ['category', { category: 'zombies' }, 'category', /must be one of warning/],
    ['urgency', { urgency: 'soon' }, 'urgency', /urgent, important, prepare/],
    ['missing title', { title: undefined }, 'title', /is required/],
    ['empty summary', { summary: '  ' }, 'summary', /must not be empty/],
    ['long action', { action: 'x'.repeat(121) }, 'action', /at most 120/],
    ['no sources', { sources: [] }, 'sources', /at least one source/],
    ['missing kind', { sources: [{ title: 't', publisher: 'p', url: 'https://x.dk', checked: '2026-11-23' }] }, 'sources.0.kind', /authority, operator, organisation/],
    ['unknown kind', { sources: [{ title: 't', publisher: 'p', kind: 'blog', url: 'https://x.dk', checked: '2026-11-23' }] }, 'sources.0.kind', /must be one of authority/],
    ['http source', { sources: [{ title: 't', publisher: 'p', kind: 'authority', url: 'http://x.dk', checked: '2026-11-23' }] }, 'sources.0.url', /https/],
    ['bad date', { sources: [{ title: 't', publisher: 'p', kind: 'authority', url: 'https://x.dk', checked: '2026-02-30' }] }, 'sources.0.checked', /YYYY-MM-DD/],
    ['missing publisher', { sources: [{ title: 't', kind: 'authority', url: 'https://x.dk', checked: '2026-11-23' }] }, 'sources.0.publisher', /is required/],
    ['bad related', { related: ['Power Cut'] }, 'related.0', /kebab-case/],
    ['bad link', { links: ['shop'] }, 'links.0', /supplies, shelters/],
    ['unknown field', { colour: 'red' }, 'colour', /unknown field/],
    ['id not file name', { id: 'power-cut' }, 'id', /file name "sirens"/],
    ['related to itself', { related: ['sirens'] }, 'related', /itself/],
  ])('names the field: %s', (_name, fm, field, message) => {
    const err = fail(() => parse(article(fm as Fm)));
    expect(err.file).toBe('content/guidance/en/sirens.md');
    expect(err.field).toBe(field);
    expect(err.message).toMatch(message);
    expect(err.message.startsWith('content/guidance/en/sirens.md: ' + field + ': ')).toBe(true);
  });

  describe('every fact cites a public authority', () => {
    const sources = [
      { title: 'Sirenevarsling', publisher: 'Politiet', kind: 'authority', url: 'https://politi.dk/x', checked: '2026-11-23' },
      { title: 'Nedbrud', publisher: 'TDC NET', kind: 'operator', url: 'https://tdcnet.com/x', checked: '2026-11-23' },
      { title: 'Genoplivning', publisher: 'Hjerteforeningen', kind: 'organisation', url: 'https://hjerteforeningen.dk/x', checked: '2026-11-23' },
    ];
    it('accepts a company or an association next to an authority', () => {
      const a = parse(article({ sources }, '## during\n- Go in. [1, 2]\n- Press hard. [3][1]\n'));
      expect(a.sources.map((s) => s.kind)).toEqual(['authority', 'operator', 'organisation']);
    });
    it.each([
      ['an operator alone', '## during\n- Go in. [2]\n', 'body.during[1].item 1', /cites \[2\], none of them a public authority/],
      ['an organisation alone', '## before\nPress hard. [3]\n', 'body.before[1]', /cites \[3\], none of them a public authority/],
      ['two non-authorities', '## during\n- Go in. [1]\n- Press. [2, 3]\n', 'body.during[1].item 2', /cites \[2, 3\]/],
    ])('refuses %s', (_name, body, field, message) => {
      const err = fail(() => parse(article({ sources }, body)));
      expect(err.field).toBe(field);
      expect(err.message).toMatch(message);
    });
  });

  it.each([
    ['marker out of range', '## during\n- Go in. [2]\n', 'body.during[1].item 1', /\[2\] is out of range: the article has 1 source/],
    ['marker zero', '## during\nGo in. [0]\n', 'body.during[1]', /\[0\] is out of range/],
    ['unsourced bullet', '## during\n- Go in. [1]\n- Close windows.\n', 'body.during[1].item 2', /must end with a source marker/],
    ['unsourced paragraph', '## after\nStay calm.\n', 'body.after[1]', /must end with a source marker/],
    ['raw HTML block', '## during\n<div>hi</div>\n', 'body.during', /raw HTML/],
    ['raw HTML inline', '## during\n- Go <b>in</b>. [1]\n', 'body.during', /raw HTML/],
    ['unknown heading', '## meanwhile\n- Go in. [1]\n', 'body', /## meanwhile/],
    ['h3', '## during\n### more\n', 'body', /### more/],
    ['text before section', 'Hello. [1]\n## during\n- Go. [1]\n', 'body', /before the first section/],
    ['duplicate section', '## during\n- a [1]\n## during\n- b [1]\n', 'body.during', /twice/],
    ['empty section', '## before\n## during\n- a [1]\n', 'body.before', /empty/],
    ['no section', '\n', 'body', /at least one section/],
    ['numbered list', '## during\n1. Go in. [1]\n', 'body.during', /numbered lists/],
    ['code block', '## during\n```\nx\n```\n', 'body.during', /code is not allowed/],
    ['javascript link', '## during\n- [x](javascript:alert(1)) [1]\n', 'body.during', /https:\/\//],
    ['image', '## during\n- ![x](https://x.dk/a.png) [1]\n', 'body.during', /image is not allowed/],
  ])('fails on the body: %s', (_name, body, field, message) => {
    const err = fail(() => parse(article({}, body)));
    expect(err.field).toBe(field);
    expect(err.message).toMatch(message);
  });

  it('fails without front matter or with broken YAML', () => {
    expect(fail(() => parse('## during\n- a [1]\n')).field).toBe('front matter');
    const err = fail(() => parse('---\nid: [sirens\n---\n## during\n- a [1]\n'));
    expect(err.field).toBe('front matter');
    expect(err.message).toMatch(/invalid YAML/);
  });
});

describe('buildGuidanceArticles (corpus rules)', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const URGENT = ['sirens', 'phone-network-down', 'power-cut', 'shelter-in-place', 'emergency-numbers'];

  async function corpus(files: Record<string, string>): Promise<string> {
    dir = await mkdtemp(path.join(tmpdir(), 'guidance-'));
    for (const [rel, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
      await writeFile(path.join(dir, rel), text);
    }
    return dir;
  }

  /** A complete minimal corpus: the five urgent topics in da, en, uk plus one prepare topic. */
  function complete(): Record<string, string> {
    const files: Record<string, string> = {};
    for (const id of URGENT) {
      for (const lang of ['da', 'en', 'uk']) files[`${lang}/${id}.md`] = article({ id, related: ['cyber-attack'] });
    }
    for (const lang of ['da', 'en']) {
      files[`${lang}/cyber-attack.md`] = article({ id: 'cyber-attack', category: 'cyber', urgency: 'important', related: [] });
    }
    return files;
  }

  const build = async (files: Record<string, string>) => buildGuidanceArticles(await corpus(files), dir);

  async function buildFails(files: Record<string, string>): Promise<ContentError> {
    try {
      await build(files);
    } catch (err) {
      expect(err).toBeInstanceOf(ContentError);
      return err as ContentError;
    }
    throw new Error('expected a ContentError');
  }

  it('builds a complete corpus', async () => {
    const articles = await build(complete());
    expect(articles).toHaveLength(17);
    expect(new Set(articles.map((a) => a.key)).size).toBe(17);
  });

  it('fails on a missing urgent translation, naming the file', async () => {
    const files = complete();
    delete files['uk/power-cut.md'];
    const err = await buildFails(files);
    expect(err.file).toBe('content/guidance/uk/power-cut.md');
    expect(err.message).toMatch(/urgent topic "power-cut" is missing its uk translation/);
  });

  it('fails when a topic has no English article', async () => {
    const files = complete();
    delete files['en/cyber-attack.md'];
    expect((await buildFails(files)).message).toMatch(/"cyber-attack" is missing its English translation/);
  });

  it('fails when a topic has no Danish article', async () => {
    const files = complete();
    files['en/first-aid.md'] = article({ id: 'first-aid', urgency: 'important', category: 'first-aid' });
    const err = await buildFails(files);
    expect(err.file).toBe('en/first-aid.md');
    expect(err.message).toMatch(/no Danish article/);
  });

  it('fails when an urgent topic is missing entirely', async () => {
    const files = complete();
    for (const lang of ['da', 'en', 'uk']) delete files[`${lang}/sirens.md`];
    expect((await buildFails(files)).message).toMatch(/the urgent topic "sirens" is missing/);
  });

  it('fails on related ids that do not exist', async () => {
    const files = complete();
    files['en/cyber-attack.md'] = article({ id: 'cyber-attack', category: 'cyber', urgency: 'important', related: ['zombies'] });
    files['da/cyber-attack.md'] = files['en/cyber-attack.md'];
    const err = await buildFails(files);
    expect(err.field).toBe('related.0');
    expect(err.message).toMatch(/"zombies" is not the id of any article/);
  });

  it('fails when a translation disagrees on category, urgency or related', async () => {
    const files = complete();
    files['en/sirens.md'] = article({ id: 'sirens', category: 'cbrn', related: ['cyber-attack'] });
    let err = await buildFails(files);
    expect([err.file, err.field]).toEqual(['en/sirens.md', 'category']);
    files['en/sirens.md'] = article({ id: 'sirens', related: [] });
    err = await buildFails(files);
    expect(err.field).toBe('related');
  });

  it('fails on a folder that is not a language and on non-Markdown files', async () => {
    expect((await buildFails({ ...complete(), 'de/sirens.md': article() })).message).toMatch(/"de" is not a language/);
    expect((await buildFails({ ...complete(), 'da/notes.txt': 'x' })).field).toBe('file');
  });

  it('build(ctx) reads <root>/content/guidance and fails naming file and field', async () => {
    const files = complete();
    files['da/sirens.md'] = article({ id: 'sirens', related: ['cyber-attack'] }, '## during\n- Go in. [3]\n');
    const root = await corpus(Object.fromEntries(Object.entries(files).map(([k, v]) => [`content/guidance/${k}`, v])));
    await expect(buildPack({ root, dataDir: '' })).rejects.toThrow(
      'content/guidance/da/sirens.md: body.during[1].item 1: source marker [3] is out of range: the article has 1 source(s)',
    );
    files['da/sirens.md'] = article({ id: 'sirens', related: ['cyber-attack'] });
    await rm(root, { recursive: true, force: true });
    const ok = await corpus(Object.fromEntries(Object.entries(files).map(([k, v]) => [`content/guidance/${k}`, v])));
    const out = await buildPack({ root: ok, dataDir: '' });
    expect(out).toMatchObject({ id: 'guidance', target: 'guidance', date: '2026-11-23' });
    expect(out.records).toHaveLength(17);
    expect(out.sources).toEqual([{ title: 'Politiet', licence: 'facts cited, text by Beredt', url: 'https://politi.dk' }]);
  });
});
