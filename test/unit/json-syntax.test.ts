import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDatasetBytes, checkDatasetText, describeCheck } from '../../src/data/check-file';
import { findJsonFault, lineAndColumn } from '../../src/data/json-syntax';

/** V8's own position, when its message gives one ("… in JSON at position 13"). */
const v8Position = (text: string): number | null => {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const match = /at position (\d+)/.exec(String(error));
    return match ? Number(match[1]) : null;
  }
};

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('where a JSON text breaks (json-syntax.ts)', () => {
  it.each([
    ['{', 'end', 1, 2],
    ['', 'end', 1, 1],
    ['{"a":1,}', 'unexpected', 1, 8],
    ['{\n  "a": 1\n  "b": 2}', 'unexpected', 3, 3],
    ['[1,2]x', 'unexpected', 1, 6],
    ['{"a":"\u0001"}', 'control', 1, 7],
    ['"abc', 'end', 1, 5],
    ['chỉ tiêu: 1282\n', 'unexpected', 1, 1],
    ['{\r\n"a": tru}', 'unexpected', 2, 9],
    ['{"a": 01}', 'unexpected', 1, 8],
    ['{"a": -}', 'unexpected', 1, 8],
    ['{"a": "\\x"}', 'unexpected', 1, 9],
    ['{"a": "\\u12G4"}', 'unexpected', 1, 12],
    ["{'a': 1}", 'unexpected', 1, 2],
    ['{"😀": x}', 'unexpected', 1, 7],
  ])('%j: %s at line %i, column %i', (text, kind, line, column) => {
    expect(findJsonFault(text)).toMatchObject({ kind, line, column });
  });

  it('finds nothing wrong in JSON, and a fault in everything JSON.parse refuses (fuzzed)', { timeout: 60_000 }, () => {
    const mutated = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', '\n', '\\', 'x', '\u0001', '1', '-', '.', 'e', ' '),
        fc.nat(3),
      )
      .map(([json, at, insert, cut]) => {
        const i = at % (json.length + 1);
        return json.slice(0, i) + insert + json.slice(i + cut);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated, fc.string()), (text) => {
        const fault = findJsonFault(text);
        expect(fault === null).toBe(parses(text));
        // where V8 names a position, it is ours (our place, not our words, is what we show)
        const v8 = v8Position(text);
        if (fault && v8 !== null) expect(fault.offset).toBe(v8);
      }),
      { numRuns: 5000 },
    );
  });

  it('survives a million nested brackets (no recursion)', () => {
    expect(findJsonFault('['.repeat(1_000_000))).toMatchObject({ kind: 'end', line: 1, column: 1_000_001 });
  });

  it('counts lines by \\n, \\r\\n and \\r, and columns in characters', () => {
    expect(lineAndColumn('a\r\nb\rc\nd😀x', 10)).toEqual({ line: 4, column: 3 });
  });
});

describe('"not JSON" says where, on every door', () => {
  const broken = '{\n  "meta": {\n    "id": "x"\n    "title": 1\n  }\n}\n';

  it('names line and column in Vietnamese and English, for text and for bytes (BOM or not)', () => {
    const vi = 'x.json: tệp không phải JSON hợp lệ — dòng 4, cột 5: gặp “"” ở chỗ không được có.';
    expect(describeCheck(checkDatasetText(broken), 'vi', 'x.json').lines).toEqual([vi]);
    const bytes = new TextEncoder().encode(broken);
    expect(describeCheck(checkDatasetBytes(bytes), 'vi', 'x.json').lines).toEqual([vi]);
    expect(describeCheck(checkDatasetBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])), 'vi', 'x.json').lines).toEqual([vi]);
    expect(describeCheck(checkDatasetText(broken), 'en', 'x.json').lines).toEqual([
      'x.json: the file is not valid JSON — line 4, column 5: unexpected “"”.',
    ]);
  });

  it('says when the file ends too early, is empty, or has a raw control character', () => {
    expect(describeCheck(checkDatasetText('{"a": [1, 2'), 'vi', 'a.json').lines[0]).toBe(
      'a.json: tệp không phải JSON hợp lệ — dòng 1, cột 12: tệp kết thúc khi dữ liệu chưa đóng (thiếu dấu ngoặc hoặc dấu nháy?).',
    );
    expect(describeCheck(checkDatasetText(''), 'vi', 'a.json').lines[0]).toBe('a.json: tệp trống, không có dữ liệu JSON.');
    expect(describeCheck(checkDatasetText('{"a": "x\ty"}'), 'en', 'a.json').lines[0]).toBe(
      'a.json: the file is not valid JSON — line 1, column 9: control character U+0009 inside a string (line breaks and tabs must be written \\n, \\t).',
    );
  });
});

describe('UTF-16 is refused by name on every door', () => {
  const text = '{"meta": {}}';
  const le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
  const be = (s: string) => le(s).map((_, i, a) => a[i % 2 === 0 ? i + 1 : i - 1]!);

  it.each([
    ['UTF-16 LE with BOM', new Uint8Array([0xff, 0xfe, ...le(text)])],
    ['UTF-16 BE with BOM', new Uint8Array([0xfe, 0xff, ...be(text)])],
    ['UTF-16 LE without BOM', le(text)],
    ['UTF-16 BE without BOM', be(text)],
  ])('%s', (_name, bytes) => {
    expect(checkDatasetBytes(bytes)).toEqual({ ok: false, reason: 'utf-16' });
    // and as text read by a caller that decoded it as UTF-8 (publish-data reads text)
    expect(checkDatasetText(new TextDecoder().decode(bytes))).toEqual({ ok: false, reason: 'utf-16' });
    expect(describeCheck({ ok: false, reason: 'utf-16' }, 'vi', 'u.json').lines).toEqual([
      'u.json: tệp được lưu bằng mã UTF-16; hãy lưu lại dạng UTF-8 (trong Notepad: Lưu thành… → Mã hóa: UTF-8).',
    ]);
  });
});
