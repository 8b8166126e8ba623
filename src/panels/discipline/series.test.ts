import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../data/schema';
import { applyFilters, type Filters } from '../../model/filters';
import { makeDataset, makeIndicator } from '../../../test/fixtures/dataset';
import { f, insp, PERIODS, UNITS } from '../../../test/fixtures/series';
import { disciplineSeries, hasDisciplineFigures, isDisciplineFigure } from './series';

// SYNTHETIC figures built in the test (made-up counts, not from any report).
const part = (id: string, measure: string, subject: 'organisation' | 'member', value: number, whole: string) => ({
  ...insp(id, measure, subject, value),
  partOf: whole,
});
const chain = (): Indicator[] => [
  insp('checked-o', 'violation-checked', 'organisation', 14),
  insp('checked-m', 'violation-checked', 'member', 1204),
  { ...insp('concluded-o', 'violation-concluded', 'organisation', 11), denominator: 14 },
  { ...insp('concluded-m', 'violation-concluded', 'member', 49), denominator: 1204 },
  insp('required-o', 'discipline-required', 'organisation', 6),
  insp('required-m', 'discipline-required', 'member', 38),
  insp('disc-o', 'disciplined', 'organisation', 5),
  part('disc-o-dissolution', 'discipline-dissolution', 'organisation', 1, 'disc-o'),
  part('disc-o-reprimand', 'discipline-reprimand', 'organisation', 3, 'disc-o'),
  part('disc-o-warning', 'discipline-warning', 'organisation', 1, 'disc-o'),
  insp('disc-m', 'disciplined', 'member', 36),
  part('disc-m-reprimand', 'discipline-reprimand', 'member', 20, 'disc-m'),
  part('disc-m-warning', 'discipline-warning', 'member', 9, 'disc-m'),
  part('disc-m-dismissal', 'discipline-dismissal', 'member', 2, 'disc-m'),
  part('disc-m-expulsion', 'discipline-expulsion', 'member', 5, 'disc-m'),
  part('committee-m', 'disciplined-committee-members', 'member', 8, 'disc-m'),
];

function seriesOf(indicators: Indicator[], over: Partial<Filters> = {}, periods = makeDataset().periods) {
  const ds = makeDataset({
    indicators: indicators.map((i) => ({ ...i, period: i.period === 'p1' ? periods[0]!.id : i.period, orgUnit: 'u1' })),
    periods,
    orgUnits: UNITS,
  });
  const filters = f(over);
  return disciplineSeries(ds, applyFilters(ds.indicators, filters, ['period', 'unit', 'subject']), filters, 'vi');
}

