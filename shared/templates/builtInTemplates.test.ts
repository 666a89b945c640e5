import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatTermValue, NBSP } from '../format/formatTermValue';
import { cellOf, forEachInline, referencedTermIds, SlaDocument, type ClauseKind } from '../model/document';
import { Template } from '../model/template';
import type { DurationUnit, Term } from '../model/term';
import { buildTemplate } from './buildTemplates';
import { BUILT_IN_TEMPLATES, findBuiltInTemplate } from './builtInTemplates';
import { CLAUSE_TEXT_DE } from './clauseText.de';
import { BUILT_IN_TIERS, type BuiltInTier } from './tierFigures';

const LANGUAGES = ['de', 'en'] as const;

function template(tier: BuiltInTier, language: 'de' | 'en'): Template {
  const found = findBuiltInTemplate(`managed-it-${tier}-${language}`);
  if (!found) throw new Error(`missing template ${tier}-${language}`);
  return found;
}

function termOf(t: Template, id: string): Term {
  const found = t.document.terms.find((term) => term.id === id);
  if (!found) throw new Error(`${t.id} has no term ${id}`);
  return found;
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
function minutes(t: Template, id: string): number {
  const term = termOf(t, id);
  if (term.kind !== 'duration') throw new Error(`${id} is not a duration`);
  return term.value * MINUTES[term.unit];
}

const ISSUE_KINDS: ClauseKind[] = [
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
];

/**
 * Text that may legitimately contain digits: times of day (08:00), priority names (P1) and statutory
 * references (Art. 28 GDPR, § 5). Any other digit in clause text is a negotiable number that escaped
 * being a term.
 */
const ALLOWED_DIGITS = [/\b\d{2}:\d{2}\b/g, /\bP\d\b/g, /\bArt\. \d+\b/g, /§ ?\d+/g];
function strayDigits(text: string): string | undefined {
  const rest = ALLOWED_DIGITS.reduce((acc, pattern) => acc.replace(pattern, ''), text);
  return /\d/.test(rest) ? text : undefined;
}

describe('built-in templates', () => {
  it('are three tiers in German and English, all valid templates', () => {
    expect(BUILT_IN_TEMPLATES).toHaveLength(6);
    for (const tier of BUILT_IN_TIERS)
      for (const language of LANGUAGES) {
        const t = template(tier, language);
        expect(Template.parse(t)).toEqual(t);
        expect(t).toMatchObject({ tier, language, version: 1, builtIn: true, reviewDate: '2027-11-01' });
        expect(t.document.parties).toEqual({ provider: '', customer: '' });
      }
    expect(new Set(BUILT_IN_TEMPLATES.map((t) => t.id)).size).toBe(6);
    expect(findBuiltInTemplate('no-such-template')).toBeUndefined();
  });

  it('title names the tier in the template language', () => {
    expect(template('business', 'en').document.title).toBe(
      'Service Level Agreement – Managed IT Services (Business)',
    );
    expect(template('basic', 'de').document.title).toBe(
      'Service-Level-Vereinbarung – Managed IT Services (Basis)',
    );
  });

  it('cover every clause the issue lists, plus force majeure and data protection', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      const kinds = t.document.clauses.map((clause) => clause.kind);
      expect(kinds.length).toBeGreaterThanOrEqual(13);
      expect(kinds).toEqual(expect.arrayContaining([...ISSUE_KINDS, 'force-majeure', 'data-protection']));
      for (const clause of t.document.clauses) {
        expect(clause.heading).not.toBe('');
        expect(clause.body.length).toBeGreaterThan(0);
      }
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

  it('share clause ids and term ids between German and English', () => {
    for (const tier of BUILT_IN_TIERS) {
      const [de, en] = LANGUAGES.map((language) => template(tier, language)) as [Template, Template];
      expect(de.document.clauses.map((c) => [c.id, c.kind])).toEqual(
        en.document.clauses.map((c) => [c.id, c.kind]),
      );
      expect(de.document.terms.map((t) => t.id)).toEqual(en.document.terms.map((t) => t.id));
      expect(de.clauseLibrary.map((e) => e.clause.id)).toEqual(en.clauseLibrary.map((e) => e.clause.id));
      // Same figures, only the words differ.
      for (const [index, deTerm] of de.document.terms.entries()) {
        const enTerm = en.document.terms[index]!;
        expect(deTerm.kind).toBe(enTerm.kind);
        expect(deTerm.favours).toBe(enTerm.favours);
        if (deTerm.kind !== 'text' && deTerm.kind !== 'choice') expect(deTerm.value).toBe(enTerm.value);
        expect(deTerm.label).not.toBe(enTerm.label);
      }
    }
  });

  it('share clause ids between tiers, so a deal can change tier and the redline still aligns', () => {
    const ids = (t: Template) => t.document.clauses.map((clause) => clause.id);
    for (const t of BUILT_IN_TEMPLATES) expect(ids(t)).toEqual(ids(template('basic', 'en')));
  });

  it('order the figures by tier: better service costs more', () => {
    for (const language of LANGUAGES) {
      const [basic, business, premium] = BUILT_IN_TIERS.map((tier) => template(tier, language)) as [
        Template,
        Template,
        Template,
      ];
      expect([basic, business, premium].map((t) => numeric(t, 'availability'))).toEqual([99.5, 99.9, 99.95]);
      for (const id of ['credit_cap', 'liability_cap', 'monthly_fee', 'bonus_threshold']) {
        expect(numeric(basic, id)).toBeLessThan(numeric(business, id));
        expect(numeric(business, id)).toBeLessThan(numeric(premium, id));
      }
      expect([basic, business, premium].map((t) => numeric(t, 'credit_cap'))).toEqual([10, 20, 30]);
      for (const id of [
        'p1_response',
        'p1_resolution',
        'p2_response',
        'p2_resolution',
        'p3_response',
        'p3_resolution',
      ]) {
        expect(minutes(basic, id)).toBeGreaterThan(minutes(business, id));
        expect(minutes(business, id)).toBeGreaterThan(minutes(premium, id));
      }
      expect(minutes(premium, 'p1_response')).toBe(15);
      expect(minutes(business, 'maintenance_notice')).toBeGreaterThan(minutes(basic, 'maintenance_notice'));
      expect(minutes(premium, 'maintenance_window_hours')).toBeLessThan(
        minutes(basic, 'maintenance_window_hours'),
      );
      expect(minutes(premium, 'credit_claim_deadline')).toBeGreaterThan(
        minutes(basic, 'credit_claim_deadline'),
      );
    }
  });

  it('make credits start at the target, grow band by band and fit under the cap', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      const bands = [1, 2, 3, 4]
        .filter((band) => t.document.terms.some((term) => term.id === `credit_band${band}_below`))
        .map((band) => [numeric(t, `credit_band${band}_below`), numeric(t, `credit_band${band}_credit`)]);
      expect(bands.length).toBeGreaterThanOrEqual(2);
      expect(bands[0]![0]).toBe(numeric(t, 'availability'));
      for (let i = 1; i < bands.length; i += 1) {
        expect(bands[i]![0]).toBeLessThan(bands[i - 1]![0]!);
        expect(bands[i]![1]).toBeGreaterThan(bands[i - 1]![1]!);
      }
      expect(bands.at(-1)![1]).toBeLessThanOrEqual(numeric(t, 'credit_cap'));
      expect(numeric(t, 'bonus_threshold')).toBeGreaterThan(numeric(t, 'availability'));
    }
  });

  it('say which direction favours the customer', () => {
    const t = template('business', 'en');
    const favours = (id: string) => termOf(t, id).favours;
    expect(favours('availability')).toBe('higher');
    expect(favours('p1_response')).toBe('lower');
    expect(favours('credit_cap')).toBe('higher');
    expect(favours('credit_band1_below')).toBe('higher');
    expect(favours('maintenance_notice')).toBe('higher');
    expect(favours('maintenance_window_hours')).toBe('lower');
    expect(favours('bonus_threshold')).toBe('higher');
    expect(favours('bonus_amount')).toBe('lower');
    expect(favours('chronic_failure_months')).toBe('lower');
    expect(favours('monthly_fee')).toBe('lower');
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
    expect(strayDigits('Monday to Friday, 08:00 to 18:00; P1; Art. 28 DSGVO')).toBeUndefined();
  });

  it('put response and resolution terms into the service-level table', () => {
    const table = template('premium', 'de')
      .document.clauses.flatMap((clause) => clause.body)
      .find((block) => block.type === 'table' && block.role === 'service-levels');
    expect(table?.type === 'table' && table.rows.length).toBe(5); // header + P1–P4
    expect(table?.type === 'table' && table.rows[1]).toEqual({
      cells: [
        cellOf([{ type: 'text', text: 'P1 – Kritisch' }]),
        cellOf([{ type: 'term', termId: 'p1_response' }]),
        cellOf([{ type: 'term', termId: 'p1_resolution' }]),
      ],
    });
  });

  it('read as a German contract reads: 99,9 % and Werktage', () => {
    const de = template('business', 'de');
    expect(formatTermValue(termOf(de, 'availability'), 'de')).toBe(`99,9${NBSP}%`);
    expect(formatTermValue(termOf(de, 'maintenance_notice'), 'de')).toBe(`5${NBSP}Werktage`);
    expect(formatTermValue(termOf(de, 'service_hours'), 'de')).toBe(
      'Montag bis Freitag, 07:00 bis 20:00 Uhr',
    );
    expect(formatTermValue(termOf(template('business', 'en'), 'availability'), 'en')).toBe('99.9%');
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
      expect(SlaDocument.safeParse(withAll).success).toBe(true);
    }
  });

  it('are deterministic and protected against in-place edits', () => {
    expect(JSON.stringify(buildTemplate('basic', CLAUSE_TEXT_DE))).toBe(
      JSON.stringify(template('basic', 'de')),
    );
    const t = template('basic', 'de');
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
