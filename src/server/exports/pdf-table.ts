import type { TFlowBlock, TInline } from './document.js';
import type { PageWriter } from './pdf-page.js';
import type { TLine, TTextStyle } from './pdf-text.js';

type TTable = Extract<TFlowBlock, { kind: 'table' }>;

const GRID: TTextStyle = { size: 9.5 };
const PLAIN: TTextStyle = { size: 10 };
const HEADER_FILL = '#e8edf3';
const BORDER = '#b8c2cc';

/**
 * A table across as many pages as it needs: the header row is repeated on each page, and
 * a row taller than what is left of the page moves to the next one, or, when it is taller
 * than a whole page, is split between lines. In right-to-left documents the first column
 * is on the right.
 */
export function drawTable(page: PageWriter, table: TTable): void {
  const columns = Math.max(table.header?.length ?? 0, ...table.rows.map((row) => row.length));
  if (columns === 0) return;
  const weights = Array.from({ length: columns }, (_, c) => Math.max(table.widths?.[c] ?? 1, 0.01));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const edges: [number, number][] = [];
  let offset = 0;
  for (const weight of weights) {
    const width = ((page.right - page.left) * weight) / total;
    edges.push(page.rtl ? [page.right - offset - width, page.right - offset] : [page.left + offset, page.left + offset + width]);
    offset += width;
  }
  const style = table.plain ? PLAIN : GRID;
  const padX = table.plain ? 2 : 5;
  const padY = table.plain ? 1.5 : 3.5;
  const lineHeight = page.lineHeight(style);
  const layoutRow = (cells: TInline[][], bold: boolean): TLine[][] =>
    edges.map(([left, right], c) => page.text.layout(cells[c] ?? [], right - left - 2 * padX, { ...style, bold }, 'auto'));

  const drawChunk = (cells: TLine[][], done: number[], count: number, isHeader: boolean) => {
    const height = count * lineHeight + 2 * padY;
    cells.forEach((lines, c) => {
      const [left, right] = edges[c]!;
      if (isHeader) page.pdf.rect(left, page.y, right - left, height).fill(HEADER_FILL);
      if (!table.plain) page.pdf.rect(left, page.y, right - left, height).lineWidth(0.5).strokeColor(BORDER).stroke();
      for (let k = 0; k < count && done[c]! < lines.length; k++, done[c]!++) {
        const baseline = page.y + padY + k * lineHeight + style.size * 1.12;
        page.text.draw(lines[done[c]!]!, left + padX, right - padX, baseline, style);
      }
    });
    page.y += height;
  };

  const drawRow = (cells: TLine[][], isHeader: boolean) => {
    const done = cells.map(() => 0);
    const remaining = () => Math.max(0, ...cells.map((lines, c) => lines.length - done[c]!));
    const headerHeight = header ? rowHeight(header) : 0;
    do {
      const lines = Math.max(1, remaining());
      const available = page.bottom - page.y;
      // The header is only ever drawn where space was made for it.
      if (isHeader || lines * lineHeight + 2 * padY <= available) {
        drawChunk(cells, done, lines, isHeader);
        return;
      }
      const fits = Math.floor((available - 2 * padY) / lineHeight);
      const fitsOnEmptyPage = lines * lineHeight + 2 * padY <= page.bottom - page.top - headerHeight;
      if (fitsOnEmptyPage || fits < 2) page.newPage();
      else drawChunk(cells, done, fits, false);
    } while (remaining() > 0);
  };
  const rowHeight = (cells: TLine[][]) => Math.max(1, ...cells.map((lines) => lines.length)) * lineHeight + 2 * padY;

  const header = table.header && !table.plain ? layoutRow(table.header, true) : undefined;
  const drawHeader = () => header && drawRow(header, true);
  page.ensureSpace((header ? rowHeight(header) : 0) + lineHeight + 2 * padY);
  drawHeader();
  page.withRepeatedHeader(drawHeader, () => {
    for (const row of table.rows) drawRow(layoutRow(row, false), false);
  });
  page.y += 8;
}
