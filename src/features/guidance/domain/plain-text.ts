import type { Block, GuidanceArticle, Inline, Section, SectionKind, Urgency } from './types';

/** The visible text of inline content, without source markers. */
export function inlineText(content: readonly Inline[]): string {
  let out = '';
  for (const node of content) {
    if (node.type === 'text') out += node.text;
    else if (node.type === 'bold' || node.type === 'link') out += inlineText(node.children);
  }
  return out.replace(/\s+/g, ' ').trim();
}

export function blockText(block: Block): string {
  return block.type === 'paragraph' ? inlineText(block.content) : block.items.map(inlineText).join('\n');
}

/** The whole body as plain text (for search). */
export function bodyText(article: Pick<GuidanceArticle, 'sections'>): string {
  return article.sections.flatMap((s) => s.blocks.map(blockText)).join('\n');
}

const URGENT_ORDER: SectionKind[] = ['during', 'before', 'after'];
const NORMAL_ORDER: SectionKind[] = ['before', 'during', 'after'];

/** Sections in display order: `during` first for urgent topics, else before/during/after. */
export function orderedSections(sections: readonly Section[], urgency: Urgency): Section[] {
  const order = urgency === 'urgent' ? URGENT_ORDER : NORMAL_ORDER;
  return [...sections].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}
