/**
 * The chart boxes the pre-rendered page shows in its first screen, noted once before it hydrates (the page is laid
 * out for its first paint by then, so reading the boxes costs no extra layout). Those charts go first: their panels
 * hydrate before the rest of the page, and each is queued for drawing as soon as it mounts, without waiting a frame
 * for an IntersectionObserver report.
 */
const CHART_BOX = '.panel__chart';

let firstScreen = new WeakSet<Element>();

/** Notes and returns the chart boxes under `root` that overlap the viewport (`height` px tall, scrolled to `top`). */
export function noteFirstScreenCharts(root: ParentNode, height: number): Element[] {
  firstScreen = new WeakSet();
  const shown: Element[] = [];
  for (const box of root.querySelectorAll(CHART_BOX)) {
    const { top, bottom } = box.getBoundingClientRect();
    if (bottom > 0 && top < height && bottom > top) {
      firstScreen.add(box);
      shown.push(box);
    }
  }
  return shown;
}

/** Whether `box` was a chart box in the first screen when the page started; asked once per box (its first mount). */
export function takeFirstScreen(box: Element): boolean {
  return firstScreen.delete(box);
}
