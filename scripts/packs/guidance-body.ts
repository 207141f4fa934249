/**
 * Parses the Markdown body of a guidance article into the small typed AST of
 * src/features/guidance/domain/types.ts, using marked's lexer only (no HTML is ever produced).
 * Anything outside the format (other headings, raw HTML, code, tables, quotes, images,
 * numbered lists, text before the first section) is a ContentError naming file and field.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { SECTION_KINDS, type ArticleSource, type Inline, type Section, type SectionKind } from '../../src/features/guidance/domain/types';
import { ContentError } from './types';

const MARKER = /\[(\d+(?:\s*,\s*\d+)*)\]/g;

/** Splits plain text into text and source-marker nodes. */
function splitMarkers(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    if (m.index > last) out.push({ type: 'text', text: text.slice(last, m.index) });
    out.push({ type: 'source', refs: m[1]!.split(',').map((n) => Number(n.trim())) });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out;
}

/** Merges adjacent text nodes, turns newlines into spaces and trims the ends of the run. */
function normalise(nodes: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const n of nodes) {
    const prev = merged[merged.length - 1];
    if (n.type === 'text' && prev?.type === 'text') prev.text += n.text;
    else merged.push(n.type === 'text' ? { ...n } : n);
  }
  const out: Inline[] = [];
  for (const n of merged) {
    if (n.type !== 'text') {
      out.push(n);
      continue;
    }
    const parts = splitMarkers(n.text.replace(/\s*\n\s*/g, ' '));
    out.push(...parts);
  }
  // Trim outer whitespace and the space before a marker.
  for (let i = 0; i < out.length; i++) {
    const n = out[i]!;
    if (n.type !== 'text') continue;
    if (i === 0) n.text = n.text.replace(/^\s+/, '');
    if (i === out.length - 1) n.text = n.text.replace(/\s+$/, '');
    if (out[i + 1]?.type === 'source') n.text = n.text.replace(/\s+$/, '');
  }
  return out.filter((n) => n.type !== 'text' || n.text.length > 0);
}

function inlines(tokens: readonly Token[] | undefined, file: string, field: string): Inline[] {
  const out: Inline[] = [];
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'text':
      case 'escape': {
        const tt = t as Tokens.Text;
        if (tt.tokens?.length) out.push(...inlines(tt.tokens, file, field));
        else out.push({ type: 'text', text: tt.text });
        break;
      }
      case 'br':
        out.push({ type: 'text', text: ' ' });
        break;
      case 'strong':
        out.push({ type: 'bold', children: normalise(inlines((t as Tokens.Strong).tokens, file, field)) });
        break;
      case 'em':
        // Emphasis is not in the format; keep the words, drop the styling.
        out.push(...inlines((t as Tokens.Em).tokens, file, field));
        break;
      case 'link': {
        const link = t as Tokens.Link;
        if (!/^https:\/\/[^\s]+$/.test(link.href)) {
          throw new ContentError(file, field, `link "${link.text}" must point to an https:// URL, got "${link.href}"`);
        }
        out.push({ type: 'link', href: link.href, children: normalise(inlines(link.tokens, file, field)) });
        break;
      }
      case 'html':
        throw new ContentError(file, field, `raw HTML is not allowed: ${JSON.stringify(t.raw.trim())}`);
      default:
        throw new ContentError(file, field, `${t.type} is not allowed inside a paragraph or bullet: ${JSON.stringify(t.raw.trim())}`);
    }
  }
  return out;
}

