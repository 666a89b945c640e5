import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { RENDERER_RECOVERED_CHANNEL } from '../../shared/ipc/channels';
import { recoverCrashedRenderer } from './recoverCrashedRenderer';

/** A BrowserWindow as far as recovery sees it; Electron itself is not loaded. */
function fakeWindow() {
  const contents = Object.assign(new EventEmitter(), {
    reload: vi.fn(),
    send: vi.fn(),
  });
  return { window: { isDestroyed: vi.fn(() => false), webContents: contents }, contents };
}

describe('a crashed renderer', () => {
  it('is reloaded, and told why once the app is loaded again', () => {
    const { window, contents } = fakeWindow();
    recoverCrashedRenderer(window);
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(contents.reload).toHaveBeenCalledTimes(1);
    expect(contents.send).not.toHaveBeenCalled();
    contents.emit('did-finish-load');
    expect(contents.send).toHaveBeenCalledWith(RENDERER_RECOVERED_CHANNEL, 'crashed');
  });

  it('leaves a clean exit alone', () => {
    const { window, contents } = fakeWindow();
    recoverCrashedRenderer(window);
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(contents.reload).not.toHaveBeenCalled();
  });

  it('stops reloading a page that keeps crashing, and says so', () => {
    const { window, contents } = fakeWindow();
    let time = 0;
    const onGiveUp = vi.fn();
    recoverCrashedRenderer(window, { now: () => time, onGiveUp, maxCrashes: 3, windowMs: 60_000 });
    for (let i = 0; i < 4; i++) {
      contents.emit('render-process-gone', {}, { reason: 'oom' });
      time += 1_000;
    }
    expect(contents.reload).toHaveBeenCalledTimes(3);
    expect(onGiveUp).toHaveBeenCalledWith('oom');
    // Crashes far apart are each recovered.
    time += 120_000;
    contents.emit('render-process-gone', {}, { reason: 'killed' });
    expect(contents.reload).toHaveBeenCalledTimes(4);
  });

  it('does nothing for a window already closed', () => {
    const { window, contents } = fakeWindow();
    window.isDestroyed.mockReturnValue(true);
    recoverCrashedRenderer(window);
    contents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(contents.reload).not.toHaveBeenCalled();
  });
});
