import { describe, expect, it } from 'vitest';
import { createDrawScheduler } from '../../src/charts/scheduler';

/** The order in which queued charts are revealed, each reporting drawn in a later task (as a real chart does). */
async function revealOrder(queue: (scheduler: ReturnType<typeof createDrawScheduler>, drawn: string[]) => void): Promise<string[]> {
  const scheduler = createDrawScheduler();
  const drawn: string[] = [];
  queue(scheduler, drawn);
  await scheduler.drawAll();
  return drawn;
}

describe('chart draw scheduler', () => {
  it('draws charts on the screen before charts only near it, each group in the order they came', async () => {
    const order = await revealOrder((scheduler, drawn) => {
      // the first one starts at once (nothing is drawing); the rest wait their turn
      for (const [name, onScreen] of [
        ['a', false],
        ['below-1', false],
        ['screen-1', true],
        ['below-2', false],
        ['screen-2', true],
      ] as const)
        scheduler.enqueue((done) => {
          drawn.push(name);
          setTimeout(done, 0);
        }, onScreen);
    });
    expect(order).toEqual(['a', 'screen-1', 'screen-2', 'below-1', 'below-2']);
  });

  it("a cancelled chart on the screen does not take another one's place", async () => {
    const order = await revealOrder((scheduler, drawn) => {
      const draw = (name: string) => (done: () => void) => {
        drawn.push(name);
        setTimeout(done, 0);
      };
      scheduler.enqueue(draw('first'));
      const cancel = scheduler.enqueue(draw('screen-1'), true);
      scheduler.enqueue(draw('below'));
      cancel();
      scheduler.enqueue(draw('screen-2'), true);
    });
    expect(order).toEqual(['first', 'screen-2', 'below']);
  });
});
