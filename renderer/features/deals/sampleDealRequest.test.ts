import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { NAMESPACES, resources } from '../../i18n/resources';
import { sampleDealRequest, START_EMPTY_KEY } from './sampleDealRequest';

function translator(lng: 'de' | 'en') {
  const instance = i18next.createInstance();
  void instance.init({ resources, lng, ns: NAMESPACES, defaultNS: 'common', initAsync: false });
  return instance;
}
const storage = (entries: Record<string, string>) => ({ getItem: (key: string) => entries[key] ?? null });

describe('sampleDealRequest', () => {
  it('names the sample deal clearly, in the UI language', () => {
    expect(sampleDealRequest(translator('de'), storage({}))).toEqual({
      allowed: true,
      language: 'de',
      title: 'Beispiel-Deal zum Ausprobieren',
      customerName: 'Beispielkunde GmbH',
    });
    expect(sampleDealRequest(translator('en'), storage({}))).toMatchObject({
      language: 'en',
      title: 'Sample deal – try things out here',
    });
  });

  it('is switched off by the start-empty flag of the browser profile', () => {
    expect(sampleDealRequest(translator('de'), storage({ [START_EMPTY_KEY]: '1' })).allowed).toBe(false);
    expect(sampleDealRequest(translator('de'), storage({ [START_EMPTY_KEY]: '0' })).allowed).toBe(true);
  });

  it('behaves as any first start where storage is off limits or missing', () => {
    const locked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(sampleDealRequest(translator('de'), locked).allowed).toBe(true);
    expect(sampleDealRequest(translator('de'), undefined).allowed).toBe(true);
  });
});