/** Parses the body (the Markdown after the front matter) into sections. */
export function parseBody(body: string, file: string): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  const seen = new Set<SectionKind>();
  for (const token of Lexer.lex(body)) {
    if (token.type === 'space') continue;
    if (token.type === 'heading') {
      const h = token as Tokens.Heading;
      const kind = h.text.trim().toLowerCase() as SectionKind;
      if (h.depth !== 2 || !(SECTION_KINDS as readonly string[]).includes(kind)) {
        throw new ContentError(file, 'body', `heading "${'#'.repeat(h.depth)} ${h.text}" is not allowed; use ## before, ## during or ## after`);
      }
      if (seen.has(kind)) throw new ContentError(file, `body.${kind}`, 'section appears twice');
      seen.add(kind);
      current = { kind, blocks: [] };
      sections.push(current);
      continue;
    }
    if (!current) {
      throw new ContentError(file, 'body', `text before the first section heading (## before, ## during or ## after): ${JSON.stringify(token.raw.trim().slice(0, 60))}`);
    }
    const field = `body.${current.kind}`;
    if (token.type === 'paragraph') {
      current.blocks.push({ type: 'paragraph', content: normalise(inlines((token as Tokens.Paragraph).tokens, file, field)) });
    } else if (token.type === 'list') {
      const list = token as Tokens.List;
      if (list.ordered) throw new ContentError(file, field, 'numbered lists are not allowed; use "-" bullets');
      const items = list.items.map((item) => {
        const parts: Token[] = [];
        for (const child of item.tokens) {
          if (child.type === 'text' || child.type === 'paragraph') parts.push(...((child as Tokens.Text).tokens ?? [child]), { type: 'text', raw: ' ', text: ' ' } as Tokens.Text);
          else if (child.type !== 'space') throw new ContentError(file, field, `${child.type} is not allowed inside a bullet: ${JSON.stringify(child.raw.trim().slice(0, 60))}`);
        }
        return normalise(inlines(parts, file, field));
      });
      current.blocks.push({ type: 'list', items });
    } else if (token.type === 'html') {
      throw new ContentError(file, field, `raw HTML is not allowed: ${JSON.stringify(token.raw.trim().slice(0, 60))}`);
    } else {
      throw new ContentError(file, field, `${token.type} is not allowed; use paragraphs and "-" bullets only`);
    }
  }
  if (!sections.length) throw new ContentError(file, 'body', 'needs at least one section: ## before, ## during or ## after');
  for (const s of sections) {
    if (!s.blocks.length) throw new ContentError(file, `body.${s.kind}`, 'section is empty');
  }
  return sections;
}

/**
 * Checks every source marker against the article's sources, that every block is sourced, and
 * that every block cites at least one public authority (a company or an association may be
 * cited in addition, never alone).
 */
export function checkMarkers(sections: readonly Section[], sources: readonly Pick<ArticleSource, 'kind'>[], file: string): void {
  const check = (content: Inline[], field: string, what: string) => {
    const cited = new Set<number>();
    const walk = (nodes: Inline[]) => {
      for (const n of nodes) {
        if (n.type === 'source') {
          for (const r of n.refs) {
            if (r < 1 || r > sources.length) {
              throw new ContentError(file, field, `source marker [${r}] is out of range: the article has ${sources.length} source(s)`);
            }
            cited.add(r);
          }
        } else if (n.type !== 'text') walk(n.children);
      }
    };
    walk(content);
    const words = content.map((n) => (n.type === 'text' ? n.text : '')).join('').slice(0, 50);
    if (content[content.length - 1]?.type !== 'source') {
      throw new ContentError(file, field, `${what} "${words}…" must end with a source marker such as [1]`);
    }
    if (![...cited].some((r) => sources[r - 1]!.kind === 'authority')) {
      throw new ContentError(
        file,
        field,
        `${what} "${words}…" cites [${[...cited].join(', ')}], none of them a public authority (kind: authority); cite the authority that confirms it`,
      );
    }
  };
  for (const s of sections) {
    s.blocks.forEach((b, bi) => {
      if (b.type === 'paragraph') check(b.content, `body.${s.kind}[${bi + 1}]`, 'paragraph');
      else b.items.forEach((item, ii) => check(item, `body.${s.kind}[${bi + 1}].item ${ii + 1}`, 'bullet'));
    });
  }
}
