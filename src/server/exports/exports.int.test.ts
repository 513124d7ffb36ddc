import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx } from './docx.js';
import { PLAN_TEXT, samplePlan } from './exports.fixtures.js';
import { fontPaths } from './fonts.js';
import { renderPdf } from './pdf.js';

/**
 * PDF and DOCX read back by real readers: poppler (pdftotext, pdffonts, pdfinfo) and
 * pandoc, as a person copying text, a search index or a screen reader would get it; for
 * Arabic, also compared with what the same readers get from Chromium's own PDF.
 */
const READERS = ['pdftotext', 'pdffonts', 'pdfinfo', 'pandoc'];
const onPath = (command: string) => (process.env.PATH ?? '').split(delimiter).some((dir) => existsSync(join(dir, command)));
const missing = READERS.filter((command) => !onPath(command));
if (missing.length > 0 && process.env.CI === 'true') throw new Error(`CI requires ${missing.join(', ')} (apt-get install -y poppler-utils pandoc)`);
if (missing.length > 0) console.warn(`[orms] skipping the export readers suite: ${missing.join(', ')} missing (apt-get install -y poppler-utils pandoc)`);
const chromium = process.env.ORMS_CHROMIUM ?? '/usr/bin/chromium';

const dir = mkdtempSync(join(tmpdir(), 'orms-exports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
function saved(buffer: Buffer, extension: string): string {
  const file = join(dir, `${++files}.${extension}`);
  writeFileSync(file, buffer);
  return file;
}
const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
/** Reader output without bidi controls (poppler marks right-to-left runs) and with one space for any whitespace. */
const flat = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
const pdftotext = (file: string, ...options: string[]) => flat(run('pdftotext', [...options, file, '-']));
const noSpace = (text: string) => text.replace(/\s+/g, '');

// Nothing here touches a database: run once, in the PGlite project.
describe.skipIf(missing.length > 0)('exports read back by real readers', () => {
  it('English PDF: text, fonts embedded, start-aligned, title and page numbers', async () => {
    const file = saved(await renderPdf(samplePlan('en')), 'pdf');
    const text = pdftotext(file);
    for (const phrase of ['Business Continuity Plan — Uganda Country Office', 'This plan keeps critical functions running when the Kampala office cannot be used.', 'Resume cash transfers within 48 hours', 'Mobile money first', '2. Move to the alternate site in Entebbe', 'Call the security focal point before anyone travels.', 'Cash transfers to households', '+256 414 123 456']) {
      expect(text).toContain(phrase);
    }
    expect(text).toContain('ليلى حداد'); // an Arabic name in an English plan: right font, logical order
    expect(text).toMatch(/1\s*\/\s*1/);
    const fonts = run('pdffonts', [file]);
    for (const font of ['NotoSans-Regular', 'NotoSans-Bold', 'NotoSans-Italic', 'NotoSansArabic-Regular']) expect(fonts).toMatch(new RegExp(`\\+${font}\\s+CID TrueType\\s+Identity-H\\s+yes yes yes`));
    expect(run('pdfinfo', [file])).toMatch(/Title:\s+Business Continuity Plan — Uganda Country Office/);
    expect(wordBox(file, 'This').xMin).toBeCloseTo(56, 0);
  });

  it('Arabic PDF: sentences come back in logical order, right-aligned, in Noto Sans Arabic', async () => {
    const file = saved(await renderPdf(samplePlan('ar')), 'pdf');
    const text = pdftotext(file);
    const ar = PLAN_TEXT.ar!;
    for (const phrase of [ar.title, 'تحافظ هذه الخطة على استمرار الوظائف الحرجة عندما يتعذر استخدام مكتب كمبالا', 'حماية الموظفين والزوار', 'الانتقال إلى الموقع البديل في عنتيبي', ar.warning, 'التحويلات النقدية للأسر', 'الوقت المستهدف للاستعادة', '+256 414 123 456']) {
      expect(text).toContain(phrase);
    }
    expect(run('pdffonts', [file])).toMatch(/NotoSansArabic-Regular[\s\S]*NotoSansArabic-Bold|NotoSansArabic-Bold[\s\S]*NotoSansArabic-Regular/);
    expect(run('pdfinfo', [file])).toContain(ar.title);
    // The paragraph starts at the right margin (A4 width 595.28 less 56).
    expect(wordBox(file, 'تحافظ').xMax).toBeCloseTo(539.28, 0);
  });

  it.skipIf(!existsSync(chromium))('Arabic PDF: readers get the same text from ours as from Chromium', async () => {
    const sentences = ['يجتمع فريق إدارة الأزمات خلال ساعتين من وقوع الحادث.', 'يتصل منسق ORMS بالسيدة Amina Diallo على الرقم 256 414 123.', 'الوظائف الحرجة: 3 من 12 في عام 2026.'];
    const ours = saved(await renderPdf({ language: 'ar', title: 'خطة', generatedAt: new Date('2026-11-26T09:00:00Z'), blocks: sentences.map((text) => ({ kind: 'paragraph', text })) }), 'pdf');
    const fontFaces = fontPaths().filter(({ name }) => name.endsWith('-regular')).map(({ name, path }) => `@font-face { font-family: ${name}; src: url(file://${path}); }`);
    const html = saved(Buffer.from(`<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8"><style>${fontFaces.join('')} body { font: 14pt latin-regular, arabic-regular; }</style><p>خطة</p>${sentences.map((s) => `<p>${s}</p>`).join('')}`), 'html');
    const reference = join(dir, 'chromium.pdf');
    run(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${join(dir, 'profile')}`, '--allow-file-access-from-files', '--no-pdf-header-footer', `--print-to-pdf=${reference}`, `file://${html}`]);
    // Chromium places each glyph on its own, so poppler sees spaces inside its words (and
    // breaks some of its lines): compare the text without any spaces, page number left out.
    const text = (file: string) => noSpace(pdftotext(file).replace(/ \d+ ?\/ ?\d+ ?$/, ''));
    expect(text(ours)).toBe(text(reference));
    expect(text(ours)).toContain(noSpace(sentences[0]!)); // and that is the logical order
  });

  it('Chinese PDF: Chinese and Latin text, Noto Sans SC embedded', async () => {
    const file = saved(await renderPdf(samplePlan('zh')), 'pdf');
    const text = noSpace(pdftotext(file));
    for (const phrase of ['业务连续性计划——乌干达国家办事处', '当坎帕拉办事处无法使用时，本计划确保关键职能持续运行。', '并通过短信和电子邮件通知所有工作人员。', '在48小时内恢复现金转移', '任何人出行前，请先联系安全协调员。', '向家庭发放现金', 'SamuelOkello']) {
      expect(text).toContain(phrase);
    }
    const fonts = run('pdffonts', [file]);
    expect(fonts).toMatch(/\+NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(fonts).toMatch(/\+NotoSansSC-Bold/);
    expect(fonts).toMatch(/\+NotoSans-Regular/);
  });

  it.each(['fr', 'es', 'ru'] as const)('%s PDF: the text comes back', async (language) => {
    const text = pdftotext(saved(await renderPdf(samplePlan(language)), 'pdf'));
    const plan = PLAN_TEXT[language]!;
    for (const phrase of [plan.title, plan.warning, plan.header[1], plan.rows[0]![0]]) expect(text).toContain(phrase);
  });

  it.each(['en', 'ar'] as const)('%s PDF of 20+ pages: tables continue with their header, every page numbered', async (language) => {
    const started = performance.now();
    const pdf = await renderPdf(samplePlan(language, 14));
    console.info(`[exports] ${language} plan of ${pdf.length} bytes rendered in ${Math.round(performance.now() - started)} ms`);
    const file = saved(pdf, 'pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
    expect(pages).toBeGreaterThan(20);
    const header = PLAN_TEXT[language]!.header[1];
    expect(pdftotext(file).split(header).length - 1).toBeGreaterThan(14); // 14 tables, some over two pages
    const last = pdftotext(file, '-f', String(pages), '-l', String(pages));
    expect(last).toMatch(new RegExp(`${pages}\\s*/\\s*${pages}`));
    expect(pdftotext(file, '-f', '2', '-l', '2')).toMatch(new RegExp(`2\\s*/\\s*${pages}`)); // left to right in Arabic too
  });

  it.each(['en', 'ar', 'zh', 'fr', 'ru'] as const)('%s DOCX: pandoc reads the text back', async (language) => {
    const file = saved(await renderDocx(samplePlan(language)), 'docx');
    const text = flat(run('pandoc', ['-f', 'docx', '-t', 'plain', '--standalone', '--wrap=none', file]));
    const plan = PLAN_TEXT[language]!;
    for (const phrase of [plan.title, plan.warning, plan.header[1], plan.rows[0]![0], plan.contacts[0]![0]]) expect(text).toContain(phrase);
    if (language === 'ar') expect(text).toContain('تحافظ هذه الخطة على استمرار الوظائف الحرجة عندما يتعذر استخدام مكتب كمبالا');
    if (language === 'zh') expect(noSpace(text)).toContain('当坎帕拉办事处无法使用时，本计划确保关键职能持续运行。');
  });

  it('DOCX declares language, direction and East Asian fonts', async () => {
    const arabic = zipEntry(await renderDocx(samplePlan('ar')), 'word/document.xml');
    expect(arabic).toContain('<w:bidi/>');
    expect(arabic).toContain('<w:rtl/>');
    expect(arabic).toContain('<w:bidiVisual/>');
    const styles = zipEntry(await renderDocx(samplePlan('zh')), 'word/styles.xml');
    expect(styles).toMatch(/w:eastAsia="Noto Sans SC"/);
    expect(styles).toMatch(/w:hint="eastAsia"/);
    expect(styles).toMatch(/<w:lang w:val="zh-CN"/);
  });
});

/** The box pdftotext gives the first word containing `text` (right-to-left words come reversed). */
function wordBox(file: string, text: string): { xMin: number; xMax: number } {
  const reversed = Array.from(text).reverse().join('');
  for (const match of run('pdftotext', ['-bbox', file, '-']).matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
    if (match[3]!.includes(text) || match[3]!.includes(reversed)) return { xMin: Number(match[1]), xMax: Number(match[2]) };
  }
  throw new Error(`no word with ${text}`);
}

/** One file of a zip archive (DOCX), from its central directory. */
function zipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let entry = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const nameLength = zip.readUInt16LE(entry + 28);
    const local = zip.readUInt32LE(entry + 42);
    if (zip.toString('utf8', entry + 46, entry + 46 + nameLength) === name) {
      const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const compressed = zip.subarray(data, data + zip.readUInt32LE(entry + 20));
      return (zip.readUInt16LE(entry + 10) === 8 ? inflateRawSync(compressed) : compressed).toString('utf8');
    }
    entry += 46 + nameLength + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
  }
  throw new Error(`${name} is not in the archive`);
}
