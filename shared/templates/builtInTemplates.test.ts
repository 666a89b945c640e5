import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatTermValue, NBSP } from '../format/formatTermValue';
import {
  forEachInline,
  referencedTermIds,
  SlaDocument,
  type Block,
  type ClauseKind,
} from '../model/document';
import { Template, TEMPLATE_FAMILIES, type TemplateFamily } from '../model/template';
import type { DurationUnit, Term } from '../model/term';
import { BUILT_IN_TEMPLATE_KEYS } from './builtInManifest';
import { buildTemplate } from './buildTemplates';
import { BUILT_IN_FAMILIES, BUILT_IN_TEMPLATES, findBuiltInTemplate } from './builtInTemplates';
import { LIABILITY_CARVE_OUT } from './commonClauses';
import { MANAGED_IT } from './families/managedIt';
import { missingEssentials } from './legalChecklist';
import { tableCells } from './prose';
import { templateFamilyOf } from './templateFamilyOf';
import { TERM_SPECS, type TermKey } from './termSpecs';
import { BUILT_IN_TIERS, type BuiltInTier } from './tierFigures';

const LANGUAGES = ['de', 'en'] as const;
type Lang = (typeof LANGUAGES)[number];

function template(family: TemplateFamily, tier: BuiltInTier, language: Lang): Template {
  const found = findBuiltInTemplate(`${family}-${tier}-${language}`);
  if (!found) throw new Error(`missing template ${family}-${tier}-${language}`);
  return found;
}

/** Every term a template carries: the document's and those its optional clauses bring. */
function allTerms(t: Template): Term[] {
  return [...t.document.terms, ...t.clauseLibrary.flatMap((entry) => entry.terms)];
}

function termOf(t: Template, id: string): Term {
  const found = allTerms(t).find((term) => term.id === id);
  if (!found) throw new Error(`${t.id} has no term ${id}`);
  return found;
}

function has(t: Template, id: string): boolean {
  return allTerms(t).some((term) => term.id === id);
}

function numeric(t: Template, id: string): number {
  const term = termOf(t, id);
  if (term.kind === 'text' || term.kind === 'choice') throw new Error(`${id} is not numeric`);
  return term.value;
}

/** Minutes, counting a business day as a full calendar day: a lower bound that keeps the order honest. */
const MINUTES: Record<DurationUnit, number> = {
  minutes: 1,
  hours: 60,
  'business-hours': 60,
  days: 1_440,
  'business-days': 1_440,
  weeks: 10_080,
  months: 43_200,
};
/** A term's value on one scale per kind, so durations in different units compare. */
function magnitude(t: Template, id: string): number {
  const term = termOf(t, id);
  return term.kind === 'duration' ? term.value * MINUTES[term.unit] : numeric(t, id);
}

function tiersOf(family: TemplateFamily, language: Lang): [Template, Template, Template] {
  return BUILT_IN_TIERS.map((tier) => template(family, tier, language)) as [Template, Template, Template];
}

const CHECKLIST_KINDS: ClauseKind[] = [
  'parties-scope',
  'definitions',
  'service-hours',
  'availability',
  'maintenance',
  'exclusions',
  'priorities',
  'service-credits',
  'incentives',
  'reporting',
  'chronic-failure',
  'review-change',
  'liability',
  'force-majeure',
  'data-protection',
];

/** Terms that say what makes the family's service what it is: its clauses must negotiate them. */
const SERVICE_TERMS: Record<TemplateFamily, TermKey[]> = {
  'managed-it': ['availability', 'service_hours', 'p1_response', 'onsite_arrival', 'backup_retention'],
  hosting: [
    'power_availability',
    'cooling_availability',
    'climate_range',
    'network_availability',
    'remote_hands_response',
    'remote_hands_included',
    'access_hours',
    'access_notice',
    'hardware_replacement',
  ],
  'service-desk': [
    'first_contact_resolution',
    'ticket_channels',
    'support_languages',
    'service_hours',
    'call_answer_rate',
    'customer_satisfaction',
    'request_fulfilment',
  ],
  saas: [
    'availability',
    'recovery_point',
    'recovery_time',
    'data_export_period',
    'release_notice',
    'deprecation_notice',
    'subcontractor_notice',
  ],
};

