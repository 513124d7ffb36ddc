import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The fonts that ship with ORMS for PDF exports (ADR 0008): Noto Sans (Latin, Greek,
 * Cyrillic), Noto Sans Arabic and Noto Sans SC (all of Simplified Chinese, not a subset),
 * as TrueType files from npm packages, so no system font is ever needed at run time.
 */
export type TFontFamily = 'latin' | 'arabic' | 'chinese';
export type TFontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<TFontFamily, Partial<Record<TFontStyle, string>>> = {
  latin: {
    regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
    italic: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
    boldItalic: '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf',
  },
  // Arabic and Chinese have no italics: typography in those scripts does not use them.
  arabic: {
    regular: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
  },
  chinese: {
    regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  },
};

export const FONT_FAMILIES: readonly TFontFamily[] = ['latin', 'arabic', 'chinese'];

/** The name a font is registered under in a PDF document, e.g. `arabic-bold`. */
export function fontName(family: TFontFamily, style: TFontStyle): string {
  return `${family}-${fileStyle(family, style)}`;
}

function fileStyle(family: TFontFamily, style: TFontStyle): TFontStyle {
  if (FILES[family][style]) return style;
  return style === 'boldItalic' ? 'bold' : 'regular';
}

const require = createRequire(import.meta.url);

export class ExportFontsMissing extends Error {}

/** Paths of every shipped font file; throws naming the missing package when one is absent. */
export function fontPaths(): { name: string; path: string }[] {
  const out: { name: string; path: string }[] = [];
  for (const family of FONT_FAMILIES) {
    for (const [style, spec] of Object.entries(FILES[family])) {
      let path: string;
      try {
        path = require.resolve(spec);
      } catch {
        throw new ExportFontsMissing(`Export font ${spec} is missing: run npm install (its package is a dependency of ORMS).`);
      }
      if (!existsSync(path)) throw new ExportFontsMissing(`Export font file ${path} is missing.`);
      out.push({ name: `${family}-${style}`, path });
    }
  }
  return out;
}

/** For start-up: fail early, with a clear message, rather than on the first export. */
export function assertExportFontsPresent(): void {
  fontPaths();
}

export type TLoadedFont = { name: string; data: Buffer; coverage: TCoverage };
let loaded: Map<string, TLoadedFont> | undefined;

/**
 * Every font file read once per process and kept: pdfkit registers fonts from these
 * buffers in each document, so no render reads the disk again (ADR 0008).
 */
export function loadFonts(): Map<string, TLoadedFont> {
  if (loaded) return loaded;
  const fonts = new Map<string, TLoadedFont>();
  for (const { name, path } of fontPaths()) {
    const data = readFileSync(path);
    fonts.set(name, { name, data, coverage: readCoverage(data) });
  }
  loaded = fonts;
  return fonts;
}

/** Code point ranges a font maps, sorted and merged: enough to choose a fallback font per character. */
export type TCoverage = { starts: Uint32Array; ends: Uint32Array };

export function covers(coverage: TCoverage, codePoint: number): boolean {
  let low = 0;
  let high = coverage.starts.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (codePoint < coverage.starts[mid]!) high = mid - 1;
    else if (codePoint > coverage.ends[mid]!) low = mid + 1;
    else return true;
  }
  return false;
}

/** Reads the cmap table (format 12, else format 4) of a TrueType/OpenType file. */
export function readCoverage(data: Buffer): TCoverage {
  const tableCount = data.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tableCount; i++) {
    const record = 12 + i * 16;
    if (data.toString('latin1', record, record + 4) === 'cmap') cmap = data.readUInt32BE(record + 8);
  }
  if (cmap < 0) throw new Error('Font has no cmap table.');
  let format4 = -1;
  let format12 = -1;
  const subtables = data.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const record = cmap + 4 + i * 8;
    const platform = data.readUInt16BE(record);
    const encoding = data.readUInt16BE(record + 2);
    const offset = cmap + data.readUInt32BE(record + 4);
    const format = data.readUInt16BE(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && format === 12) format12 = offset;
    if (unicode && format === 4) format4 = offset;
  }
  const ranges: [number, number][] = [];
  if (format12 >= 0) {
    const groups = data.readUInt32BE(format12 + 12);
    for (let i = 0; i < groups; i++) {
      const group = format12 + 16 + i * 12;
      ranges.push([data.readUInt32BE(group), data.readUInt32BE(group + 4)]);
    }
  } else if (format4 >= 0) {
    const segments = data.readUInt16BE(format4 + 6) / 2;
    for (let i = 0; i < segments; i++) {
      const end = data.readUInt16BE(format4 + 14 + i * 2);
      const start = data.readUInt16BE(format4 + 16 + segments * 2 + i * 2);
      if (start !== 0xffff) ranges.push([start, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return { starts: Uint32Array.from(merged, (r) => r[0]), ends: Uint32Array.from(merged, (r) => r[1]) };
}
