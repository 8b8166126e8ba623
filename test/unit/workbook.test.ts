import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { MEASURES } from '../../src/model/measures';
import { dateFromText, numberFromText } from '../../src/workbook/cells';
import { periodDates } from '../../src/workbook/assemble';
import { parseCsv } from '../../src/workbook/csv';
import { importCsv, importWorkbook, tableWorkbook, templateWorkbook, type ImportResult } from '../../src/workbook';
import { COLUMNS, SHEET_NAMES } from '../../src/workbook/layout';
import { shippedJson } from '../fixtures/dataset';
import { halfYearInspection } from '../fixtures/half-year';
import { halfYearInspection as halfYearOther, twoSources, twoYearsThreeUnits } from '../fixtures/other-reports';

// Letters only Vietnamese uses (as in test/unit/i18n.test.ts).
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

async function load(bytes: Uint8Array, withValidations = true): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never, withValidations ? {} : { ignoreNodes: ['dataValidations'] });
  return wb;
}

/** Opens a workbook, lets `change` edit it as a person would in Excel, and saves it again. */
async function edit(bytes: Uint8Array, change: (sheet: (name: string) => ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = await load(bytes);
  change((name) => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The column letter of a figures-sheet field, e.g. value -> I. */
const col = (key: string, sheet: keyof typeof COLUMNS = 'figures') =>
  String.fromCharCode(65 + COLUMNS[sheet].findIndex((c) => c.key === key));

const okDataset = (result: ImportResult): Dataset => {
  if (!result.ok) throw new Error(`import refused:\n${result.lines.join('\n')}`);
  return result.dataset;
};

describe('round trip: dataset -> templateWorkbook -> importWorkbook -> the same dataset', { timeout: 30_000 }, () => {
  it('the shipped file, byte for byte after formatting', async () => {
    const shipped = shippedJson();
    const text = `${JSON.stringify(shipped, null, 2)}\n`;
    const back = okDataset(await importWorkbook(await templateWorkbook('vi', shipped), 'vi'));
    expect(back).toEqual(shipped);
    expect(`${JSON.stringify(back, null, 2)}\n`).toBe(text);
  });

  it.each([
    ['half-year.ts', halfYearInspection],
    ['other-reports.ts halfYearInspection', halfYearOther],
    ['other-reports.ts twoYearsThreeUnits', twoYearsThreeUnits],
    ['other-reports.ts twoSources', twoSources],
  ])('the synthetic %s, from a Vietnamese and an English template', async (_, make) => {
    const dataset = make();
    for (const lang of ['vi', 'en'] as const) {
      const back = okDataset(await importWorkbook(await templateWorkbook(lang, dataset), lang));
      expect(back).toEqual(dataset);
    }
  });

  it('reads a Vietnamese template with English messages and the other way round', async () => {
    const dataset = halfYearInspection();
    expect(okDataset(await importWorkbook(await templateWorkbook('vi', dataset), 'en'))).toEqual(dataset);
    expect(okDataset(await importWorkbook(await templateWorkbook('en', dataset), 'vi'))).toEqual(dataset);
  });
});

describe('the template', () => {
  it('has every sheet, Vietnamese headings with a note each, a frozen heading row and sensible widths', async () => {
    const wb = await load(await templateWorkbook('vi'));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      'Hướng dẫn',
      'Báo cáo',
      'Mục',
      'Nguồn khác',
      'Đơn vị',
      'Thời kỳ',
      'Chỉ tiêu',
      'Văn bản',
      'Danh mục',
    ]);
    const figures = wb.getWorksheet('Chỉ tiêu')!;
    const headings = COLUMNS.figures.map((_, i) => figures.getRow(1).getCell(i + 1));
    expect(headings.map((c) => c.value)).toEqual([
      'Mã chỉ tiêu',
      'Loại chỉ tiêu',
      'Nhóm',
      'Đối tượng',
      'Cấp',
      'Đơn vị tính',
      'Thời kỳ',
      'Đơn vị',
      'Giá trị',
      'Trên tổng số',
      'Là phần của',
      'Mức độ (khoảng / ít nhất)',
      'Nguồn',
      'Mục',
      'Đoạn',
      'Tên chỉ tiêu (tiếng Việt)',
      'Tên chỉ tiêu (tiếng Anh)',
      'Tính từ (mã chỉ tiêu)',
      'Cách tính (tiếng Việt)',
      'Cách tính (tiếng Anh)',
    ]);
    for (const cell of headings) expect(cell.note, String(cell.value)).toBeTruthy();
    for (const key of ['report', 'sections', 'sources', 'units', 'periods', 'figures', 'documents'] as const) {
      const ws = wb.getWorksheet(SHEET_NAMES[key].vi)!;
      expect(ws.views[0], key).toMatchObject({ state: 'frozen', ySplit: 1 });
      const row = ws.getRow(1);
      row.eachCell((cell) => expect(cell.note, `${key} ${String(cell.value)}`).toBeTruthy());
    }
    for (let i = 1; i <= COLUMNS.figures.length; i++) expect(figures.getColumn(i).width).toBeGreaterThanOrEqual(8);
    const instructions = wb.getWorksheet('Hướng dẫn')!;
    expect(String(instructions.getCell('A1').value)).toMatch(/Mẫu nhập số liệu/);
  });

  it('offers a drop-down for every enumeration: the measure catalogue, categories, subjects, levels, units, qualifiers, period kinds', async () => {
    const wb = await load(await templateWorkbook('vi'));
    const lists = wb.getWorksheet('Danh mục')!;
    const column = (letter: string) => (lists.getColumn(letter).values as unknown[]).slice(2).filter((v) => v !== null && v !== undefined);
    const validation = (sheet: string, address: string) => wb.getWorksheet(sheet)!.getCell(address).dataValidation;
    const listOf = (sheet: string, address: string) => {
      const v = validation(sheet, address);
      expect(v?.type, `${sheet}!${address}`).toBe('list');
      const m = /^'Danh mục'!\$([A-Z]+)\$2:\$[A-Z]+\$(\d+)$/.exec(String(v?.formulae[0]));
      if (!m) throw new Error(`${sheet}!${address}: ${String(v?.formulae[0])}`);
      return column(m[1]!);
    };
    expect(listOf('Chỉ tiêu', `${col('measure')}2`)).toEqual(Object.keys(MEASURES));
    expect(validation('Chỉ tiêu', `${col('measure')}2`)?.errorStyle).toBe('warning'); // a measure not in the catalogue is allowed
    expect(listOf('Chỉ tiêu', `${col('category')}500`)).toEqual([
      'inspection',
      'congress',
      'programme',
      'conference',
      'anniversary',
      'organisation',
      'other',
    ]);
    expect(listOf('Chỉ tiêu', `${col('subject')}2`)).toEqual(['organisation', 'member']);
    expect(listOf('Chỉ tiêu', `${col('level')}2`)).toEqual(['party-cell', 'grassroots', 'upper-grassroots', 'city']);
    expect(listOf('Chỉ tiêu', `${col('unit')}2`)).toContain('million-vnd');
    expect(listOf('Chỉ tiêu', `${col('qualifier')}2`)).toEqual(['about', 'at-least']);
    expect(listOf('Thời kỳ', 'F2')).toEqual(['month', 'quarter', 'half-year', 'nine-months', 'year', 'term']);
    expect(listOf('Văn bản', 'B2')).toEqual(['directive', 'plan', 'resolution']);
    expect(listOf('Báo cáo', 'C9')).toEqual(['vi', 'en']);
    expect(validation('Chỉ tiêu', `${col('category')}2`)?.errorStyle).toBe('stop');
    expect(validation('Chỉ tiêu', `${col('period')}2`)?.formulae).toEqual(["'Thời kỳ'!$A$2:$A$1000"]);
    expect(validation('Chỉ tiêu', `${col('orgUnit')}2`)?.formulae).toEqual(["'Đơn vị'!$A$2:$A$1000"]);
    expect(validation('Chỉ tiêu', `${col('locator.paragraph')}2`)).toMatchObject({ type: 'whole', formulae: [1] });
  });

  it('speaks English with lang en, and its English sheets hold no Vietnamese letters but the catalogue names', async () => {
    const wb = await load(await templateWorkbook('en', halfYearInspection()));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(Object.values(SHEET_NAMES).map((n) => n.en));
    expect(wb.getWorksheet('Figures')!.getCell('I1').value).toBe('Value');
    for (const name of ['Instructions', 'Lists']) {
      const ws = wb.getWorksheet(name)!;
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          // the Lists sheet names each measure in both languages, on purpose
          if (name === 'Lists' && Number(cell.col) === 2) return;
          expect(String(cell.value), `${name}!${cell.address}`).not.toMatch(VIETNAMESE);
        }),
      );
    }
  });

  it('writes numbers as numbers and dates as dates', async () => {
    const wb = await load(await templateWorkbook('vi', halfYearInspection()), false);
    const figures = wb.getWorksheet('Chỉ tiêu')!;
    expect(figures.getCell(`${col('value')}2`).value).toBe(412);
    expect(figures.getCell(`${col('locator.paragraph')}2`).value).toBe(1);
    const periods = wb.getWorksheet('Thời kỳ')!;
    expect(periods.getCell('D2').value).toEqual(new Date('2023-01-01T00:00:00Z'));
    expect(periods.getCell('D2').numFmt).toBe('dd/mm/yyyy');
  });
});

