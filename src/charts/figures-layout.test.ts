import { describe, expect, it } from 'vitest';
import { estimateMeasure, layoutFigures } from './figures-layout';
import type { FigureSection } from './spec';

// SYNTHETIC rows (not from the report): long labels, a long figure, each kind of mark.
const LONG = 'Nghị quyết của Quốc hội về thí điểm tổ chức mô hình chính quyền đô thị gắn với bầu cử đại biểu (Năm 2021)';
const sections: FigureSection[] = [
  {
    key: 'a',
    title: 'Đại hội đã tổ chức, theo cấp',
    note: 'Tệp số liệu chỉ nêu số đã tổ chức, không nêu tổng số phải tổ chức, nên không vẽ tỷ lệ hoàn thành.',
    rows: [
      { key: 'n', label: LONG, text: 'khoảng 26 hội nghị' },
      { key: 'p', label: 'Tổ chức cơ sở đảng được củng cố', text: '226/226 (100%)', mark: { kind: 'part', done: 226, total: 226 } },
    ],
  },
  {
    key: 'b',
    title: 'Nhiệm vụ',
    rows: [
      { key: 'b1', label: LONG, text: '3 nhiệm vụ', mark: { kind: 'bar', value: 3 } },
      { key: 'b2', label: 'Nhiệm vụ', text: '7 nhiệm vụ', mark: { kind: 'bar', value: 7 } },
      { key: 'o', label: LONG, text: 'Sớm 10 ngày', mark: { kind: 'offset', value: -10, plan: 'Dự kiến', actual: 'Tổ chức' } },
    ],
  },
];

describe('figures chart layout', () => {
  it.each([340, 480, 507, 760, 1000])('at %i px: labels wrap whole (never cut), inside their column, clear of the figures', (width) => {
    const m = estimateMeasure;
    const layout = layoutFigures({ sections }, width, m);
    expect(layout.height).toBeGreaterThan(0);
    for (const section of layout.sections) {
      for (const line of section.titleLines) expect(m.title(line)).toBeLessThanOrEqual(width);
      expect(section.noteLines.join(' ')).toBe(section.section.note ?? '');
      for (const box of section.rows) {
        const { row, labelLines } = box;
        expect(labelLines.join(' ')).toBe(row.label);
        expect(labelLines.join('')).not.toContain('…');
        const right = layout.labelX + Math.max(...labelLines.map(m.label));
        expect(right).toBeLessThanOrEqual(width);
        // the figure's text, right-aligned at the edge, never runs into the label lines beside it
        const textLeft = width - m.text(row.text);
        const besideText = labelLines.filter((_, i) => Math.abs(box.labelTop + (i + 0.5) * 15 - box.markY) < 15);
        for (const line of besideText) expect(layout.labelX + m.label(line)).toBeLessThan(textLeft);
        // nor into the mark, when the mark stands beside it
        if (row.mark && !layout.stacked) expect(layout.labelX + Math.max(...labelLines.map(m.label))).toBeLessThan(layout.markX);
        if (row.mark) expect(layout.markX + layout.markWidth).toBeLessThan(textLeft);
        // rows follow one another without overlapping
        expect(box.labelTop).toBeGreaterThanOrEqual(box.top);
        expect(box.labelTop + labelLines.length * 15).toBeLessThanOrEqual(box.top + box.height);
      }
    }
  });

  it('puts the mark under its label on a narrow chart, beside it on a wide one', () => {
    expect(layoutFigures({ sections }, 340, estimateMeasure).stacked).toBe(true);
    expect(layoutFigures({ sections }, 760, estimateMeasure).stacked).toBe(false);
  });

  it('sets short headings beside their rows when there is room and no note, above them otherwise', () => {
    const units: FigureSection[] = [
      { key: 'g', title: 'Mục tiêu', rows: [{ key: 'g1', label: 'Mục tiêu năm 2021', text: '4 mục tiêu' }] },
      { key: 't', title: 'Nhiệm vụ', rows: [{ key: 't1', label: 'Nhiệm vụ trọng tâm', text: '3 nhiệm vụ' }] },
    ];
    const wide = layoutFigures({ sections: units }, 760, estimateMeasure);
    expect(wide.labelX).toBeGreaterThan(0);
    expect(wide.sections[1]!.titleTop).toBeGreaterThan(wide.sections[0]!.rows[0]!.top);
    expect(layoutFigures({ sections: units }, 340, estimateMeasure).labelX).toBe(0);
    expect(layoutFigures({ sections }, 1000, estimateMeasure).labelX).toBe(0);
    // beside: shorter than the same sections with headings above
    expect(wide.height).toBeLessThan(layoutFigures({ sections: units }, 340, estimateMeasure).height);
  });

  it('scales each section on its own: bars of one section share their largest value, offsets their largest gap', () => {
    const layout = layoutFigures({ sections }, 760, estimateMeasure);
    expect(layout.sections.map((s) => [s.barMax, s.offsetMax])).toEqual([
      [0, 0],
      [7, 10],
    ]);
  });
});
