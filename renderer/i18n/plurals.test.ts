import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { NAMESPACES, resources, UI_LOCALES, type UiLocale } from './resources';

/** The real resources in a private i18next instance, so the test needs no DOM and no app start-up. */
function translator(lng: UiLocale): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng,
    fallbackLng: false,
    ns: NAMESPACES,
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance.t.bind(instance) as TFunction;
}
const t = Object.fromEntries(UI_LOCALES.map((lng) => [lng, translator(lng)])) as Record<UiLocale, TFunction>;
// Keys are checked by the resources' types elsewhere; here they come from data, so loosen the signature.
const say = (lng: UiLocale, key: string, options?: Record<string, unknown>): string =>
  (t[lng] as unknown as (key: string, options?: Record<string, unknown>) => string)(key, options);

/** Every text of a language with its `ns:dotted.path` key. */
function texts(lng: UiLocale): [string, string][] {
  const out: [string, string][] = [];
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'string') out.push([path, node]);
    else if (typeof node === 'object' && node !== null)
      for (const [key, child] of Object.entries(node))
        walk(child, path.endsWith(':') ? `${path}${key}` : `${path}.${key}`);
  };
  for (const ns of NAMESPACES) walk(resources[lng][ns], `${ns}:`);
  return out;
}

/** The keys written in plural forms (`…_zero`, `…_one`, `…_other`), with the forms each has. */
function pluralBases(lng: UiLocale): Map<string, Set<string>> {
  const bases = new Map<string, Set<string>>();
  for (const [key] of texts(lng)) {
    const match = /^(.*)_(zero|one|other)$/.exec(key);
    if (match) bases.set(match[1]!, (bases.get(match[1]!) ?? new Set()).add(match[2]!));
  }
  return bases;
}

/**
 * A number written straight before a counted noun outside a plural key: "{{templates}} own templates"
 * reads "1 own templates" for one. Counted nouns of both languages.
 */
const COUNTED_NOUN = {
  en: /\{\{\w+\}\} (own )?(deals?|rounds?|templates?|clauses?|terms?|changes?|comments?|files?)\b/,
  de: /\{\{\w+\}\} (eigene )?(Deals?|Runden?|Vorlagen?|Klauseln?|Kennzahlen?|Änderungen?|Kommentare?|Dateien?)\b/,
} as const;

describe('namespaces', () => {
  it('are every namespace of both languages, so the one language loaded at start is complete', () => {
    expect([...NAMESPACES].sort()).toEqual(Object.keys(resources.en).sort());
    expect(Object.keys(resources.de).sort()).toEqual(Object.keys(resources.en).sort());
  });
});