/** Prices rise with the tier although a lower value favours the customer: better service costs more. */
const PRICE_TERMS = new Set<string>(['monthly_fee', 'bonus_amount']);

/**
 * Text that may legitimately contain digits: times of day (08:00), priority names (P1), statutory
 * references (Art. 28 GDPR, § 5) and named standards (ISO/IEC 27001). Any other digit in clause text
 * is a negotiable number that escaped being a term.
 */
const ALLOWED_DIGITS = [/\b\d{2}:\d{2}\b/g, /\bP\d\b/g, /\bArt\. \d+\b/g, /§ ?\d+/g, /\bISO\/IEC \d+\b/g];
function strayDigits(text: string): string | undefined {
  const rest = ALLOWED_DIGITS.reduce((acc, pattern) => acc.replace(pattern, ''), text);
  return /\d/.test(rest) ? text : undefined;
}

/** Words a German contract lawyer would never write: stand-ins, calques and leftovers. */
const GERMAN_DENY_LIST = [
  /Lieferantenreserve/i,
  /Rückverdien/i,
  /zurückverdien/i,
  /Platzhalter/i,
  /\bTODO\b/,
  /lorem/i,
  /\bEarn-?back\b/i,
  /\bUptime\b/i,
  /\bDowntime\b/i,
  /\bService Credit/i,
  /\bResponse Time\b/i,
  /\bResolution Time\b/i,
];

function blockTexts(block: Block): string[] {
  // Each paragraph, list item and table cell as one string, term references marked by their id.
  const render = (inlines: Iterable<{ type: string; text?: string; termId?: string }>) =>
    [...inlines].map((inline) => (inline.type === 'text' ? inline.text : `{${inline.termId}}`)).join('');
  if (block.type === 'paragraph') return [render(block.content)];
  if (block.type === 'list') return block.items.map((item) => render(item.content));
  if (block.type === 'table') return tableCells(block).flatMap((row) => row.map(render));
  return block.blocks.flatMap(blockTexts);
}

/** Every piece of prose of a template: headings, paragraphs, list items, cells, term labels and values. */
function proseOf(t: Template): string[] {
  const clauses = [...t.document.clauses, ...t.clauseLibrary.map((entry) => entry.clause)];
  return [
    t.name,
    t.description,
    t.document.title,
    ...clauses.flatMap((clause) => [clause.heading, ...clause.body.flatMap(blockTexts)]),
    ...allTerms(t).flatMap((term) => [
      term.label,
      ...(term.kind === 'text' || term.kind === 'choice' ? [term.value] : []),
      ...(term.kind === 'choice' ? term.options : []),
    ]),
  ];
}