describe('importWorkbook', { timeout: 30_000 }, () => {
  it('lists every mistake at once, by sheet, row and column heading, in Vietnamese', async () => {
    const dataset = halfYearInspection();
    const bytes = await edit(await templateWorkbook('vi', dataset), (sheet) => {
      const figures = sheet('Chỉ tiêu');
      figures.getCell(`${col('value')}2`).value = -5; // kt-to-chuc
      figures.getCell(`${col('value')}3`).value = 'nhiều';
      figures.getCell(`${col('period')}4`).value = 'H1-2099';
      figures.getCell(`${col('subject')}5`).value = 'ai đó';
      figures.getCell(`${col('locator.section')}6`).value = null;
      figures.getCell(`${col('id')}8`).value = 'kt-to-chuc';
      figures.getCell(`${col('value')}9`).value = 20; // of 14
      figures.getCell(`${col('label.vi')}27`).value = null; // tu-kiem-tra: a measure outside the catalogue
      sheet('Thời kỳ').getCell('E2').value = 'ngày mai';
      sheet('Báo cáo').getCell('C7').value = 'hôm qua';
    });
    const result = await importWorkbook(bytes, 'vi');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.lines).toEqual([
      'Trang Báo cáo, dòng 7, cột Tiếng Việt (hoặc giá trị): "hôm qua" không phải một ngày',
      'Trang Thời kỳ, dòng 2, cột Đến ngày: "ngày mai" không phải một ngày',
      'Trang Chỉ tiêu, dòng 2, cột Giá trị: số đếm không được âm',
      'Trang Chỉ tiêu, dòng 3, cột Giá trị: "nhiều" không phải một số',
      'Trang Chỉ tiêu, dòng 4, cột Thời kỳ: không tìm thấy "H1-2099" trong Thời kỳ',
      'Trang Chỉ tiêu, dòng 5, cột Đối tượng: giá trị không hợp lệ; được phép: organisation, member',
      'Trang Chỉ tiêu, dòng 6, cột Mục: không được để trống',
      'Trang Chỉ tiêu, dòng 8, cột Mã chỉ tiêu: định danh "kt-to-chuc" bị trùng',
      'Trang Chỉ tiêu, dòng 9, cột Giá trị: giá trị lớn hơn mẫu số 14',
      'Trang Chỉ tiêu, dòng 27, cột Tên chỉ tiêu (tiếng Việt): không được để trống',
    ]);
    expect(result.problems[2]).toEqual({ sheet: 'Chỉ tiêu', row: 2, column: 'Giá trị', message: 'số đếm không được âm' });
  });

  it('says it in English with lang en (the sheet and column names as the file has them)', async () => {
    const mistake = (name: string) => (sheet: (name: string) => ExcelJS.Worksheet) => {
      sheet(name).getCell(`${col('value')}2`).value = -5;
    };
    const en = await importWorkbook(await edit(await templateWorkbook('en', halfYearInspection()), mistake('Figures')), 'en');
    expect(en.ok === false && en.lines).toEqual(['Sheet Figures, row 2, column Value: a count cannot be negative']);
    const vi = await importWorkbook(await edit(await templateWorkbook('vi', halfYearInspection()), mistake('Chỉ tiêu')), 'en');
    expect(vi.ok === false && vi.lines).toEqual(['Sheet Chỉ tiêu, row 2, column Giá trị: a count cannot be negative']);
  });

  it('fills labels, category and unit from the catalogue, English from Vietnamese, ids when empty; reads names as codes', async () => {
    const bytes = await edit(await templateWorkbook('vi', halfYearInspection()), (sheet) => {
      const figures = sheet('Chỉ tiêu');
      for (const key of ['id', 'category', 'unit', 'label.vi', 'label.en']) figures.getCell(`${col(key)}2`).value = null;
      figures.getCell(`${col('subject')}2`).value = 'Tổ chức đảng'; // the name, not the code
      for (const key of ['id', 'category', 'unit', 'label.en']) figures.getCell(`${col(key)}3`).value = null;
      figures.getCell(`${col('label.vi')}3`).value = 'Đảng viên được kiểm tra (tự ghi)';
      figures.getCell(`${col('value')}3`).value = '1315'; // a number typed as text
    });
    const dataset = okDataset(await importWorkbook(bytes, 'vi'));
    const [first, second] = dataset.indicators;
    expect(first).toMatchObject({
      id: 'inspected-organisation-tinh-H1-2023',
      category: 'inspection',
      subject: 'organisation',
      unit: 'organisations',
      label: MEASURES.inspected.label,
      value: 412,
    });
    expect(second).toMatchObject({
      id: 'inspected-member-tinh-H1-2023',
      unit: 'members',
      label: { vi: 'Đảng viên được kiểm tra (tự ghi)', en: 'Đảng viên được kiểm tra (tự ghi)' },
      value: 1315,
    });
    expect(Object.keys(first!)[0]).toBe('id');
  });

  it('reads typed dates as D/M/YYYY text, and a measure outside the catalogue with its own label', async () => {
    const bytes = await edit(await templateWorkbook('vi', halfYearInspection()), (sheet) => {
      sheet('Thời kỳ').getCell('D2').value = '1/1/2023';
      sheet('Thời kỳ').getCell('E2').value = new Date(Date.UTC(2023, 5, 30));
    });
    const dataset = okDataset(await importWorkbook(bytes, 'vi'));
    expect(dataset.periods[0]).toMatchObject({ start: '2023-01-01', end: '2023-06-30' });
    expect(dataset.indicators.find((i) => i.measure === 'self-inspected')?.label.vi).toBe('Chi bộ tự kiểm tra (chỉ tiêu ngoài danh mục)');
  });

  it('names a missing sheet and a missing column once, not again on every row that needs them', async () => {
    const bytes = await edit(await templateWorkbook('vi', halfYearInspection()), (sheet) => {
      sheet('Đơn vị').name = 'Don vi cu';
      sheet('Chỉ tiêu').getCell(`${col('value')}1`).value = 'So lieu';
      sheet('Chỉ tiêu').getCell(`${col('subject')}2`).value = 'ai đó';
    });
    const result = await importWorkbook(bytes, 'vi');
    expect(result.ok === false && result.lines).toEqual([
      'Trang Đơn vị: sổ tính thiếu trang này',
      'Trang Chỉ tiêu, dòng 1, cột Giá trị: thiếu cột này ở dòng tiêu đề',
    ]);
  });

  it('names an unknown field code, a missing report row, a section of an unknown source and a source without sections', async () => {
    const bytes = await edit(await templateWorkbook('vi', twoSources()), (sheet) => {
      sheet('Báo cáo').getCell('A5').value = 'meta.reprt';
      sheet('Mục').getRow(4).values = ['khong-co', 'x', 'Mục x'];
      sheet('Nguồn khác').getRow(3).values = ['nguon-2', 'Tài liệu 2', '', 'Nơi ban hành', '', new Date(Date.UTC(2032, 6, 1))];
    });
    const result = await importWorkbook(bytes, 'vi');
    expect(result.ok === false && result.lines).toEqual([
      'Trang Báo cáo: thiếu dòng "Tên báo cáo"',
      'Trang Báo cáo, dòng 5, cột Mã trường: mã trường "meta.reprt" không có trong mẫu',
      'Trang Mục, dòng 4, cột Nguồn: không tìm thấy "khong-co" trong Nguồn khác',
      'Trang Nguồn khác, dòng 3, cột Mã nguồn: nguồn chưa có mục nào trên trang Mục',
    ]);
  });

  it('still lists the other sheets’ problems when the report sheet is missing', async () => {
    const bytes = await edit(await templateWorkbook('vi', halfYearInspection()), (sheet) => {
      sheet('Báo cáo').name = 'Thong tin';
      sheet('Chỉ tiêu').getCell(`${col('value')}2`).value = -1;
    });
    const result = await importWorkbook(bytes, 'vi');
    expect(result.ok === false && result.lines).toEqual([
      'Trang Báo cáo: sổ tính thiếu trang này',
      'Trang Chỉ tiêu, dòng 2, cột Giá trị: số đếm không được âm',
    ]);
  });

  it('refuses a file that is not a workbook, saying so', async () => {
    const result = await importWorkbook(new TextEncoder().encode('Chỉ tiêu;Giá trị\n'), 'vi');
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.lines).toHaveLength(1);
    expect(result.ok === false && result.lines[0]).toMatch(/^không đọc được tệp Excel \(\.xlsx\): .+/);
  });

  it('lists what an empty template still needs', async () => {
    const result = await importWorkbook(await templateWorkbook('vi'), 'vi');
    expect(result.ok === false && result.lines).toEqual([
      'Trang Báo cáo, dòng 2, cột Tiếng Việt (hoặc giá trị): không được để trống',
      'Trang Báo cáo, dòng 3, cột Tiếng Việt (hoặc giá trị): không được để trống',
      'Trang Báo cáo, dòng 4, cột Tiếng Việt (hoặc giá trị): không được để trống',
      'Trang Báo cáo, dòng 5, cột Tiếng Việt (hoặc giá trị): không được để trống',
      'Trang Báo cáo, dòng 6, cột Tiếng Việt (hoặc giá trị): không được để trống',
      'Trang Báo cáo, dòng 7, cột Tiếng Việt (hoặc giá trị): không được để trống',
      'Trang Báo cáo, dòng 8, cột Tiếng Việt (hoặc giá trị): không được để trống',
      'Trang Mục: trang chưa có dòng nào',
      'Trang Đơn vị: trang chưa có dòng nào',
      'Trang Thời kỳ: trang chưa có dòng nào',
    ]);
  });
});

