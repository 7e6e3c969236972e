// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MutationWatcher, type MutationBatch } from '../../../lib/scan/mutations';
import { OWN_UI_ATTR } from '../../../lib/scan/passages';
import { setBody } from '../dom';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('MutationWatcher', () => {
  let watcher: MutationWatcher | null = null;
  afterEach(() => watcher?.stop());

  function watch(options: Partial<ConstructorParameters<typeof MutationWatcher>[1]> = {}) {
    const batches: MutationBatch[] = [];
    watcher = new MutationWatcher(document.body, {
      onBatch: (b) => void batches.push(b),
      debounce: 20,
      maxWait: 200,
      ...options,
    });
    watcher.start();
    return batches;
  }

  it('reports changed blocks and added subtrees, once per quiet spell', async () => {
    setBody('<main><p id="a">one</p><div id="list"></div></main>');
    const batches = watch();
    document.getElementById('a')!.firstChild!.textContent = 'changed';
    const item = document.createElement('section');
    item.append(document.createElement('p'));
    document.getElementById('list')!.append(item);
    await settle(80);
    expect(batches).toHaveLength(1);
    expect([...batches[0]!.blocks].map((b) => b.id)).toEqual(expect.arrayContaining(['a', 'list']));
    expect([...batches[0]!.subtrees]).toEqual([item]);
  });

  it('drops the records of our own writes: marking never triggers marking', async () => {
    setBody('<p>resolution 1325 (2000)</p>');
    const batches = watch();
    watcher!.write(() => {
      const p = document.querySelector('p')!;
      const mark = document.createElement('mark');
      mark.textContent = 'resolution';
      p.prepend(mark);
    });
    await settle(80);
    expect(batches).toHaveLength(0);
    // A page change made just before our write is still reported.
    document.querySelector('p')!.append(' more');
    watcher!.write(() => document.querySelector('mark')!.setAttribute('data-x', '1'));
    await settle(80);
    expect(batches).toHaveLength(1);
  });

  it('ignores changes inside content it never reads (our UI, scripts, form fields)', async () => {
    setBody(`<div ${OWN_UI_ATTR}><p>card</p></div><textarea>typed</textarea>`);
    const batches = watch();
    document.querySelector(`[${OWN_UI_ATTR}] p`)!.textContent = 'changed';
    document.querySelector('textarea')!.append('more');
    await settle(80);
    expect(batches).toHaveLength(0);
  });

  it('backs off while the page keeps changing, and never runs two batches at once', async () => {
    // Fake time: the behaviour, not this machine's speed, is under test.
    vi.useFakeTimers();
    try {
      setBody('<p id="clock">0</p>');
      let running = 0;
      let overlap = false;
      const times: number[] = [];
      watch({
        onBatch: async () => {
          running += 1;
          if (running > 1) overlap = true;
          times.push(Date.now());
          await new Promise((resolve) => setTimeout(resolve, 5));
          running -= 1;
        },
        debounce: 20,
        maxDelay: 400,
        timers: {
          set: (fn, ms) => setTimeout(fn, ms),
          clear: (id) => clearTimeout(id as number),
          now: () => Date.now(),
        },
      });
      const p = document.getElementById('clock')!;
      // A change every 5 ms for 3 s: 600 changes.
      for (let i = 0; i < 600; i++) {
        p.textContent = String(i);
        await vi.advanceTimersByTimeAsync(5);
      }
      expect(overlap).toBe(false);
      expect(times.length).toBeGreaterThan(3);
      expect(times.length).toBeLessThan(30);
      const gaps = times.slice(1).map((t, i) => t - times[i]!);
      expect(gaps[0]!).toBeLessThan(250);
      expect(gaps[gaps.length - 1]!).toBeGreaterThanOrEqual(400);
    } finally {
      vi.useRealTimers();
    }
  });

  it('collapses a flood of changes into one re-read of the root', async () => {
    setBody('<main></main>');
    const batches = watch({ maxPending: 50 });
    const main = document.querySelector('main')!;
    for (let i = 0; i < 200; i++) main.append(document.createElement('p'));
    await settle(80);
    expect([...batches[0]!.subtrees]).toEqual([document.body]);
  });

  it('stops for good when its signal aborts', async () => {
    setBody('<p>x</p>');
    const controller = new AbortController();
    const onBatch = vi.fn();
    watcher = new MutationWatcher(document.body, { onBatch, debounce: 10, signal: controller.signal });
    watcher.start();
    controller.abort();
    document.querySelector('p')!.textContent = 'y';
    await settle(50);
    expect(onBatch).not.toHaveBeenCalled();
  });
});
