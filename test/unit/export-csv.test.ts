import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvBlob, tableToCsv } from '../../src/export/csv';
import type { Table as ExportTable } from '../../src/model/table';

/** A strict RFC 4180 reader, written independently of the writer, to read the output back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
      } else {
        field += ch;
        i++;
      }
    } else if (ch === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (ch === '\r' || ch === '\n') {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length) throw new Error('last line has no CRLF');
  return rows;
}

const table: ExportTable = {
  columns: [
    { key: 'label', label: 'Chỉ tiêu' },
    { key: 'value', label: 'Giá trị' },
    { key: 'unit', label: 'Đơn vị' },
    { key: 'locator', label: 'Vị trí trong báo cáo' },
  ],
  rows: [
    { label: 'Tổ chức đảng được cấp ủy kiểm tra', value: 1282, unit: 'tổ chức', locator: 'Phần 2, đoạn 5' },
    { label: 'Đảng viên, "tiêu biểu"', value: 17118, unit: null, locator: 'dòng 1\ndòng 2' },
    { label: 'Thay đổi', value: -360, unit: 'đảng viên', locator: null },
  ],
};

describe('tableToCsv', () => {
  it('starts with the UTF-8 BOM, ends lines with CRLF, and has no bare LF', () => {
    const csv = tableToCsv(table);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    // the only LF not preceded by CR is the one inside the quoted "dòng 1\ndòng 2" cell
    expect(csv.match(/(?<!\r)\n/g)).toHaveLength(1);
  });

  it('writes the column labels as the header, Vietnamese intact', () => {
    const [header] = parseCsv(tableToCsv(table).slice(1));
    expect(header).toEqual(table.columns.map((c) => c.label));
    expect(tableToCsv(table).slice(1).split('\r\n')[0]).toBe('Chỉ tiêu,Giá trị,Đơn vị,Vị trí trong báo cáo');
  });

  it('quotes commas, doubles quotes, keeps newlines inside quotes, and reads back to the same cells', () => {
    const csv = tableToCsv(table);
    expect(csv).toContain('"Đảng viên, ""tiêu biểu"""');
    expect(csv).toContain('"dòng 1\ndòng 2"');
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(4);
    expect(rows[2]).toEqual(['Đảng viên, "tiêu biểu"', '17118', '', 'dòng 1\ndòng 2']);
  });

  it('writes numbers raw (1282, not 1.282 or 1,282), negative numbers unguarded, null as empty', () => {
    const rows = parseCsv(tableToCsv(table).slice(1));
    expect(rows[1]![1]).toBe('1282');
    expect(rows[3]).toEqual(['Thay đổi', '-360', 'đảng viên', '']);
    expect(parseCsv(tableToCsv({ columns: [{ key: 'x', label: 'x' }], rows: [{ x: 0.25 }, { x: Number.NaN }, {}] }).slice(1))).toEqual([
      ['x'],
      ['0.25'],
      [''],
      [''],
    ]);
  });

  it('neutralises text cells a spreadsheet would run as a formula', () => {
    const evil = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1'];
    const csv = tableToCsv({ columns: [{ key: 'v', label: 'v' }], rows: evil.map((v) => ({ v })) });
    const cells = parseCsv(csv.slice(1))
      .slice(1)
      .map((r) => r[0]);
    expect(cells).toEqual(evil.map((v) => `'${v}`));
    // text that merely contains those characters later is left alone
    expect(parseCsv(tableToCsv({ columns: [{ key: 'v', label: 'v' }], rows: [{ v: 'a=b-c' }] }).slice(1))[1]).toEqual(['a=b-c']);
  });

  it('round-trips any table (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'ệ', 'Đ', ',', '"', '\n', '\r', ' ', '=', '-', '1', '＝', '\u00a0') });
    const value = fc.oneof(text, fc.integer({ min: -1e9, max: 1e9 }), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { maxLength: 6 }), (pairs) => {
        const t: ExportTable = {
          columns: [
            { key: 'a', label: 'A' },
            { key: 'b', label: 'B' },
          ],
          rows: pairs.map(([a, b]) => ({ a, b })),
        };
        const back = parseCsv(tableToCsv(t).slice(1)).slice(1);
        const expected = pairs.map((p) =>
          p.map((v) => (v === null ? '' : typeof v === 'number' ? String(v) : /^(?:[\t\r]|\s*[=+\-@＝＋－＠])/.test(v) ? `'${v}` : v)),
        );
        expect(back).toEqual(expected);
      }),
    );
  });
});

describe('csvBlob', () => {
  it('is a UTF-8 CSV Blob whose bytes start with EF BB BF', async () => {
    const blob = csvBlob(table);
    expect(blob.type).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(tableToCsv(table).slice(1)); // TextDecoder drops the BOM
  });
});

describe('formula guard after spaces and in fullwidth forms', () => {
  it('guards " =1+1", fullwidth ＝ ＋ － ＠ and their spaced forms; numbers stay numbers', () => {
    const starts = [' =1+1', '   +1', '\u00a0-1', ' @a', '＝1+1', '＋1', '－1', '＠a', ' ＝1', '\u3000＋1'];
    const table: ExportTable = {
      columns: [
        { key: 'a', label: ' =HEAD()' },
        { key: 'n', label: 'n' },
      ],
      rows: starts.map((a, i) => ({ a, n: -i })),
    };
    const rows = parseCsv(tableToCsv(table).slice(1));
    expect(rows[0]).toEqual([`' =HEAD()`, 'n']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(starts.map((s) => `'${s}`));
    expect(rows.slice(1).map((r) => r[1])).toEqual(starts.map((_, i) => String(-i)));
  });

  it('leaves text alone when the formula sign is not first', () => {
    const table: ExportTable = { columns: [{ key: 'a', label: 'a' }], rows: [{ a: 'a ＝ b' }, { a: '1 - 2' }, { a: 'x@y' }] };
    expect(parseCsv(tableToCsv(table).slice(1)).slice(1)).toEqual([['a ＝ b'], ['1 - 2'], ['x@y']]);
  });
});