describe('importCsv', () => {
  const frame = halfYearInspection();

  it('reads a CSV with ; and a byte-order mark (Excel on Vietnamese Windows): decimal commas, quoted fields', () => {
    const csv =
      '\uFEFFMã chỉ tiêu;Loại chỉ tiêu;Đối tượng;Thời kỳ;Đơn vị;Giá trị;Trên tổng số;Mục;Đoạn;Tên chỉ tiêu (tiếng Việt)\r\n' +
      'kt;inspected;organisation;2024-H1;tinh;1.282;;kq;1;\r\n' +
      'dp;dues-collected;;2024-H1;tinh;15234,5;;kq;2;"Thu; nộp ""đảng phí"""\r\n' +
      'vp;violation-concluded;Đảng viên;2024-H1;tinh;11;14;kq;3;\r\n';
    const dataset = okDataset(importCsv(csv, 'vi'));
    expect(dataset.indicators.map((i) => [i.id, i.value, i.unit, i.denominator])).toEqual([
      ['kt', 1282, 'organisations', undefined],
      ['dp', 15234.5, 'million-vnd', undefined],
      ['vp', 11, 'members', 14],
    ]);
    expect(dataset.indicators[1]?.label).toEqual({ vi: 'Thu; nộp "đảng phí"', en: 'Thu; nộp "đảng phí"' });
    expect(dataset.periods).toEqual([{ id: '2024-H1', label: { vi: '2024-H1', en: '2024-H1' }, start: '2024-01-01', end: '2024-06-30' }]);
    expect(dataset.orgUnits).toEqual([{ id: 'tinh', label: { vi: 'tinh', en: 'tinh' } }]);
    expect(dataset.meta.date).toBe('2024-06-30');
  });

  it('reads a CSV with , (English headings, decimal points) into the frame it is given', () => {
    const csv =
      'Figure id,Measure,Subject,Period,Org unit,Value,Section,Paragraph,Label (Vietnamese),Label (English)\n' +
      'x1,inspected,member,H1-2023,tinh,"1,315",kiem-tra,1,Đảng viên được kiểm tra,Members inspected\n' +
      'x2,dues-collected,,H1-2023,tinh,18742.5,ky-luat,5,,\n';
    const dataset = okDataset(importCsv(csv, 'en', frame));
    expect({ ...dataset, indicators: [] }).toEqual({ ...frame, indicators: [] });
    expect(dataset.indicators.map((i) => [i.id, i.value, i.label.en])).toEqual([
      ['x1', 1315, 'Members inspected'],
      ['x2', 18742.5, 'Party dues collected'],
    ]);
  });

  it('reads the figures sheet of a template saved as CSV back into the same figures', async () => {
    const wb = await load(await templateWorkbook('vi', frame), false);
    const figures = wb.getWorksheet('Chỉ tiêu')!;
    const lines: string[] = [];
    figures.eachRow((row) => {
      const cells = COLUMNS.figures.map((_, i) => {
        const value = row.getCell(i + 1).value;
        const text =
          value === null || value === undefined ? '' : typeof value === 'number' ? String(value).replace('.', ',') : String(value);
        return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
      });
      lines.push(cells.join(';'));
    });
    expect(okDataset(importCsv(`\uFEFF${lines.join('\r\n')}\r\n`, 'vi', frame))).toEqual(frame);
  });

  it('lists its mistakes by row and column too', () => {
    const csv =
      'Loại chỉ tiêu;Thời kỳ;Đơn vị;Giá trị;Mục;Đoạn;Đơn vị tính\ninspected;2024-H1;tinh;-3;kq;1;members\ninspected;quy-mua-thu;tinh;abc;kq;1;members\n';
    const result = importCsv(csv, 'vi');
    expect(result.ok === false && result.lines).toEqual([
      'Trang Chỉ tiêu, dòng 2, cột Giá trị: số đếm không được âm',
      'Trang Chỉ tiêu, dòng 3, cột Thời kỳ: không suy ra được ngày của thời kỳ "quy-mua-thu"; hãy dùng mẫu Excel',
      'Trang Chỉ tiêu, dòng 3, cột Giá trị: "abc" không phải một số',
    ]);
  });

  it('names the missing columns of a CSV that is not the figures sheet (e.g. a panel export)', () => {
    const result = importCsv('\uFEFFChỉ tiêu;Giá trị;Đơn vị tính\r\nTổ chức đảng được kiểm tra;1282;tổ chức\r\n', 'vi');
    expect(result.ok === false && result.lines).toEqual([
      'Trang Chỉ tiêu, dòng 1, cột Loại chỉ tiêu: thiếu cột này ở dòng tiêu đề',
      'Trang Chỉ tiêu, dòng 1, cột Thời kỳ: thiếu cột này ở dòng tiêu đề',
      'Trang Chỉ tiêu, dòng 1, cột Đơn vị: thiếu cột này ở dòng tiêu đề',
      'Trang Chỉ tiêu, dòng 1, cột Mục: thiếu cột này ở dòng tiêu đề',
      'Trang Chỉ tiêu, dòng 1, cột Đoạn: thiếu cột này ở dòng tiêu đề',
    ]);
  });

  it('detects the separator, honours sep= and keeps row numbers across quoted line breaks and blank lines', () => {
    expect(parseCsv('a;b;c,d\n1;2\n').delimiter).toBe(';');
    expect(parseCsv('a,b;c\n').delimiter).toBe(',');
    expect(parseCsv('"a;b";"c;d",e\n').delimiter).toBe(',');
    expect(parseCsv('sep=;\na,b;c\n').delimiter).toBe(';');
    expect(parseCsv('h\n"x\ny"\n\nz').records).toEqual([
      { row: 1, fields: ['h'] },
      { row: 2, fields: ['x\ny'] },
      { row: 4, fields: ['z'] },
    ]);
  });
});

