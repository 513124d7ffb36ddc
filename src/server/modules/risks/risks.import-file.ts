import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../../domain/contract/risks.js';
import { readTabularFile, type TReadResult } from '../../exports/tabular-file.js';

export { detectDelimiter, type TFileProblem, type TFileRows, type TReadResult } from '../../exports/tabular-file.js';

/** A register file read into header and rows; problems carry `risks.import.*` codes, which the risks UI words. */
export function readRegisterFile(format: 'csv' | 'xlsx', contentBase64: string): Promise<TReadResult> {
  return readTabularFile(format, contentBase64, { codePrefix: 'risks.import', maxBytes: MAX_IMPORT_BYTES, maxRows: MAX_IMPORT_ROWS, noun: 'register' });
}
