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
    expect(order).toEqual(['screen-1', 'screen-2', 'a', 'below-1', 'below-2']);
  });

  it('draws a queued chart in a task of its own, not inside the code that queued it', async () => {
    const scheduler = createDrawScheduler();
    const drawn: string[] = [];
    scheduler.enqueue((done) => {
      drawn.push('chart');
      done();
    }, true);
    expect(drawn).toEqual([]);
    await new Promise((resume) => setTimeout(resume, 0));
    expect(drawn).toEqual(['chart']);
  });

  it('the first chart already drawing keeps its turn; those queued behind it are ordered', async () => {
    const order = await revealOrder((scheduler, drawn) => {
      scheduler.enqueue((done) => {
        drawn.push('first');
        setTimeout(done, 0);
      });
      scheduler.drawAll(); // starts the first at once (as printing does)
      scheduler.enqueue((done) => {
        drawn.push('below');
        setTimeout(done, 0);
      });
      scheduler.enqueue((done) => {
        drawn.push('screen');
        setTimeout(done, 0);
      }, true);
    });
    expect(order).toEqual(['first', 'screen', 'below']);
  });

  it("a cancelled chart on the screen does not take another one's place", async () => {
    const order = await revealOrder((scheduler, drawn) => {
      const draw = (name: string) => (done: () => void) => {
        drawn.push(name);
        setTimeout(done, 0);
      };
      scheduler.enqueue(draw('first')); // queued, not yet drawn: the on-screen charts go ahead of it
      const cancel = scheduler.enqueue(draw('screen-1'), true);
      scheduler.enqueue(draw('below'));
      cancel();
      scheduler.enqueue(draw('screen-2'), true);
    });
    expect(order).toEqual(['screen-2', 'first', 'below']);
  });
});
