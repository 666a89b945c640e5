import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkStorage } from './storageHealth';

const MB = 1024 * 1024;
const GB = 1024 * MB;
const estimate = (usage: number, quota: number) => async () => ({ usage, quota });

describe('checkStorage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is ok with plenty of room', async () => {
    expect(await checkStorage(estimate(1 * GB, 10 * GB))).toEqual({
      usage: GB,
      quota: 10 * GB,
      free: 9 * GB,
      level: 'ok',
    });
  });

  it('warns when less than 10 % or less than 200 MB is free', async () => {
    expect((await checkStorage(estimate(9.5 * GB, 10 * GB)))?.level).toBe('low');
    expect((await checkStorage(estimate(100 * MB, 250 * MB)))?.level).toBe('low');
  });

  it('is critical below 2 % or 50 MB free, and when usage exceeds the quota', async () => {
    expect((await checkStorage(estimate(99 * GB, 100 * GB)))?.level).toBe('critical');
    expect((await checkStorage(estimate(980 * MB, 1_020 * MB)))?.level).toBe('critical');
    expect(await checkStorage(estimate(2 * GB, GB))).toMatchObject({ free: 0, level: 'critical' });
  });

  it('says nothing when the browser gives no estimate', async () => {
    expect(await checkStorage(undefined)).toBeUndefined();
    expect(await checkStorage(async () => ({}))).toBeUndefined();
    expect(
      await checkStorage(async () => {
        throw new Error('denied');
      }),
    ).toBeUndefined();
  });

  it('asks navigator.storage by default', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 10 * MB, quota: 40 * MB }) } });
    expect((await checkStorage())?.level).toBe('critical');
  });
});
