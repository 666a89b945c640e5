import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from './requestPersistentStorage';

afterEach(() => {
  vi.unstubAllGlobals();
});

const stubStorage = (storage: Partial<StorageManager> | undefined) =>
  vi.stubGlobal('navigator', { storage } as unknown as Navigator);

describe('requestPersistentStorage', () => {
  it('asks for persistence and reports the answer', async () => {
    const persist = vi.fn(async () => true);
    stubStorage({ persist, persisted: async () => false });
    expect(await requestPersistentStorage()).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
  });

  it('does not ask again when storage is already persistent', async () => {
    const persist = vi.fn(async () => true);
    stubStorage({ persist, persisted: async () => true });
    expect(await requestPersistentStorage()).toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });

  it('reports false where the API is missing or fails', async () => {
    stubStorage(undefined);
    expect(await requestPersistentStorage()).toBe(false);
    stubStorage({
      persist: async () => {
        throw new Error('denied');
      },
    });
    expect(await requestPersistentStorage()).toBe(false);
  });
});
