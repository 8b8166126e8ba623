import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDatasetText, checkFile, describeCheck, MAX_DATASET_BYTES, problemLine, utf8ByteLength } from '../../src/data/check-file';
import { SHIPPED_PATH, shippedJson } from '../fixtures/dataset';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'validate-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeTemp(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** The shipped file with one negative count (indicators[0]) and one duplicated id (indicators[2] takes [1]'s). */
function brokenText(): string {
  const data = shippedJson();
  const [first, second, third] = data.indicators;
  if (!first || !second || !third) throw new Error('the shipped dataset has fewer than 3 indicators');
  first.value = -5;
  third.id = second.id;
  return JSON.stringify(data, null, 2);
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI, exactly as `npm run validate` does (tsx scripts/validate.ts). */
function cli(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile('npx', ['tsx', 'scripts/validate.ts', ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

const shipped = shippedJson();
const shippedSummaryVi = `OK: ${shipped.meta.id} — ${shipped.indicators.length} chỉ tiêu, ${shipped.periods.length} thời kỳ, ${shipped.orgUnits.length} đơn vị`;

describe('npm run validate (scripts/validate.ts)', { timeout: 60_000 }, () => {
  it('accepts the shipped file: exit 0 and a one-line summary', async () => {
    const run = await cli('data/ha-noi-2020.json');
    expect(run).toEqual({ code: 0, stdout: `${shippedSummaryVi}\n`, stderr: '' });
    expect(shippedSummaryVi).toBe('OK: ha-noi-2020 — 44 chỉ tiêu, 4 thời kỳ, 1 đơn vị');
  });

  it('lists a negative count and a duplicate id by path, in Vietnamese by default, exit 1', async () => {
    const file = writeTemp('broken.json', brokenText());
    const run = await cli(file);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toBe(`${file}: dữ liệu không hợp lệ (2 lỗi):`);
    expect(lines.slice(1).sort()).toEqual([
      'indicators[0].value: số đếm không được âm',
      'indicators[2].id: định danh "inspected-members" bị trùng',
    ]);
  });

  it('speaks English with --lang en', async () => {
    const file = writeTemp('broken-en.json', brokenText());
    const bad = await cli(file, '--lang', 'en');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${file}: the data is not valid (2 problems):`);
    expect(bad.stderr).toContain('indicators[0].value: a count cannot be negative');
    expect(bad.stderr).toContain('indicators[2].id: id "inspected-members" is used twice');
    const good = await cli('--lang=en', SHIPPED_PATH);
    expect(good).toMatchObject({ code: 0, stdout: 'OK: ha-noi-2020 — 44 indicators, 4 periods, 1 unit\n' });
  });

  it('refuses a file that is not JSON, naming the line and column', async () => {
    const file = writeTemp('notes.json', '{\n  "meta": {\n    "id": "x"\n    "title": 1\n}\n');
    const run = await cli(file);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `${file}: tệp không phải JSON hợp lệ — dòng 4, cột 5: gặp “"” ở chỗ không được có.\n`,
    });
    const english = await cli(writeTemp('notes-en.json', 'chỉ tiêu: 1282\n'), '--lang', 'en');
    expect(english.stderr).toMatch(/: the file is not valid JSON — line 1, column 1: unexpected “c”\.\n$/);
  });

  it('refuses a UTF-16 file by name (as the page does), with or without a byte-order mark', async () => {
    const text = readFileSync(SHIPPED_PATH, 'utf8');
    const withBom = join(dir, 'utf16.json');
    writeFileSync(withBom, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const bare = join(dir, 'utf16-bare.json');
    writeFileSync(bare, Buffer.from(text, 'utf16le'));
    for (const file of [withBom, bare]) {
      const run = await cli(file);
      expect(run).toEqual({
        code: 1,
        stdout: '',
        stderr: `${file}: tệp được lưu bằng mã UTF-16; hãy lưu lại dạng UTF-8 (trong Notepad: Lưu thành… → Mã hóa: UTF-8).\n`,
      });
    }
  });

  it('refuses a file over 40 MB without reading it', async () => {
    const file = join(dir, 'huge.json');
    writeFileSync(file, '');
    truncateSync(file, MAX_DATASET_BYTES + 1); // sparse: costs no disk
    const run = await cli(file, '--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`${file}: the file is too large (40.1 MB); the limit is 40 MB.\n`);
  });

  it('explains a missing file (exit 1) and wrong usage (exit 2)', async () => {
    const [missing, noArgs, badLang] = await Promise.all([cli(join(dir, 'nope.json')), cli(), cli('--lang', 'fr', SHIPPED_PATH)]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('không đọc được tệp (ENOENT)');
    expect(noArgs.code).toBe(2);
    expect(noArgs.stderr).toContain('usage: npm run validate -- <file.json>');
    expect(badLang.code).toBe(2);
  });
});

describe('check-file.ts', () => {
  const shippedText = JSON.stringify(shippedJson());

  it('summarises a valid file', () => {
    expect(checkFile(shippedText, { lang: 'vi', name: 'x.json' })).toEqual({ exitCode: 0, lines: [shippedSummaryVi] });
    const check = checkDatasetText(shippedText);
    expect(check.ok && check.dataset.meta.id).toBe('ha-noi-2020');
  });

  it('accepts UTF-8 with a byte-order mark (as Windows editors save it)', () => {
    expect(checkDatasetText(`\uFEFF${shippedText}`).ok).toBe(true);
  });

  it('refuses text that is not JSON, empty text included', () => {
    for (const text of ['', '{', "{'a': 1}", '<html></html>', 'NaN']) {
      const check = checkDatasetText(text);
      expect(check).toMatchObject({ ok: false, reason: 'not-json' });
    }
    const report = checkFile('{', { lang: 'en', name: 'f.json' });
    expect(report.exitCode).toBe(1);
    expect(report.lines).toHaveLength(1);
    expect(report.lines[0]).toBe(
      'f.json: the file is not valid JSON — line 1, column 2: the file ends before the data is closed (a missing bracket or quote?).',
    );
  });

  it('refuses a file over MAX_DATASET_BYTES before parsing it', () => {
    expect(MAX_DATASET_BYTES).toBe(40 * 1024 * 1024);
    expect(checkDatasetText(shippedText, MAX_DATASET_BYTES + 1)).toEqual({ ok: false, reason: 'too-large', bytes: MAX_DATASET_BYTES + 1 });
    expect(checkDatasetText(shippedText, MAX_DATASET_BYTES).ok).toBe(true);
    expect(checkFile('{', { lang: 'vi', name: 'big.json', bytes: 45 * 1024 * 1024 }).lines).toEqual([
      'big.json: tệp quá lớn (45 MB); giới hạn là 40 MB.',
    ]);
  });

  it('lists every problem by path, naming the whole file when the path is empty', () => {
    const report = checkFile('[]', { lang: 'vi', name: 'a.json' });
    expect(report).toEqual({
      exitCode: 1,
      lines: ['a.json: dữ liệu không hợp lệ (1 lỗi):', '(toàn bộ tệp): sai kiểu dữ liệu: cần object'],
    });
    const broken = checkDatasetText(brokenText());
    expect(broken.ok).toBe(false);
    const lines = describeCheck(broken, 'en', 'b.json').lines;
    expect(lines).toHaveLength(3);
    expect(lines).toContain('indicators[0].value: a count cannot be negative');
    expect(problemLine({ path: 'periods[1].end', key: 'validation.period_order', params: {} }, 'vi')).toBe(
      'periods[1].end: ngày kết thúc trước ngày bắt đầu',
    );
  });

  it('counts UTF-8 bytes like Buffer.byteLength, lone surrogates included', () => {
    const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: anyCodeUnit })), (text) => {
        expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
      }),
    );
    expect(utf8ByteLength('Đảng bộ 🇻🇳')).toBe(Buffer.byteLength('Đảng bộ 🇻🇳'));
  });
});

