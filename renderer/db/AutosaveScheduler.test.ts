import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveScheduler } from './AutosaveScheduler';

interface Doc {
  text: string;
}
const doc = (text: string): Doc => ({ text });

/** A save whose completion the test controls, to observe ordering. */
function controlledSave() {
  const calls: { value: Doc; resolve: () => void; reject: (e: Error) => void }[] = [];
  const save = vi.fn(
    (value: Doc) =>
      new Promise<void>((resolve, reject) => {
        calls.push({ value, resolve, reject });
      }),
  );
  return { save, calls };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('AutosaveScheduler', () => {
  it('does not save the document it was opened with', async () => {
    const save = vi.fn(async () => {});
    const scheduler = new AutosaveScheduler<Doc>(save, 600);
    scheduler.update(undefined);
    scheduler.update(doc('loaded'));
    await vi.advanceTimersByTimeAsync(5_000);
    await scheduler.flush();
    expect(save).not.toHaveBeenCalled();
    expect(scheduler.getSnapshot()).toEqual({ status: 'saved' });
  });

  it('waits until typing pauses, then saves only the newest document', async () => {
    const save = vi.fn(async (_value: Doc) => {});
    const scheduler = new AutosaveScheduler<Doc>(save, 600);
    scheduler.update(doc('a'));
    const latest = doc('abc');
    scheduler.update(doc('ab'));
    await vi.advanceTimersByTimeAsync(400);
    scheduler.update(latest);
    expect(scheduler.getSnapshot().status).toBe('pending');
    await vi.advanceTimersByTimeAsync(599);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save.mock.calls).toEqual([[latest]]);
    expect(scheduler.getSnapshot()).toEqual({ status: 'saved' });
    expect(scheduler.hasUnsavedChanges).toBe(false);
  });

  it('never lets an older save land after a newer one', async () => {
    const { save, calls } = controlledSave();
    const scheduler = new AutosaveScheduler<Doc>(save, 600);
    scheduler.update(doc('v0'));
    scheduler.update(doc('v1'));
    const first = scheduler.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(scheduler.getSnapshot().status).toBe('saving');
    scheduler.update(doc('v2'));
    const second = scheduler.flush();
    await vi.advanceTimersByTimeAsync(0);
    // The second save has not started while the first is in flight.
    expect(calls.map((c) => c.value.text)).toEqual(['v1']);
    calls[0]!.resolve();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.value.text)).toEqual(['v1', 'v2']);
    calls[1]!.resolve();
    await second;
    expect(scheduler.getSnapshot()).toEqual({ status: 'saved' });
  });

  it('shows the reason a save failed, keeps the change and retries on flush', async () => {
    const { save, calls } = controlledSave();
    const scheduler = new AutosaveScheduler<Doc>(save, 600);
    scheduler.update(doc('v0'));
    scheduler.update(doc('invalid'));
    const attempt = scheduler.flush();
    await vi.advanceTimersByTimeAsync(0);
    const refused = new Error('The draft was not saved. Availability: a percentage cannot exceed 100.');
    calls[0]!.reject(refused);
    await expect(attempt).rejects.toThrow(/percentage/);
    expect(scheduler.getSnapshot()).toEqual({ status: 'error', error: refused });
    expect(scheduler.hasUnsavedChanges).toBe(true);

    scheduler.update(doc('fixed'));
    expect(scheduler.getSnapshot().status).toBe('error');
    await vi.advanceTimersByTimeAsync(600);
    expect(scheduler.getSnapshot().status).toBe('saving');
    calls[1]!.resolve();
    await scheduler.flush();
    expect(calls.map((c) => c.value.text)).toEqual(['invalid', 'fixed']);
    expect(scheduler.getSnapshot()).toEqual({ status: 'saved' });
  });

  it('does nothing when the user returns to the saved document', async () => {
    const save = vi.fn(async () => {});
    const scheduler = new AutosaveScheduler<Doc>(save, 600);
    const original = doc('v0');
    scheduler.update(original);
    scheduler.update(doc('v1'));
    scheduler.update(original);
    expect(scheduler.getSnapshot().status).toBe('saved');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(save).not.toHaveBeenCalled();
  });

  it('notifies subscribers only when the state changes', async () => {
    const scheduler = new AutosaveScheduler<Doc>(async () => {}, 600);
    const listener = vi.fn();
    const unsubscribe = scheduler.subscribe(listener);
    scheduler.update(doc('v0'));
    scheduler.update(doc('v1'));
    scheduler.update(doc('v2'));
    expect(listener).toHaveBeenCalledTimes(1);
    await scheduler.flush();
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    scheduler.update(doc('v3'));
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('does not write again a value equal in content to the stored one', async () => {
    const save = vi.fn(async (_value: Doc) => {});
    const scheduler = new AutosaveScheduler<Doc>(save, 600, (a, b) => a.text === b.text);
    scheduler.update(doc('v0'));
    scheduler.update(doc('v1'));
    await scheduler.flush();
    // The stored draft comes back from a live query as a new object with the same content.
    scheduler.update(doc('v1'));
    await vi.advanceTimersByTimeAsync(600);
    expect(save.mock.calls.map(([value]) => value.text)).toEqual(['v1']);
    expect(scheduler.getSnapshot()).toEqual({ status: 'saved' });
  });

  it('keeps a value the disk refused in memory and saves it by itself once there is room', async () => {
    let full = true;
    const stored: string[] = [];
    const save = vi.fn(async (value: Doc) => {
      if (full) throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
      stored.push(value.text);
    });
    const scheduler = new AutosaveScheduler<Doc>(save, {
      delayMs: 100,
      classify: () => 'retry',
      retryDelaysMs: [1_000, 5_000],
    });
    scheduler.update(doc('v0'));
    scheduler.update(doc('typed while the disk is full'));
    await vi.advanceTimersByTimeAsync(100);
    expect(scheduler.getSnapshot()).toMatchObject({ status: 'error', retryAt: expect.any(Number) });
    expect(scheduler.current?.text).toBe('typed while the disk is full');
    // More typing meanwhile is kept too, and saved with the next retry rather than hammering the disk.
    scheduler.update(doc('typed while the disk is full, and more'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(save).toHaveBeenCalledTimes(2);
    full = false;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(stored).toEqual(['typed while the disk is full, and more']);
    expect(scheduler.getSnapshot()).toEqual({ status: 'saved' });
  });

  it('saves nothing during a conflict until the user chose, then the chosen value', async () => {
    const conflict = Object.assign(new Error('changed elsewhere'), { code: 'conflict' });
    const save = vi.fn<(value: Doc) => Promise<void>>(async () => {
      throw conflict;
    });
    const scheduler = new AutosaveScheduler<Doc>(save, { delayMs: 100, classify: () => 'conflict' });
    scheduler.update(doc('v0'));
    scheduler.update(doc('mine'));
    await vi.advanceTimersByTimeAsync(100);
    expect(scheduler.getSnapshot()).toEqual({ status: 'conflict', error: conflict });
    scheduler.update(doc('mine, more'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledTimes(1);
    // "Keep mine": the next flush writes what is on screen.
    save.mockResolvedValueOnce(undefined);
    scheduler.resolveConflict();
    await scheduler.flush();
    expect(save.mock.calls.at(-1)?.[0].text).toBe('mine, more');
    expect(scheduler.getSnapshot()).toEqual({ status: 'saved' });
    // "Take theirs" instead: their value is the baseline and nothing is written.
    scheduler.resetBaseline(doc('theirs'));
    expect(scheduler.getSnapshot()).toEqual({ status: 'saved' });
    expect(scheduler.hasUnsavedChanges).toBe(false);
  });

  it('saves at least once a second while typing goes on without a pause', async () => {
    const saved: string[] = [];
    const scheduler = new AutosaveScheduler<Doc>(async (value) => void saved.push(value.text), {
      delayMs: 500,
      maxWaitMs: 1_000,
    });
    scheduler.update(doc(''));
    let text = '';
    // A key every 200 ms for three seconds: the pause of 500 ms never comes.
    for (let step = 1; step <= 15; step++) {
      text += 'x';
      scheduler.update(doc(text));
      await vi.advanceTimersByTimeAsync(200);
    }
    // Without the cap nothing would be saved yet; with it, about every second.
    expect(saved.length).toBeGreaterThanOrEqual(2);
    expect(saved.every((value, index) => index === 0 || value.length > saved[index - 1]!.length)).toBe(true);
    await vi.advanceTimersByTimeAsync(500);
    expect(saved.at(-1)).toBe('x'.repeat(15));
  });
});
