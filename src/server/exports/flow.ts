import type { TBlock, TFlowBlock, TInline } from './document.js';
import { parseMarkdown } from './markdown.js';

/** The document's blocks as flow blocks: Markdown parsed, plain text as single runs. */
export function toFlow(blocks: TBlock[]): TFlowBlock[] {
  return blocks.flatMap((block): TFlowBlock[] => {
    switch (block.kind) {
      case 'heading':
        return [{ kind: 'heading', level: block.level, runs: plain(block.text) }];
      case 'paragraph':
        return [{ kind: 'paragraph', runs: plain(block.text) }];
      case 'markdown':
        return parseMarkdown(block.markdown, block.headingOffset);
      case 'list':
        return [{
          kind: 'list',
          items: block.items.map((text, index) => ({ runs: plain(text), depth: 0, ordered: !!block.ordered, marker: block.ordered ? `${index + 1}.` : '•' })),
        }];
      case 'table':
        return [{ kind: 'table', header: block.header.map(plain), rows: block.rows.map((row) => row.map(plain)), widths: block.widths }];
      case 'keyValue':
        return [{ kind: 'table', plain: true, widths: [1, 2], rows: block.pairs.map(([label, value]) => [[{ text: label, bold: true }], plain(value)]) }];
      case 'callout':
        return [{
          kind: 'callout',
          tone: block.tone,
          title: block.title ? [{ text: block.title, bold: true }] : undefined,
          paragraphs: block.text.split(/\n\s*\n/).map((text) => plain(text.trim())),
        }];
      case 'pageBreak':
        return [{ kind: 'pageBreak' }];
    }
  });
}

function plain(text: string): TInline[] {
  return text ? [{ text }] : [];
}