describe('what the command line prints from a file is not obeyed by the terminal', { timeout: 120_000 }, () => {
  const HOSTILE_KEY = '\u001b[2J\u001b[H\u001b[32mOK: fake';
  const TITLE = '\u001b]0;x\u0007';

  /** The shipped file with an unknown key of escape sequences and a label retitling the terminal. */
  function hostileText(): string {
    const data = shippedJson() as unknown as Record<string, unknown> & { meta: Record<string, unknown> };
    data.meta[HOSTILE_KEY] = 1;
    data[TITLE] = 2;
    data['\u009b2J\u202e'] = 3;
    return JSON.stringify(data, null, 2);
  }

  // nothing a terminal acts on: C0 but \n and \t, DEL, C1, bidirectional controls
  // eslint-disable-next-line no-control-regex -- the test looks for control characters
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

  it('npm run validate escapes ESC, BEL, C1 and bidi controls in the unknown keys it names (exit 1)', async () => {
    const run = await cli(writeTemp('hostile.json', hostileText()));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(CONTROL);
    expect(run.stderr).toContain('\\u001B[2J\\u001B[H\\u001B[32mOK: fake');
    expect(run.stderr).toContain('\\u001B]0;x\\u0007');
    expect(run.stderr).toContain('\\u009B2J\\u202E');
    expect(run.stderr.split('\n').every((line) => !line.startsWith('OK'))).toBe(true);
  });

  it('npm run import escapes them too (a --frame file with the same keys)', async () => {
    const frame = writeTemp('hostile-frame.json', hostileText());
    const csv = writeTemp('figures.csv', 'a;b\r\n1;2\r\n');
    const run = await new Promise<Run>((done) => {
      execFile('npx', ['tsx', 'scripts/import.ts', csv, '--frame', frame], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      });
    });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).not.toMatch(CONTROL);
    expect(run.stderr).toContain('\\u001B]0;x\\u0007');
  });

  it('npm run validate refuses invalid UTF-8 with the byte offset, and a 1e309 as out of range', async () => {
    const text = readFileSync(SHIPPED_PATH, 'utf8');
    const bytes = new TextEncoder().encode(text);
    const at = 150;
    const broken = Buffer.from(bytes);
    broken[at] = 0xc0;
    const file = join(dir, 'broken-utf8.json');
    writeFileSync(file, broken);
    const run = await cli(file);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `${file}: tệp không phải văn bản UTF-8 hợp lệ (byte sai đầu tiên ở vị trí ${at}, đếm từ 0).\n`,
    });
    const infinite = await cli(writeTemp('infinite.json', text.replace(/"value": \d+/, '"value": 1e309')));
    expect(infinite.stderr).toContain('indicators[0].value: số vượt giới hạn (không hữu hạn)');
  });
});