describe('discipline series', () => {
  it('follows each subject apart from checked to disciplined, forms in the catalogue order, committee members marked', () => {
    const s = seriesOf([...chain(), insp('inspected-o', 'inspected', 'organisation', 400)]);
    expect(s.subjects).toEqual(['organisation', 'member']);
    expect(s.groups.map((g) => g.subject)).toEqual(['organisation', 'member']);
    const [org, mem] = s.groups;
    expect(org!.steps['violation-checked']?.value).toBe(14);
    expect(org!.steps['violation-concluded']).toMatchObject({ value: 11, denominator: 14 });
    expect(org!.steps['discipline-required']?.value).toBe(6);
    expect(org!.steps.disciplined?.value).toBe(5);
    expect(org!.forms.map((x) => [x.measure, x.value])).toEqual([
      ['discipline-reprimand', 3],
      ['discipline-warning', 1],
      ['discipline-dissolution', 1],
    ]);
    expect(org!.check).toBe('equal');
    expect(org!.committee).toBeNull();
    expect(mem!.formsSum).toBe(36);
    expect(mem!.check).toBe('equal');
    expect(mem!.committee?.value).toBe(8);
    // inspection by committees is the inspection panel's: not here
    expect(s.figures.map((i) => i.id)).not.toContain('inspected-o');
    expect(s.figures).toHaveLength(chain().length);
    expect(s.others).toEqual([]);
  });

  it('says how the forms stand to the total: below, above, forms without a total, no forms', () => {
    const below = seriesOf([insp('d', 'disciplined', 'member', 10), part('r', 'discipline-reprimand', 'member', 4, 'd')]);
    expect(below.groups[0]).toMatchObject({ check: 'below', formsSum: 4 });
    const above = seriesOf([
      insp('d', 'disciplined', 'member', 5),
      part('r', 'discipline-reprimand', 'member', 4, 'd'),
      part('w', 'discipline-warning', 'member', 3, 'd'),
    ]);
    expect(above.groups[0]).toMatchObject({ check: 'above', formsSum: 7 });
    const noTotal = seriesOf([insp('r', 'discipline-reprimand', 'member', 4)]);
    expect(noTotal.groups[0]).toMatchObject({ check: 'no-total', formsSum: 4 });
    expect(seriesOf([insp('d', 'disciplined', 'member', 5)]).groups[0]!.check).toBe('none');
  });

  it('follows the subject filter', () => {
    const s = seriesOf(chain(), { subject: 'member' });
    expect(s.subjects).toEqual(['member']);
    expect(s.groups.map((g) => g.subject)).toEqual(['member']);
    expect(s.figures.every((i) => i.subject === 'member')).toBe(true);
  });

  it('draws a check on signs of violation only beside what came of it; lists figures it cannot draw', () => {
    const s = seriesOf([
      insp('checked-o', 'violation-checked', 'organisation', 14),
      insp('checked-m', 'violation-checked', 'member', 57),
      insp('disc-m', 'disciplined', 'member', 3),
      makeIndicator({ id: 'no-subject', measure: 'disciplined', subject: undefined, unit: 'members', value: 40 }),
      makeIndicator({ id: 'share', measure: 'violation-concluded', subject: 'member', unit: 'percent', value: 86 }),
    ]);
    expect(s.groups.map((g) => [g.subject, Object.keys(g.steps)])).toEqual([['member', ['violation-checked', 'disciplined']]]);
    expect(s.others.map((i) => i.id)).toEqual(['no-subject', 'share']);
    // the organisations' lone check stays the inspection panel's
    expect(s.figures.map((i) => i.id)).toEqual(['checked-m', 'disc-m', 'no-subject', 'share']);
  });

  it('compares periods: one group a subject and period, named by the period', () => {
    const s = seriesOf(
      [
        insp('a', 'disciplined', 'member', 3, 'p1'),
        insp('b', 'disciplined', 'member', 7, 'p2'),
        insp('c', 'disciplined', 'organisation', 1, 'p2'),
      ],
      {},
      PERIODS,
    );
    expect(s.groups.map((g) => [g.subject, g.sliceLabel, g.steps.disciplined?.value])).toEqual([
      ['organisation', 'Năm 2021', 1],
      ['member', 'Năm 2020', 3],
      ['member', 'Năm 2021', 7],
    ]);
  });

  it('sums several figures of one measure, keeping x of y only when each gives its y', () => {
    const s = seriesOf([
      { ...insp('a', 'violation-concluded', 'member', 4), denominator: 5, level: 'grassroots' },
      { ...insp('b', 'violation-concluded', 'member', 2), denominator: 3, level: 'party-cell' },
    ]);
    expect(s.groups[0]!.steps['violation-concluded']).toMatchObject({ value: 6, denominator: 8 });
    const mixed = seriesOf([
      { ...insp('a', 'violation-concluded', 'member', 4), denominator: 5 },
      insp('b', 'violation-concluded', 'member', 2),
    ]);
    expect(mixed.groups[0]!.steps['violation-concluded']).toMatchObject({ value: 6, denominator: null });
  });

  it('knows its figures, and whether a file carries any', () => {
    expect(isDisciplineFigure(insp('x', 'discipline-warning', 'member', 1))).toBe(true);
    expect(isDisciplineFigure(insp('x', 'violation-checked', 'member', 1))).toBe(false);
    expect(isDisciplineFigure(makeIndicator({ id: 'x', category: 'other', measure: 'disciplined' }))).toBe(false);
    expect(hasDisciplineFigures(makeDataset({ indicators: chain() }))).toBe(true);
    expect(hasDisciplineFigures(makeDataset({ indicators: [insp('x', 'violation-checked', 'member', 1)] }))).toBe(false);
  });

  it('is empty when nothing matches', () => {
    expect(seriesOf([])).toEqual({ groups: [], subjects: [], others: [], figures: [] });
  });
});
