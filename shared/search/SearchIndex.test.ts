import { describe, expect, it } from 'vitest';
import { createDealDocument, setTermValue } from '../model/operations';
import type { SlaDocument } from '../model/document';
import { BUILT_IN_TEMPLATES } from '../templates/builtInTemplates';
import { SearchIndex } from './SearchIndex';

const german = BUILT_IN_TEMPLATES.find((t) => t.id === 'managed-it-business-de')!;
const english = BUILT_IN_TEMPLATES.find((t) => t.id === 'managed-it-business-en')!;

function dealDocument(customer: string, availability: number, template = german): SlaDocument {
  const doc = createDealDocument(template, { customerName: customer, providerName: 'Hostwerk AG' });
  const result = setTermValue(doc, 'availability', availability);
  if (!result.ok) throw new Error(result.message);
  return result.document;
}

function withSentence(doc: SlaDocument, clauseId: string, sentence: string): SlaDocument {
  return {
    ...doc,
    clauses: doc.clauses.map((clause) =>
      clause.id === clauseId
        ? {
            ...clause,
            body: [...clause.body, { type: 'paragraph', content: [{ type: 'text', text: sentence }] }],
          }
        : clause,
    ),
  };
}

function indexWithDeals(): SearchIndex {
  const index = new SearchIndex();
  index.setDeal('mueller', { customer: 'Müller Logistik GmbH', title: 'Müller Logistik – SLA' });
  index.setDealDocument('mueller', 'draft', {
    source: { kind: 'draft' },
    document: dealDocument('Müller', 99.9),
  });
  index.setDealDocument('mueller', 'r1', {
    source: { kind: 'round', number: 1 },
    document: dealDocument('Müller', 99.95),
  });
  index.setDeal('acme', { customer: 'Acme Hosting Ltd', title: 'Acme – SLA' });
  index.setDealDocument('acme', 'draft', {
    source: { kind: 'draft' },
    document: withSentence(
      dealDocument('Acme', 99.5, english),
      'availability',
      'Weekend outages count twice.',
    ),
  });
  index.setTemplate(german.id, {
    name: german.name,
    description: german.description,
    version: german.version,
    document: german.document,
  });
  return index;
}

const ids = (index: SearchIndex, query: string) =>
  index.search(query).owners.map((owner) => `${owner.kind}:${owner.id}`);

describe('SearchIndex', () => {
  it('finds a customer without its umlaut, and ranks names above clause text', () => {
    const index = indexWithDeals();
    expect(ids(index, 'muller')).toEqual(['deal:mueller']);
    expect(ids(index, 'Mueller')).toEqual(['deal:mueller']);
    expect(index.search('muller').hits[0]).toMatchObject({ source: { kind: 'deal' } });
  });

  it('finds a term value written either way, and says which round and clause it is in', () => {
    const index = indexWithDeals();
    for (const query of ['99,95', '99.95']) {
      const results = index.search(query);
      expect(results.owners).toEqual([{ kind: 'deal', id: 'mueller' }]);
      const hit = results.hits[0]!;
      expect(hit.source).toEqual({ kind: 'round', number: 1 });
      expect(hit.snippet?.text).toContain('99,95\u00a0%');
      const [start, end] = hit.snippet!.highlights[0]!;
      expect(hit.snippet!.text.slice(start, end)).toBe('99,95');
    }
  });

  it('finds clause wording in German and English word forms, in deals and templates', () => {
    const index = indexWithDeals();
    // "Gutschriften" in the text, "Gutschrift" typed; the German template and deal have it.
    expect(ids(index, 'Gutschrift ')).toEqual(
      expect.arrayContaining(['deal:mueller', `template:${german.id}`]),
    );
    expect(ids(index, 'Gutschrift ')).not.toContain('deal:acme');
    // "Weekend outages count" written, "weekend outage counts" typed; "outage" is in other clauses too.
    const hit = index.search('weekends outage counts ').hits[0]!;
    expect(hit).toMatchObject({
      owner: { kind: 'deal', id: 'acme' },
      source: { kind: 'draft' },
      clauseId: 'availability',
    });
    expect(hit.snippet?.text).toContain('Weekend outages count twice.');
  });

  it('matches the word being typed as a prefix, and forgives one typo in a long word', () => {
    const index = indexWithDeals();
    expect(ids(index, 'Verfügba')).toEqual(expect.arrayContaining(['deal:mueller', `template:${german.id}`]));
    expect(ids(index, 'Verfügbarkiet ')).toEqual(expect.arrayContaining(['deal:mueller']));
  });

  it('answers a first letter typed after other words as the words before it, not with nothing', () => {
    const index = indexWithDeals();
    expect(ids(index, 'Acme w')).toEqual(ids(index, 'Acme '));
    expect(ids(index, 'Acme w')).toContain('deal:acme');
    // Once the space is typed, or the letter stands alone, it is a word of its own.
    expect(ids(index, 'Acme w ')).toEqual([]);
    expect(ids(index, 'Acme we')).toEqual(['deal:acme']);
  });

  it('needs every word in the same deal, not in the same clause', () => {
    const index = indexWithDeals();
    expect(ids(index, 'Acme weekend')).toEqual(['deal:acme']);
    expect(ids(index, 'Acme Gutschriften')).toEqual([]);
  });

  it('follows changes: a new draft replaces the old text, a removed deal is gone', () => {
    const index = indexWithDeals();
    index.setDealDocument('acme', 'draft', {
      source: { kind: 'draft' },
      document: dealDocument('Acme', 99.5, english),
    });
    expect(ids(index, 'weekend ')).toEqual([]);
    index.removeOwner({ kind: 'deal', id: 'mueller' });
    expect(ids(index, 'muller')).toEqual([]);
    expect(ids(index, '99,95')).toEqual([]);
    // The template still has the German wording it shared with the removed deal.
    expect(ids(index, 'Gutschriften ')).toEqual([`template:${german.id}`]);
  });

  it('indexes a shared text once however many deals contain it', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 50; i++)
      index.setDealDocument(`d${i}`, 'draft', {
        source: { kind: 'draft' },
        document: dealDocument(`C${i}`, 99.9),
      });
    const fifty = index.size.passages;
    for (let i = 50; i < 100; i++)
      index.setDealDocument(`d${i}`, 'draft', {
        source: { kind: 'draft' },
        document: dealDocument(`C${i}`, 99.9),
      });
    expect(index.size.passages).toBe(fifty);
    expect(index.search('Gutschriften ').owners).toHaveLength(100);
  });
});
