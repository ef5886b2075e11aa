import { afterEach, describe, expect, it } from 'vitest';
import { noteTime } from '../../../utils/dom/timings';

const times = () => (globalThis as { __sourceLensTimes?: Record<string, number> }).__sourceLensTimes;

describe('the content scripts’ times, for the browser bench', () => {
  afterEach(() => {
    delete (globalThis as { __sourceLensTimes?: unknown }).__sourceLensTimes;
  });

  it('keeps the first time each moment happened, however often it happens again', async () => {
    noteTime('detectorStart');
    const first = times()!.detectorStart!;
    await new Promise((r) => setTimeout(r, 5));
    noteTime('detectorStart');
    noteTime('firstHighlights');
    expect(times()!.detectorStart).toBe(first);
    expect(times()!.firstHighlights).toBeGreaterThan(first);
  });
});
