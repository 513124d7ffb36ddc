import type { TFlowBlock, TInline, TListItem } from './document.js';
import { parseInline } from './markdown-inline.js';

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const QUOTE = /^ {0,3}>[ ]?(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const BULLETS = ['•', '◦', '▪'];

/**
 * The Markdown of plan sections (ADR 0006) as flow blocks: ATX and setext headings,
 * paragraphs, nested bullet and numbered lists, pipe tables, block quotes (as notes) and
 * fenced code (as plain text). A small parser of our own: exports need only the structure.
 */
export function parseMarkdown(source: string, headingOffset = 0): TFlowBlock[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: TFlowBlock[] = [];
  let paragraph: string[] = [];
  let list: ListBuilder | undefined;
  let blankBefore = false;

  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', runs: paragraphRuns(paragraph) });
    paragraph = [];
  };
  const closeList = () => {
    if (list) blocks.push({ kind: 'list', items: list.items.map(finishItem) });
    list = undefined;
  };
  const heading = (level: number, text: string): TFlowBlock => ({
    kind: 'heading',
    level: Math.min(4, Math.max(1, level + headingOffset)) as 1 | 2 | 3 | 4,
    runs: parseInline(text.trim()),
  });

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const item = LIST_ITEM.exec(line);
    if (line.trim() === '') {
      flushParagraph();
      blankBefore = true;
      continue;
    }
    const wasBlank = blankBefore;
    blankBefore = false;
    if (paragraph.length > 0 && !list && SETEXT.test(line)) {
      const text = paragraph.join(' ');
      paragraph = [];
      blocks.push(heading(line.trim().startsWith('=') ? 1 : 2, text));
    } else if (RULE.test(line)) {
      flushParagraph();
      closeList();
    } else if (item) {
      flushParagraph();
      list ??= new ListBuilder();
      list.add(item[1]!.replace(/\t/g, '    ').length, item[2]!, item[3] ?? '');
    } else if (HEADING.test(line)) {
      flushParagraph();
      closeList();
      const match = HEADING.exec(line)!;
      blocks.push(heading(match[1]!.length, match[2] ?? ''));
    } else if (FENCE.test(line)) {
      flushParagraph();
      closeList();
      const fence = FENCE.exec(line)![1]!;
      const code: string[] = [];
      while (i + 1 < lines.length && !lines[i + 1]!.trim().startsWith(fence)) code.push(lines[++i]!);
      i++;
      blocks.push({ kind: 'paragraph', runs: [{ text: code.join('\n') }] });
    } else if (QUOTE.test(line)) {
      flushParagraph();
      closeList();
      const quoted: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i]!)) quoted.push(QUOTE.exec(lines[i++]!)![1]!);
      i--;
      blocks.push({ kind: 'callout', tone: 'note', paragraphs: splitParagraphs(quoted) });
    } else if (list && list.current && (!wasBlank || /^[ \t]{2,}/.test(line))) {
      list.current.text.push(line.trim()); // a continuation line of the last item
    } else if (paragraph.length === 0 && line.includes('|') && TABLE_SEPARATOR.test(lines[i + 1] ?? '')) {
      closeList();
      const header = tableCells(line);
      const rows: TInline[][][] = [];
      i += 2;
      while (i < lines.length && lines[i]!.includes('|') && lines[i]!.trim() !== '') rows.push(tableCells(lines[i++]!));
      i--;
      blocks.push({ kind: 'table', header, rows });
    } else {
      closeList();
      paragraph.push(line);
    }
  }
  flushParagraph();
  closeList();
  return blocks;
}

type TOpenItem = Omit<TListItem, 'runs'> & { text: string[] };

/** Nesting follows indentation; numbered items count from the first item's number, as Markdown does. */
class ListBuilder {
  items: TOpenItem[] = [];
  current: TOpenItem | undefined;
  private indents: number[] = [];
  private counters: { ordered: boolean; next: number }[] = [];

  add(indent: number, bullet: string, text: string) {
    while (this.indents.length > 0 && indent < this.indents[this.indents.length - 1]!) this.indents.pop();
    if (this.indents.length === 0 || indent > this.indents[this.indents.length - 1]!) this.indents.push(indent);
    const depth = Math.min(this.indents.length - 1, 3);
    this.counters.length = depth + 1;
    const ordered = /\d/.test(bullet);
    const counter = this.counters[depth];
    const number = counter && counter.ordered === ordered ? counter.next : ordered ? parseInt(bullet, 10) : 1;
    this.counters[depth] = { ordered, next: number + 1 };
    const marker = ordered ? `${number}.` : BULLETS[depth % BULLETS.length]!;
    this.current = { depth, ordered, marker, text: [text.trim()] };
    this.items.push(this.current);
  }
}

function finishItem({ text, ...item }: TOpenItem): TListItem {
  return { ...item, runs: paragraphRuns(text) };
}

/** Lines of one paragraph: soft breaks become spaces; two trailing spaces or a backslash keep the break. */
function paragraphRuns(lines: string[]): TInline[] {
  let text = '';
  lines.forEach((line, index) => {
    const last = index === lines.length - 1;
    const hard = /( {2,}|\\)$/.test(line);
    text += line.trim().replace(/\\$/, '');
    if (!last) text += hard ? '\n' : ' ';
  });
  return parseInline(text);
}

function splitParagraphs(lines: string[]): TInline[][] {
  const out: TInline[][] = [];
  let current: string[] = [];
  for (const line of [...lines, '']) {
    if (line.trim() !== '') current.push(line);
    else if (current.length > 0) {
      out.push(paragraphRuns(current));
      current = [];
    }
  }
  return out;
}

function tableCells(line: string): TInline[][] {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  return row.split(/(?<!\\)\|/).map((cell) => parseInline(cell.trim().replace(/\\\|/g, '|')));
}