describe('tableWorkbook', () => {
  it('puts title, filters, source and export date above a heading row and typed numbers, frozen below the heading', async () => {
    const bytes = await tableWorkbook({
      title: 'Kiểm tra, giám sát',
      subtitle: 'Năm 2020 · Tổ chức đảng, Đảng viên',
      source: 'Nguồn: Báo cáo, HNP, 28/11/2020',
      exportedOn: 'Xuất ngày 25/11/2026',
      legend: [],
      fileNameParts: ['kiem-tra-giam-sat'],
      lang: 'vi',
      table: {
        columns: [
          { key: 'figure', label: 'Chỉ tiêu' },
          { key: 'value', label: 'Giá trị' },
          { key: 'share', label: 'Tỷ lệ (%)' },
        ],
        rows: [
          { figure: 'Tổ chức đảng được kiểm tra', value: 1282, share: 97.4 },
          { figure: '=cmd', value: null, share: null },
        ],
      },
    });
    const wb = await load(bytes);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Kiểm tra, giám sát');
    expect([1, 2, 3, 4].map((r) => ws.getCell(`A${r}`).value)).toEqual([
      'Kiểm tra, giám sát',
      'Năm 2020 · Tổ chức đảng, Đảng viên',
      'Nguồn: Báo cáo, HNP, 28/11/2020',
      'Xuất ngày 25/11/2026',
    ]);
    expect(ws.getRow(6).values).toEqual([undefined, 'Chỉ tiêu', 'Giá trị', 'Tỷ lệ (%)']);
    expect(ws.getCell('B7').value).toBe(1282);
    expect(ws.getCell('C7').value).toBe(97.4);
    expect(ws.getCell('A8').value).toBe("'=cmd"); // text, never a formula, and guarded as in the CSV
    expect(ws.getCell('B8').value).toBe(null);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
  });
});