describe('built-in templates', () => {
  it('are four families in three tiers, in German and English, all valid templates', () => {
    expect(BUILT_IN_FAMILIES.map((family) => family.outline.id)).toEqual([...TEMPLATE_FAMILIES]);
    expect(BUILT_IN_TEMPLATES).toHaveLength(TEMPLATE_FAMILIES.length * 3 * 2);
    for (const family of TEMPLATE_FAMILIES)
      for (const tier of BUILT_IN_TIERS)
        for (const language of LANGUAGES) {
          const t = template(family, tier, language);
          expect(Template.parse(t)).toEqual(t);
          expect(t).toMatchObject({ family, tier, language, builtIn: true, reviewDate: '2027-11-01' });
          expect(t.document.parties).toEqual({ provider: '', customer: '' });
          expect(templateFamilyOf(t)).toBe(family);
        }
    expect(new Set(BUILT_IN_TEMPLATES.map((t) => t.id)).size).toBe(BUILT_IN_TEMPLATES.length);
    expect(findBuiltInTemplate('no-such-template')).toBeUndefined();
  });

  it('are exactly the ids and versions of the manifest the app checks at start without loading them', () => {
    const sortKey = (k: { id: string; version: number }) => `${k.id}@${k.version}`;
    expect(BUILT_IN_TEMPLATES.map(({ id, version }) => sortKey({ id, version })).sort()).toEqual(
      BUILT_IN_TEMPLATE_KEYS.map(sortKey).sort(),
    );
  });

  it('bump managed IT to version 2, so databases that hold version 1 keep it beside the reviewed text', () => {
    expect(template('managed-it', 'basic', 'de').version).toBe(2);
    for (const family of ['hosting', 'service-desk', 'saas'] as const)
      expect(template(family, 'business', 'en').version).toBe(1);
  });

  it('name the family and the tier in the title, in the template language', () => {
    expect(template('managed-it', 'business', 'en').document.title).toBe(
      'Service Level Agreement – Managed IT Services (Business)',
    );
    expect(template('managed-it', 'basic', 'de').document.title).toBe(
      'Service-Level-Vereinbarung – Managed IT Services (Basis)',
    );
    expect(template('hosting', 'premium', 'de').name).toBe('Hosting und Rechenzentrum – Premium');
    expect(template('service-desk', 'basic', 'en').name).toBe('Service Desk – Basic');
    expect(template('saas', 'business', 'de').document.title).toBe(
      'Service-Level-Vereinbarung – Software as a Service (Business)',
    );
    const names = BUILT_IN_TEMPLATES.map((t) => `${t.language}:${t.name}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it('carry every clause of the legal checklist, with a body, in every family, tier and language', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      expect(missingEssentials(t.document), t.id).toEqual([]);
      const kinds = t.document.clauses.map((clause) => clause.kind);
      expect(kinds, t.id).toEqual(expect.arrayContaining(CHECKLIST_KINDS));
      for (const clause of t.document.clauses) {
        expect(clause.heading, `${t.id}/${clause.id}`).not.toBe('');
        expect(clause.body.length, `${t.id}/${clause.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('negotiate what the family’s service is about', () => {
    for (const family of TEMPLATE_FAMILIES)
      for (const t of BUILT_IN_TEMPLATES.filter((candidate) => candidate.family === family))
        for (const id of SERVICE_TERMS[family]) expect(has(t, id), `${t.id} lacks ${id}`).toBe(true);
    // The hosting-only terms stay in hosting: a SaaS template has no rack to enter.
    expect(has(template('saas', 'premium', 'en'), 'access_hours')).toBe(false);
    expect(has(template('managed-it', 'premium', 'en'), 'remote_hands_response')).toBe(false);
  });

  it('offer incentives: a performance bonus in the document and an earn-back clause in the library', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      const incentives = t.document.clauses.filter((clause) => clause.kind === 'incentives');
      expect(incentives, t.id).toHaveLength(1);
      expect(referencedTermIds(incentives), t.id).toContain('bonus_amount');
      const earnBack = t.clauseLibrary.find((entry) =>
        entry.terms.some((term) => term.id === 'earn_back_months'),
      );
      expect(earnBack?.clause.kind, t.id).toBe('service-credits');
    }
  });

  it('reference every term they define, and define every term they reference', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      expect(new Set(referencedTermIds(t.document.clauses))).toEqual(
        new Set(t.document.terms.map((term) => term.id)),
      );
      for (const entry of t.clauseLibrary)
        expect(new Set(referencedTermIds([entry.clause]))).toEqual(
          new Set(entry.terms.map((term) => term.id)),
        );
    }
  });

  it('use every term id of the shared specs somewhere, with its kind and direction', () => {
    const used = new Map(BUILT_IN_TEMPLATES.flatMap(allTerms).map((term) => [term.id, term]));
    for (const [id, spec] of Object.entries(TERM_SPECS)) {
      const term = used.get(id);
      expect(term, `no template uses ${id}`).toBeDefined();
      expect(term?.kind, id).toBe(spec.kind);
      expect(term?.favours, id).toBe(spec.favours);
    }
  });

  it('give each term of a template its own label', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      const labels = allTerms(t).map((term) => term.label);
      expect(new Set(labels).size, t.id).toBe(labels.length);
    }
  });

  it('say the same in German and English: clause ids and kinds, terms and figures; only the words differ', () => {
    for (const family of TEMPLATE_FAMILIES)
      for (const tier of BUILT_IN_TIERS) {
        const [de, en] = LANGUAGES.map((language) => template(family, tier, language)) as [
          Template,
          Template,
        ];
        expect(de.document.clauses.map((c) => [c.id, c.kind])).toEqual(
          en.document.clauses.map((c) => [c.id, c.kind]),
        );
        expect(de.clauseLibrary.map((e) => [e.clause.id, e.clause.kind])).toEqual(
          en.clauseLibrary.map((e) => [e.clause.id, e.clause.kind]),
        );
        expect(de.document.terms.map((t) => t.id)).toEqual(en.document.terms.map((t) => t.id));
        // Same blocks per clause, so a German and an English round line up paragraph by paragraph.
        expect(de.document.clauses.map((c) => c.body.map((b) => b.type))).toEqual(
          en.document.clauses.map((c) => c.body.map((b) => b.type)),
        );
        const enTerms = allTerms(en);
        for (const [index, deTerm] of allTerms(de).entries()) {
          const enTerm = enTerms[index]!;
          expect(deTerm.id).toBe(enTerm.id);
          expect(deTerm.kind).toBe(enTerm.kind);
          expect(deTerm.favours).toBe(enTerm.favours);
          if (deTerm.kind !== 'text' && deTerm.kind !== 'choice') expect(deTerm.value).toBe(enTerm.value);
          if (deTerm.kind === 'duration' && enTerm.kind === 'duration') expect(deTerm.unit).toBe(enTerm.unit);
          if (deTerm.kind === 'choice' && enTerm.kind === 'choice') {
            expect(deTerm.options.indexOf(deTerm.value)).toBe(enTerm.options.indexOf(enTerm.value));
            expect(deTerm.options).toHaveLength(enTerm.options.length);
          }
          expect(deTerm.label, deTerm.id).not.toBe(enTerm.label);
        }
        expect(de.document.title).not.toBe(en.document.title);
      }
  });

  it('share clause ids between the tiers of a family, so a deal can change tier and the redline still aligns', () => {
    const ids = (t: Template) => t.document.clauses.map((clause) => clause.id);
    for (const family of TEMPLATE_FAMILIES) {
      const basic = template(family, 'basic', 'en');
      for (const t of BUILT_IN_TEMPLATES.filter((candidate) => candidate.family === family))
        expect(ids(t), t.id).toEqual(ids(basic));
    }
  });

  it('get better for the customer tier by tier, while the price rises', () => {
    for (const family of TEMPLATE_FAMILIES)
      for (const language of LANGUAGES) {
        const tiers = tiersOf(family, language);
        const [basic, business, premium] = tiers;
        const shared = allTerms(basic).filter((term) => tiers.every((t) => has(t, term.id)));
        let compared = 0;
        for (const { id, favours, kind } of shared) {
          if (favours === 'neither' || kind === 'text' || kind === 'choice') continue;
          const [a, b, c] = tiers.map((t) => magnitude(t, id)) as [number, number, number];
          const where = `${family}/${language}/${id}: ${a}, ${b}, ${c}`;
          const rising = PRICE_TERMS.has(id) ? favours === 'lower' : favours === 'higher';
          if (rising) expect(a <= b && b <= c, where).toBe(true);
          else expect(a >= b && b >= c, where).toBe(true);
          compared += 1;
        }
        expect(compared, family).toBeGreaterThan(25);
        // The headline figures move strictly.
        for (const id of ['availability', 'monthly_fee', 'credit_cap', 'liability_cap']) {
          expect(magnitude(basic, id), `${family}/${id}`).toBeLessThan(magnitude(business, id));
          expect(magnitude(business, id), `${family}/${id}`).toBeLessThan(magnitude(premium, id));
        }
        for (const id of ['p1_response', 'p1_resolution', 'p2_response', 'p3_resolution']) {
          expect(magnitude(basic, id), `${family}/${id}`).toBeGreaterThan(magnitude(business, id));
          expect(magnitude(business, id), `${family}/${id}`).toBeGreaterThan(magnitude(premium, id));
        }
        // Only premium handles P4 separately.
        expect(tiers.map((t) => has(t, 'p4_response'))).toEqual([false, false, true]);
      }
    expect(tiersOf('managed-it', 'de').map((t) => numeric(t, 'availability'))).toEqual([99.5, 99.9, 99.95]);
    expect(magnitude(template('managed-it', 'premium', 'de'), 'p1_response')).toBe(15);
  });

  it('make credits start at the target, grow band by band and fit under the cap', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      const bands = [1, 2, 3, 4]
        .filter((band) => has(t, `credit_band${band}_below`))
        .map((band) => [numeric(t, `credit_band${band}_below`), numeric(t, `credit_band${band}_credit`)]);
      expect(bands.length, t.id).toBeGreaterThanOrEqual(2);
      expect(bands[0]![0], t.id).toBe(numeric(t, 'availability'));
      for (let i = 1; i < bands.length; i += 1) {
        expect(bands[i]![0]).toBeLessThan(bands[i - 1]![0]!);
        expect(bands[i]![1]).toBeGreaterThan(bands[i - 1]![1]!);
      }
      expect(bands.at(-1)![1], t.id).toBeLessThanOrEqual(numeric(t, 'credit_cap'));
      for (const extra of ['infrastructure_credit', 'kpi_credit'])
        if (has(t, extra)) expect(numeric(t, extra), t.id).toBeLessThan(numeric(t, 'credit_cap'));
    }
  });

  it('pay a bonus only for performance beyond what is promised', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      if (has(t, 'bonus_threshold'))
        expect(numeric(t, 'bonus_threshold'), t.id).toBeGreaterThan(numeric(t, 'availability'));
      if (has(t, 'bonus_satisfaction_threshold'))
        expect(numeric(t, 'bonus_satisfaction_threshold'), t.id).toBeGreaterThan(
          numeric(t, 'customer_satisfaction'),
        );
      expect(has(t, 'bonus_threshold') || has(t, 'bonus_satisfaction_threshold'), t.id).toBe(true);
    }
  });

  it('say which direction favours the customer', () => {
    const favours = (family: TemplateFamily, id: string) =>
      termOf(template(family, 'business', 'en'), id).favours;
    expect(favours('managed-it', 'availability')).toBe('higher');
    expect(favours('managed-it', 'p1_response')).toBe('lower');
    expect(favours('managed-it', 'credit_cap')).toBe('higher');
    expect(favours('managed-it', 'maintenance_window_hours')).toBe('lower');
    expect(favours('managed-it', 'bonus_amount')).toBe('lower');
    expect(favours('hosting', 'power_availability')).toBe('higher');
    expect(favours('hosting', 'access_notice')).toBe('lower');
    expect(favours('hosting', 'remote_hands_included')).toBe('higher');
    expect(favours('service-desk', 'abandon_rate')).toBe('lower');
    expect(favours('service-desk', 'first_contact_resolution')).toBe('higher');
    expect(favours('saas', 'recovery_time')).toBe('lower');
    expect(favours('saas', 'data_export_period')).toBe('higher');
    expect(favours('saas', 'data_deletion_period')).toBe('lower');
  });

  it('leave no negotiable number as literal text', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      const clauses = [...t.document.clauses, ...t.clauseLibrary.map((entry) => entry.clause)];
      const texts = clauses.flatMap((clause) => [
        clause.heading,
        ...(() => {
          const found: string[] = [];
          forEachInline(clause.body, (inline) => {
            if (inline.type === 'text') found.push(inline.text);
          });
          return found;
        })(),
      ]);
      expect(texts.filter(strayDigits), t.id).toEqual([]);
    }
    expect(strayDigits('within 30 days')).toBeDefined();
    expect(strayDigits('Monday to Friday, 08:00 to 18:00; P1; Art. 28 DSGVO; ISO/IEC 27001')).toBeUndefined();
  });

  it('put response and resolution terms into the service-level table', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      const tables = t.document.clauses
        .flatMap((clause) => clause.body)
        .filter((block) => block.type === 'table' && block.role === 'service-levels');
      expect(tables, t.id).toHaveLength(1);
      const rows = tableCells(tables[0] as Extract<Block, { type: 'table' }>);
      const levels = [1, 2, 3, 4].filter((level) => has(t, `p${level}_response`));
      expect(rows).toHaveLength(1 + levels.length);
      expect(rows[1]!.slice(1)).toEqual([
        [{ type: 'term', termId: 'p1_response' }],
        [{ type: 'term', termId: 'p1_resolution' }],
      ]);
    }
    const premium = tableCells(
      template('managed-it', 'premium', 'de')
        .document.clauses.flatMap((clause) => clause.body)
        .find((block) => block.type === 'table' && block.role === 'service-levels') as Extract<
        Block,
        { type: 'table' }
      >,
    );
    expect(premium[1]![0]).toEqual([{ type: 'text', text: 'P1 – Kritisch' }]);
  });

  it('read as a German contract reads: 99,9 % and Werktage', () => {
    const de = template('managed-it', 'business', 'de');
    expect(formatTermValue(termOf(de, 'availability'), 'de')).toBe(`99,9${NBSP}%`);
    expect(formatTermValue(termOf(de, 'maintenance_notice'), 'de')).toBe(`5${NBSP}Werktage`);
    expect(formatTermValue(termOf(de, 'service_hours'), 'de')).toBe(
      'Montag bis Freitag, 07:00 bis 20:00 Uhr',
    );
    expect(formatTermValue(termOf(template('managed-it', 'business', 'en'), 'availability'), 'en')).toBe(
      '99.9%',
    );
    expect(formatTermValue(termOf(template('hosting', 'business', 'de'), 'power_availability'), 'de')).toBe(
      `99,999${NBSP}%`,
    );
    expect(termOf(template('service-desk', 'premium', 'de'), 'support_languages')).toMatchObject({
      value: 'Deutsch, Englisch und Französisch',
    });
  });

  it('write German without stand-ins, anglicisms or leftovers', () => {
    for (const t of BUILT_IN_TEMPLATES.filter((candidate) => candidate.language === 'de'))
      for (const text of proseOf(t))
        for (const word of GERMAN_DENY_LIST) expect(word.test(text), `${t.id}: “${text}”`).toBe(false);
    expect(GERMAN_DENY_LIST.some((word) => word.test('Rückverdienung von Gutschriften'))).toBe(true);
    expect(GERMAN_DENY_LIST.some((word) => word.test('Prüfungen gegen Lieferantenreserven'))).toBe(true);
  });

  it('write every family in its own words: no passage repeated across families but the shared carve-out', () => {
    const shared = new Set<string>(Object.values(LIABILITY_CARVE_OUT));
    for (const language of LANGUAGES) {
      const seen = new Map<string, TemplateFamily>();
      for (const family of TEMPLATE_FAMILIES) {
        const passages = new Set(
          BUILT_IN_TEMPLATES.filter((t) => t.family === family && t.language === language)
            .flatMap((t) => [...t.document.clauses, ...t.clauseLibrary.map((entry) => entry.clause)])
            .flatMap((clause) => clause.body.flatMap(blockTexts))
            .filter((text) => text.length >= 60 && !shared.has(text)),
        );
        for (const text of passages) {
          expect(seen.get(text), `${family} repeats ${seen.get(text)}: “${text}”`).toBeUndefined();
          seen.set(text, family);
        }
      }
      expect(seen.size).toBeGreaterThan(200);
    }
  });

  it('offer optional library clauses that fit into the document', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      expect(t.clauseLibrary.length).toBeGreaterThanOrEqual(3);
      expect(t.clauseLibrary.length).toBeLessThanOrEqual(6);
      const withAll = {
        ...t.document,
        clauses: [...t.document.clauses, ...t.clauseLibrary.map((entry) => entry.clause)],
        terms: [...t.document.terms, ...t.clauseLibrary.flatMap((entry) => entry.terms)],
      };
      expect(SlaDocument.safeParse(withAll).success, t.id).toBe(true);
    }
  });

  it('are deterministic and protected against in-place edits', () => {
    expect(JSON.stringify(buildTemplate(MANAGED_IT, 'basic', MANAGED_IT.packs[0]!))).toBe(
      JSON.stringify(template('managed-it', 'basic', 'de')),
    );
    const t = template('managed-it', 'basic', 'de');
    expect(() => {
      (t.document.terms as Term[]).push(t.document.terms[0]!);
    }).toThrow();
  });

  it('match the JSON snapshot in assets/templates (UPDATE_TEMPLATE_SNAPSHOT=1 rewrites it)', () => {
    const path = new URL('../../assets/templates/built-in-templates.json', import.meta.url);
    const current = JSON.parse(JSON.stringify(BUILT_IN_TEMPLATES));
    if (process.env.UPDATE_TEMPLATE_SNAPSHOT) writeFileSync(path, `${JSON.stringify(current, null, 2)}\n`);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(current);
  });
});
