// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { barChart, figuresChart } from '../../src/charts';
import { collectStillSpecs, forgetStill, prefixIds, readStills, setStills, STILL_CHARTS, stillKey, stillOf } from '../../src/charts/stills';

const bars = (first: number, format = (v: number) => String(v)) =>
  barChart({
    rows: [
      { k: 'Kiểm tra', a: first, b: 360 },
      { k: 'Giám sát', a: 766, b: 184 },
    ],
    index: 'k',
    series: [
      { key: 'a', label: 'Tổ chức đảng', color: '#06c' },
      { key: 'b', label: 'Đảng viên', color: '#c60' },
    ],
    label: 'Kiểm tra, giám sát',
    format,
  } as never);

afterEach(() => setStills(new Map()));

describe('stills: the first charts drawn at build time (src/charts/stills.ts)', () => {
  it('keys a still by what its chart draws: the same figures give the same key, any other figure another', () => {
    expect(stillKey(bars(1282))).toBe(stillKey(bars(1282)));
    expect(stillKey(bars(1282, (v) => `${v} tổ chức`))).toBe(stillKey(bars(1282))); // functions are not data
    expect(stillKey(bars(1283))).not.toBe(stillKey(bars(1282)));
    const figures = figuresChart({ sections: [], color: '#000', label: 'Kiểm tra, giám sát' });
    expect(stillKey(figures)).not.toBe(stillKey(bars(1282)));
  });

  it('gives a chart its still only for the very spec it was drawn from', () => {
    expect(stillOf(bars(1282))).toBeUndefined();
    setStills(new Map([[stillKey(bars(1282)), '<svg class="recharts-surface"></svg>']]));
    expect(stillOf(bars(1282))).toEqual({ key: stillKey(bars(1282)), markup: '<svg class="recharts-surface"></svg>' });
    expect(stillOf(bars(9))).toBeUndefined();
    forgetStill(stillKey(bars(1282))); // its live chart is drawn
    expect(stillOf(bars(1282))).toBeUndefined();
  });

  it('learns the first charts met in a render, in page order, at most STILL_CHARTS of them', () => {
    const specs = [bars(1), bars(2), bars(3)];
    const met = collectStillSpecs(() => specs.forEach((s) => stillOf(s)));
    expect(met).toEqual(specs.slice(0, STILL_CHARTS));
    expect(stillOf(bars(1))).toBeUndefined(); // collecting is over: no still is kept
  });

  it('reads the stills back from the pre-rendered HTML, markup unchanged', () => {
    const key = stillKey(bars(1282));
    const root = document.createElement('div');
    root.innerHTML = `<div class="chart-pending" data-still="${key}"><ul class="legend"><li>Tổ chức đảng</li></ul><svg class="recharts-surface"><path d="M0,0"></path></svg></div>`;
    readStills(root);
    expect(stillOf(bars(1282))?.markup).toBe(root.querySelector('[data-still]')?.innerHTML);
  });

  it('prefixes every id in a still and every reference to it', () => {
    const markup =
      '<defs><clipPath id="recharts1-clip"><rect></rect></clipPath><pattern id="hatch-b"></pattern></defs>' +
      '<g clip-path="url(#recharts1-clip)" data-id="k"><path fill="url(#hatch-b)"></path><use href="#hatch-b"></use><a href="https://x/#y"></a></g>';
    expect(prefixIds(markup, 'still0-')).toBe(
      '<defs><clipPath id="still0-recharts1-clip"><rect></rect></clipPath><pattern id="still0-hatch-b"></pattern></defs>' +
        '<g clip-path="url(#still0-recharts1-clip)" data-id="k"><path fill="url(#still0-hatch-b)"></path><use href="#still0-hatch-b"></use><a href="https://x/#y"></a></g>',
    );
  });
});