describe('cells', () => {
  it('reads numbers written as text, with the file’s decimal mark, and never guesses', () => {
    expect(numberFromText('1.282', ',')).toBe(1282);
    expect(numberFromText('15 234,5', ',')).toBe(15234.5);
    expect(numberFromText('-2.000,25', ',')).toBe(-2000.25);
    expect(numberFromText('15234.5', ',')).toBe(15234.5); // a lone "." not before three digits: only a decimal point
    expect(numberFromText('1.282,5', ',')).toBe(1282.5);
    expect(numberFromText('1.28', ',')).toBe(1.28);
    expect(numberFromText('1.2.3', ',')).toBe(null);
    expect(numberFromText('15 5', ',')).toBe(null);
    expect(numberFromText('1,315', '.')).toBe(1315);
    expect(numberFromText('18742.5', '.')).toBe(18742.5);
    expect(numberFromText('1,315.25', '.')).toBe(1315.25);
    expect(numberFromText('12,34', '.')).toBe(12.34);
    expect(numberFromText('97,4', 'either')).toBe(97.4);
    expect(numberFromText('97.4', 'either')).toBe(97.4);
    expect(numberFromText('1.282.000', 'either')).toBe(null);
    expect(numberFromText('khoảng 5', 'either')).toBe(null);
  });

  it('reads dates as YYYY-MM-DD or D/M/YYYY, and refuses impossible ones', () => {
    expect(dateFromText('2024-06-30')).toBe('2024-06-30');
    expect(dateFromText('30/6/2024')).toBe('2024-06-30');
    expect(dateFromText('1.7.2025')).toBe('2025-07-01');
    expect(dateFromText('31/2/2024')).toBe(null);
    expect(dateFromText('6/2024')).toBe(null);
  });

  it('tells a period’s dates from the usual ids', () => {
    expect(periodDates('2024')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(periodDates('2024-H2')).toEqual({ start: '2024-07-01', end: '2024-12-31' });
    expect(periodDates('6t1-2024')).toEqual({ start: '2024-01-01', end: '2024-06-30' });
    expect(periodDates('quy-1.2022')).toEqual({ start: '2022-01-01', end: '2022-03-31' });
    expect(periodDates('2024-Q4')).toEqual({ start: '2024-10-01', end: '2024-12-31' });
    expect(periodDates('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodDates('2024-9T')).toEqual({ start: '2024-01-01', end: '2024-09-30' });
    expect(periodDates('2020-2025')).toEqual({ start: '2020-01-01', end: '2025-12-31' });
    expect(periodDates('nam-nay-6t')).toBe(null);
  });
});
