import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SlaDocument } from '../../shared/model';
import { sampleTemplate } from './testing/sampleTemplate';
import { ValidationError, validateOrThrow } from './ValidationError';

describe('validateOrThrow', () => {
  it('returns the parsed value when it is valid', () => {
    expect(validateOrThrow(z.object({ n: z.number() }), { n: 1 }, 'thing')).toEqual({ n: 1 });
  });

  it('names the term or clause a user recognises instead of a path', () => {
    const doc = structuredClone(sampleTemplate().document);
    (doc.terms[1] as { value: unknown }).value = -3;
    doc.clauses[3]!.body = [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }];
    const error = (() => {
      try {
        validateOrThrow(SlaDocument, doc, 'draft');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe(
      'The draft was not saved. Liability: Too small: expected string to have >=1 characters; ' +
        'P1 response: cannot be negative.',
    );
    expect((error as ValidationError).issues).toHaveLength(2);
  });

  it('falls back to the path and says how many more problems there are', () => {
    const schema = z.object({ a: z.number(), b: z.number(), c: z.number(), d: z.number() });
    expect(() => validateOrThrow(schema, {}, 'record')).toThrow(
      /^The record was not saved\. a: .*\(and 1 more\)\.$/,
    );
  });
});
