/**
 * Decides when charts are drawn: when their box comes near the screen, one at a time, so recharts never
 * blocks the first view (its render is the page's biggest main-thread cost) and a phone draws only what it
 * shows. `drawAll` draws the rest at once, for print.
 */
export type Reveal = (drawn: () => void) => void;

export interface DrawScheduler {
  /**
   * queues a chart's reveal (`onScreen`: ahead of the charts only near the screen, behind those already on it);
   * returns a function that cancels it (unmounted before its turn)
   */
  enqueue(reveal: Reveal, onScreen?: boolean): () => void;
  /** registers a chart that waits for the screen; `drawAll` will enqueue it */
  waiting(enqueue: () => void): () => void;
  /** draws every chart still waiting; resolves once they are on the page */
  drawAll(): Promise<void>;
}

/** A chart that never reports drawn (unmounted meanwhile) does not hold the others back longer than this. */
const STALL_MS = 3000;

export function createDrawScheduler(): DrawScheduler {
  const queue: Reveal[] = [];
  /** how many reveals at the head of the queue are of charts on the screen */
  let onScreenQueued = 0;
  const waiting = new Set<() => void>();
  const idle: (() => void)[] = [];
  let busy = false;
  let pumpQueued = false;

  // A chart queued from the page's own frame (an IntersectionObserver report, right after a new view's layout) is drawn
  // in a task of its own: that frame's layout and this chart's render never add up to one long task.
  function pumpSoon() {
    if (busy || pumpQueued) return;
    pumpQueued = true;
    setTimeout(() => {
      pumpQueued = false;
      pump();
    }, 0);
  }

  function pump() {
    if (busy) return;
    const reveal = queue.shift();
    if (onScreenQueued > 0) onScreenQueued--;
    if (!reveal) {
      idle.splice(0).forEach((resolve) => resolve());
      return;
    }
    busy = true;
    let finished = false;
    const drawn = () => {
      if (finished) return;
      finished = true;
      busy = false;
      // a task between charts: the browser paints and handles input before the next one
      setTimeout(pump, 0);
    };
    reveal(drawn);
    setTimeout(drawn, STALL_MS);
  }

  return {
    enqueue(reveal, onScreen = false) {
      if (onScreen) queue.splice(onScreenQueued++, 0, reveal);
      else queue.push(reveal);
      pumpSoon();
      return () => {
        const at = queue.indexOf(reveal);
        if (at < 0) return;
        queue.splice(at, 1);
        if (at < onScreenQueued) onScreenQueued--;
      };
    },
    waiting(enqueue) {
      waiting.add(enqueue);
      return () => waiting.delete(enqueue);
    },
    drawAll() {
      for (const enqueue of [...waiting]) enqueue();
      return new Promise((resolve) => {
        idle.push(resolve);
        pump();
      });
    },
  };
}
