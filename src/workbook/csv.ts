/**
 * CSV text as the figures sheet: RFC 4180 fields, `;` or `,` between them (whichever the heading line uses more;
 * Excel on Vietnamese Windows writes `;`), an Excel `sep=` first line honoured, a UTF-8 byte-order mark dropped.
 */
import type { Lang } from '../i18n/translate';
import type { Raw } from './cells';
import { SHEET_NAMES } from './layout';
import { columnKeyOf, type SheetRow, type SheetTable } from './tables';

export type Delimiter = ';' | ',';

export interface CsvRecords {
  delimiter: Delimiter;
  /** the records in order, each with its row number as a spreadsheet shows it (1 = the heading) */
  records: { row: number; fields: string[] }[];
}

/** `;` or `,`: whichever the first line has more of outside quotes (`,` on a tie). */
export function detectDelimiter(firstLine: string): Delimiter {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

export function parseCsv(input: string): CsvRecords {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let delimiter: Delimiter | null = null;
  let row = 1;
  const sep = /^sep=([;,])\r?\n?/i.exec(text);
  if (sep) {
    delimiter = sep[1] as Delimiter;
    text = text.slice(sep[0].length);
  }
  delimiter ??= detectDelimiter(text.split(/\r\n|\n|\r/, 1)[0] ?? '');
  const records: CsvRecords['records'] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (fields.some((f) => f.trim() !== '')) records.push({ row, fields });
    row++;
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return { delimiter, records };
}

/** The records as the figures sheet: the first record is the heading (Vietnamese, English or field names). */
export function csvFigures(records: CsvRecords['records'], lang: Lang): SheetTable {
  const [heading, ...rest] = records;
  const headers = new Map<string, string>();
  const columnOf = new Map<string, number>();
  (heading?.fields ?? []).forEach((text, i) => {
    const key = columnKeyOf('figures', text);
    if (key !== null && !headers.has(key)) {
      headers.set(key, text.trim());
      columnOf.set(key, i);
    }
  });
  const rows: SheetRow[] = rest.map((record) => {
    const cells = new Map<string, Raw>();
    for (const [key, i] of columnOf) {
      const value = record.fields[i] ?? '';
      cells.set(key, value.trim() === '' ? null : value);
    }
    return { row: record.row, cells };
  });
  return {
    key: 'figures',
    name: SHEET_NAMES.figures[lang],
    found: true,
    headers,
    rows: rows.filter((r) => [...r.cells.values()].some((v) => v !== null)),
  };
}
