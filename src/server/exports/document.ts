import type { TLanguage } from '../../domain/languages.js';

/**
 * A format-neutral document that renders to PDF (`renderPdf`) and DOCX (`renderDocx`):
 * plans, one-page action cards and reports build one of these, in the plan's language,
 * and never deal with a file format. Text is plain; `markdown` carries plan sections.
 */
export type TExportDocument = {
  language: TLanguage;
  title: string;
  subtitle?: string;
  /** Label/value lines under the title: organization, unit, version, approval date… */
  meta?: [label: string, value: string][];
  /** Recorded as the file's creation date; passed in because server code never reads the clock. */
  generatedAt: Date;
  blocks: TBlock[];
};

export type TBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  /** A plan section: headings, paragraphs, lists, pipe tables, quotes, bold and italic. `headingOffset` pushes its `#` levels down under the caller's own heading. */
  | { kind: 'markdown'; markdown: string; headingOffset?: number }
  | { kind: 'list'; ordered?: boolean; items: string[] }
  /** `widths` are relative hints, one per column (e.g. `[1, 3, 1]`). */
  | { kind: 'table'; header: string[]; rows: string[][]; widths?: number[] }
  | { kind: 'keyValue'; pairs: [label: string, value: string][] }
  | { kind: 'callout'; tone: 'note' | 'warning'; title?: string; text: string }
  | { kind: 'pageBreak' };

/** A piece of text with one style; what the renderers lay out. */
export type TInline = { text: string; bold?: boolean; italic?: boolean };

/** A list item after numbering: `marker` is what PDF draws; DOCX numbers with `ordered` and `depth`. */
export type TListItem = { runs: TInline[]; depth: number; ordered: boolean; marker: string };

/**
 * Blocks after Markdown is parsed and plain text turned into runs: the only shape the
 * PDF and DOCX renderers know.
 */
export type TFlowBlock =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; runs: TInline[] }
  | { kind: 'paragraph'; runs: TInline[] }
  | { kind: 'list'; items: TListItem[] }
  /** `plain`: no header row shading and no grid, for label/value pairs. */
  | { kind: 'table'; header?: TInline[][]; rows: TInline[][][]; widths?: number[]; plain?: boolean }
  | { kind: 'callout'; tone: 'note' | 'warning'; title?: TInline[]; paragraphs: TInline[][] }
  | { kind: 'pageBreak' };