describe('plurals', () => {
  it('come in complete sets: every plural key has its one and other form in both languages', () => {
    for (const lng of UI_LOCALES) {
      const bases = pluralBases(lng);
      expect(bases.size, lng).toBeGreaterThan(5);
      for (const [key, forms] of bases) {
        expect(forms.has('one') && forms.has('other'), `${lng} ${key}`).toBe(true);
        for (const count of [0, 1, 2]) {
          const text = say(lng, key, { count });
          expect(text, `${lng} ${key} ${count}`).not.toContain('{{');
          expect(text, `${lng} ${key} ${count}`).not.toBe(key);
        }
      }
    }
  });

  it('never put a number straight before a counted noun outside a plural key', () => {
    for (const lng of UI_LOCALES)
      for (const [key, text] of texts(lng))
        if (!/_(zero|one|other)$/.test(key))
          expect(COUNTED_NOUN[lng].test(text), `${lng} ${key}: ${text}`).toBe(false);
    expect(COUNTED_NOUN.en.test('{{templates}} own templates')).toBe(true);
  });

  it('say how many deals, rounds and own templates a backup holds, for 0, 1 and 2', () => {
    const body = (lng: UiLocale, n: number) =>
      say(lng, 'backup:confirmBody', {
        date: '1.1.2027',
        deals: n,
        rounds: n,
        templates: n,
        currentDeals: n,
      });
    expect(body('en', 0)).toContain(
      'holds 0 deals, 0 rounds and no own templates. Everything in the app now (0 deals)',
    );
    expect(body('en', 1)).toContain(
      'holds 1 deal, 1 round and 1 own template. Everything in the app now (1 deal)',
    );
    expect(body('en', 2)).toContain(
      'holds 2 deals, 2 rounds and 2 own templates. Everything in the app now (2 deals)',
    );
    expect(body('de', 0)).toContain('enthält 0 Deals, 0 Runden und keine eigenen Vorlagen.');
    expect(body('de', 1)).toContain(
      'enthält 1 Deal, 1 Runde und 1 eigene Vorlage. Alles, was sich jetzt in der App befindet (1 Deal)',
    );
    expect(body('de', 2)).toContain('enthält 2 Deals, 2 Runden und 2 eigene Vorlagen.');
    const restored = (lng: UiLocale, n: number) =>
      say(lng, 'backup:restored', { deals: n, rounds: n, templates: n });
    expect(restored('en', 1)).toBe('Backup restored: 1 deal, 1 round, 1 own template.');
    expect(restored('de', 2)).toBe('Sicherung wiederhergestellt: 2 Deals, 2 Runden, 2 eigene Vorlagen.');
  });

  it('count clauses and terms of the round being sent, for 0, 1 and 2', () => {
    const send = (lng: UiLocale, clauses: number, terms: number) =>
      say(lng, 'rounds:send.description', { number: 3, clauses, terms });
    expect(send('en', 1, 0)).toContain('our round 3: 1 clause and 0 terms.');
    expect(send('en', 2, 1)).toContain('2 clauses and 1 term.');
    expect(send('de', 1, 1)).toContain('als unsere Runde 3 festgeschrieben: 1 Klausel und 1 Kennzahl.');
    expect(send('de', 0, 2)).toContain('0 Klauseln und 2 Kennzahlen.');
  });

  it('report verified deals and stray rounds without “Alle 2 Deals” or “1 rounds”', () => {
    expect(say('de', 'backup:verifyIntact', { count: 1 })).toBe(
      'Der Deal ist intakt: Jede Runde stimmt mit ihrer Hash-Kette überein.',
    );
    expect(say('de', 'backup:verifyIntact', { count: 2 })).toBe(
      '2 Deals geprüft, alle intakt: Jede Runde stimmt mit ihrer Hash-Kette überein.',
    );
    expect(say('en', 'backup:verifyIntact', { count: 2 })).toBe(
      '2 deals checked, all intact: every round matches its hash chain.',
    );
    expect(say('en', 'backup:orphanRounds', { count: 1 })).toBe('1 round belongs to no deal.');
    expect(say('de', 'backup:orphanRounds', { count: 2 })).toBe('2 Runden gehören zu keinem Deal.');
    expect(say('de', 'backup:orphanRounds', { count: 0 })).toBe('0 Runden gehören zu keinem Deal.');
  });

  it('count deals and changed terms for 0, 1 and 2', () => {
    expect([0, 1, 2].map((count) => say('de', 'deals:count', { count }))).toEqual([
      '0 Deals',
      '1 Deal',
      '2 Deals',
    ]);
    expect([0, 1, 2].map((count) => say('en', 'workspace:status.termsChanged', { count }))).toEqual([
      '0 terms differ from the template',
      '1 term differs from the template',
      '2 terms differ from the template',
    ]);
    expect(say('de', 'workspace:status.termsChanged', { count: 1 })).toBe(
      '1 Kennzahl weicht von der Vorlage ab',
    );
  });
});

describe('German copy', () => {
  /** Stand-ins and calques a native reader stumbles over, and words we settled on replacing. */
  const DENY = [
    /Lieferantenreserve/,
    /Rückverdien/,
    /unversehrt/,
    /[Ee]ingefroren|[Ee]infrieren/,
    /[Ss]tillschweigend/,
    /\bversend/,
    /\w…/, // German sets a space before the ellipsis
  ];

  it('uses no placeholder words, calques or unspaced ellipses', () => {
    for (const [key, text] of texts('de'))
      for (const word of DENY) expect(word.test(text), `${key}: ${text}`).toBe(false);
  });

  it('names a term “Kennzahl” everywhere, not “Wert” or “Bezeichnung”', () => {
    expect(say('de', 'workspace:inspector.terms')).toBe('Kennzahlen');
    expect(say('de', 'templates:view.terms')).toBe('Kennzahlen');
    expect(say('de', 'templates:view.term')).toBe('Kennzahl');
    expect(say('de', 'rounds:chart.term')).toBe('Kennzahl');
  });
});
