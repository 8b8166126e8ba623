import ExcelJS from 'exceljs';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { checkDatasetBytes, checkDatasetText, describeCheck, firstInvalidUtf8Offset } from '../../src/data/check-file';
import { DatasetSchema } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { guardFormula } from '../../src/export/csv';
import { loadLanguage, translate } from '../../src/i18n/translate';
import { importWorkbook, tableWorkbook, templateWorkbook } from '../../src/workbook';
import { shippedJson, SHIPPED_PATH } from '../fixtures/dataset';
import { readFileSync } from 'node:fs';

await loadLanguage('en');

/** The problems validateDataset finds in the shipped file after `change`. */
function problemsAfter(change: (d: ReturnType<typeof shippedJson>) => void) {
  const data = shippedJson();
  change(data);
  const result = validateDataset(data);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

describe('numbers exactly as meant', () => {
  it('refuses a value beyond Number.MAX_SAFE_INTEGER by name, in Vietnamese and English', () => {
    const problems = problemsAfter((d) => {
      d.indicators[0]!.value = 2 ** 53 + 1;
    });
    expect(problems).toEqual([{ path: 'indicators[0].value', key: 'validation.unsafe_integer', params: {} }]);
    expect(translate('vi', 'validation.unsafe_integer')).toBe('số quá lớn để giữ chính xác (lớn hơn 9.007.199.254.740.991)');
    expect(translate('en', 'validation.unsafe_integer')).toContain('9,007,199,254,740,991');
  });

  it('refuses an unsafe denominator or paragraph by the same name', () => {
    const problems = problemsAfter((d) => {
      d.indicators[0]!.denominator = 2 ** 53 + 2;
      d.indicators[1]!.locator.paragraph = 2 ** 60;
    });
    expect(problems.map((p) => [p.path, p.key])).toEqual([
      ['indicators[0].denominator', 'validation.unsafe_integer'],
      ['indicators[1].locator.paragraph', 'validation.unsafe_integer'],
    ]);
  });

  it('keeps the largest safe integer (a million-vnd figure)', () => {
    const data = shippedJson();
    const ind = data.indicators[0]!;
    Object.assign(ind, { unit: 'million-vnd', value: Number.MAX_SAFE_INTEGER });
    delete ind.denominator;
    delete ind.partOf;
    const result = validateDataset(data);
    expect(result.ok ? result.dataset.indicators[0]!.value : result.problems).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('reads -0 as 0, on the fast path and through the full schema', () => {
    const text = readFileSync(SHIPPED_PATH, 'utf8').replace(/"value": 0\b|"value": \d+/, '"value": -0');
    const fast = checkDatasetText(text);
    expect(fast.ok).toBe(true);
    if (fast.ok) expect(Object.is(fast.dataset.indicators[0]!.value, 0)).toBe(true);
    const full = z.safeParse(DatasetSchema, JSON.parse(text));
    expect(full.success && Object.is(full.data.indicators[0]!.value, 0)).toBe(true);
    // a -0 set on a parsed value (not from text) is read as 0 too
    const data = JSON.parse(text) as { indicators: Record<string, unknown>[]; meta: { title: { vi: string } } };
    data.indicators[1]!['value'] = -0;
    const slow = validateDataset(data);
    expect(slow.ok && Object.is(slow.dataset.indicators[1]!.value, 0)).toBe(true);
  });

  it('calls 1e309 (Infinity after JSON.parse) a number out of range, in Vietnamese', () => {
    const text = readFileSync(SHIPPED_PATH, 'utf8').replace(/"value": \d+/, '"value": 1e309');
    const check = checkDatasetText(text);
    expect(check.ok).toBe(false);
    const lines = describeCheck(check, 'vi', 'x.json').lines;
    expect(lines[1]).toBe('indicators[0].value: số vượt giới hạn (không hữu hạn)');
    expect(lines.join('\n')).not.toContain('number');
    const neg = checkDatasetText(text.replace('1e309', '-1e309'));
    expect(describeCheck(neg, 'en', 'x.json').lines[1]).toBe('indicators[0].value: number out of range (not finite)');
    const paragraph = checkDatasetText(readFileSync(SHIPPED_PATH, 'utf8').replace(/"paragraph": \d+/, '"paragraph": 1e400'));
    expect(describeCheck(paragraph, 'vi', 'x.json').lines[1]).toMatch(/paragraph: số vượt giới hạn \(không hữu hạn\)$/);
  });
});

describe('text exactly as meant', () => {
  it.each(['\u200b', '\u200b\u200c\u200d\u2060\ufeff', '\u00ad', '\u3164', ' \u2800 ', '\u0301'])(
    'refuses a label of invisible characters only (%j)',
    (label) => {
      const problems = problemsAfter((d) => {
        d.indicators[0]!.label.vi = label;
        d.meta.title.en = label;
      });
      expect(problems.map((p) => [p.path, p.key])).toEqual(
        expect.arrayContaining([
          ['indicators[0].label.vi', 'validation.invisible'],
          ['meta.title.en', 'validation.invisible'],
        ]),
      );
    },
  );

  it('keeps labels with a visible character beside invisible ones, and Vietnamese in either normal form', () => {
    const data = shippedJson();
    data.indicators[0]!.label.vi = '\u200bĐảng viên';
    data.indicators[1]!.label.vi = 'Đảng viên'.normalize('NFD');
    expect(validateDataset(data).ok).toBe(true);
  });

  it.each([
    ['\u202e', 'U+202E'],
    ['\u202a', 'U+202A'],
    ['\u2066', 'U+2066'],
    ['\u2069', 'U+2069'],
    ['\u200e', 'U+200E'],
    ['\u200f', 'U+200F'],
    ['\u061c', 'U+061C'],
  ])('refuses a bidirectional control (%j) in any text, naming it', (c, name) => {
    const problems = problemsAfter((d) => {
      d.indicators[0]!.label.vi = `1${c}234`;
      d.meta.publisher.vi = `Báo ${c}cáo`;
      d.source.url = `https://example.org/${c}x`;
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'indicators[0].label.vi', key: 'validation.bidi', params: { chars: name } },
        { path: 'meta.publisher.vi', key: 'validation.bidi', params: { chars: name } },
        { path: 'source.url', key: 'validation.bidi', params: { chars: name } },
      ]),
    );
    expect(translate('vi', 'validation.bidi', { chars: name })).toContain(name);
  });

  it('names every different bidirectional control once', () => {
    const problems = problemsAfter((d) => {
      d.indicators[0]!.label.en = '\u202eab\u2066c\u202e';
    });
    expect(problems[0]?.params).toEqual({ chars: 'U+202E, U+2066' });
  });
});

describe('invalid UTF-8', () => {
  const encode = (s: string) => new TextEncoder().encode(s);

  it('keeps the shipped file valid, with or without a byte-order mark', () => {
    const bytes = new Uint8Array(readFileSync(SHIPPED_PATH));
    expect(checkDatasetBytes(bytes).ok).toBe(true);
    expect(checkDatasetBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])).ok).toBe(true);
  });

  it('refuses a broken byte with its offset, in both languages', () => {
    const good = encode(readFileSync(SHIPPED_PATH, 'utf8'));
    const at = good.indexOf(0x22, 200); // a quote somewhere inside
    const bad = good.slice();
    bad[at] = 0xff;
    const check = checkDatasetBytes(bad);
    expect(check).toEqual({ ok: false, reason: 'not-utf8', offset: at });
    expect(describeCheck(check, 'vi', 'a.json').lines).toEqual([
      `a.json: tệp không phải văn bản UTF-8 hợp lệ (byte sai đầu tiên ở vị trí ${at}, đếm từ 0).`,
    ]);
    expect(describeCheck(check, 'en', 'a.json').lines[0]).toContain(`offset ${at}`);
  });

  it.each([
    [[0x41, 0x80], 1],
    [[0xc0, 0xaf], 0],
    [[0x41, 0xe0, 0x80, 0x80], 1],
    [[0xed, 0xa0, 0x80], 0],
    [[0xf4, 0x90, 0x80, 0x80], 0],
    [[0x41, 0x42, 0xe2, 0x82], 2],
    [[0xe2, 0x82, 0x41], 0],
    [[0xc3, 0xa9, 0xff], 2],
  ])('finds the first bad byte of %j at %i', (bytes, offset) => {
    expect(firstInvalidUtf8Offset(new Uint8Array(bytes))).toBe(offset);
  });

  it('agrees with the fatal TextDecoder on any bytes, and a prefix before the offset decodes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        const offset = firstInvalidUtf8Offset(bytes);
        let fatalOk = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          fatalOk = false;
        }
        expect(offset === -1).toBe(fatalOk);
        if (offset >= 0) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(0, offset))).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });
});

describe('formula guard in workbooks', () => {
  it('guards text cells of a table workbook; numbers stay numbers', async () => {
    const bytes = await tableWorkbook({
      title: ' =HYPERLINK("x")',
      subtitle: 'Năm 2020',
      source: '＝1+1',
      exportedOn: 'Xuất ngày 25/11/2026',
      legend: [],
      fileNameParts: ['x'],
      lang: 'vi',
      table: {
        columns: [
          { key: 'figure', label: '@label' },
          { key: 'value', label: 'Giá trị' },
        ],
        rows: [
          { figure: ' +cmd', value: -5 },
          { figure: '－2', value: 3 },
        ],
      },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    const ws = wb.worksheets[0]!;
    const values = (col: number) => ws.getColumn(col).values.filter((v) => v !== undefined && v !== null);
    expect(values(1)).toEqual([`'${' =HYPERLINK("x")'}`, 'Năm 2020', "'＝1+1", 'Xuất ngày 25/11/2026', "'@label", "' +cmd", "'－2"]);
    expect(values(2)).toEqual(['Giá trị', -5, 3]);
  });

  it('formats formula-like text of the template as text, and reads it back unchanged', async () => {
    const data = shippedJson();
    data.indicators[0]!.label.vi = ' =1+1';
    data.indicators[0]!.label.en = '＋cmd';
    const bytes = await templateWorkbook('vi', data);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    const cells: ExcelJS.Cell[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(c))));
    const guarded = cells.filter((c) => c.value === ' =1+1' || c.value === '＋cmd');
    expect(guarded).toHaveLength(2);
    for (const c of guarded) expect(c.numFmt).toBe('@');
    const back = await importWorkbook(bytes, 'vi');
    expect(back.ok && back.dataset.indicators[0]!.label).toEqual({ vi: ' =1+1', en: '＋cmd' });
  });

  it('guards what a spreadsheet could take for a formula, and nothing else', () => {
    for (const t of ['=1', ' =1', '\u00a0\u3000+1', '-1', '@a', '＝1', '＋1', '－1', '＠a', '\tx', '\rx'])
      expect(guardFormula(t)).toBe(`'${t}`);
    for (const t of ['1-2', 'a=b', 'x ＝ y', '', ' ']) expect(guardFormula(t)).toBe(t);
  });
});
