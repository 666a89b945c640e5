import { Agreement, Review } from '../../../shared/monitoring/model';
import { IsoDate } from '../../../shared/model';
import { RepositoryError } from '../RepositoryError';
import { validateOrThrow } from '../ValidationError';
import { appendAudit } from './auditLog';
import { readValid, type RepositoryDeps } from './RepositoryDeps';
import type { TemplatesRepository } from './templatesRepository';

export interface CompleteReviewInput {
  completedOn: string;
  completedBy: string;
  note: string;
  nextReviewOn: string;
}

export interface ReviewsRepository {
  /** Every completed review, newest first. */
  list(): Promise<Review[]>;
  forAgreement(agreementId: string): Promise<Review[]>;
  forTemplate(templateId: string): Promise<Review[]>;
  /** Records who reviewed the agreement and when, and sets its next review date, in one transaction. */
  completeAgreementReview(agreementId: string, input: CompleteReviewInput): Promise<Review>;
  /** The same for a template: its review date moves on (built-ins keep it as an override). */
  completeTemplateReview(templateId: string, input: CompleteReviewInput): Promise<Review>;
}

export function createReviewsRepository(
  deps: RepositoryDeps,
  templates: TemplatesRepository,
): ReviewsRepository {
  const { db } = deps;
  const readAll = (records: readonly Review[]) =>
    records
      .flatMap((record) => readValid(deps, Review, 'reviews', record.id, record) ?? [])
      .sort((a, b) => b.completedOn.localeCompare(a.completedOn) || b.createdAt.localeCompare(a.createdAt));

  const checkDates = (input: CompleteReviewInput) => {
    validateOrThrow(IsoDate, input.completedOn, 'review date');
    validateOrThrow(IsoDate, input.nextReviewOn, 'next review date');
    if (input.nextReviewOn <= input.completedOn)
      throw new RepositoryError('refused', 'The next review must come after this one.', 'reviewOrder');
  };

  return {
    async list() {
      return readAll(await db.reviews.toArray());
    },

    async forAgreement(agreementId) {
      return readAll(await db.reviews.where('subject.agreementId').equals(agreementId).toArray());
    },

    async forTemplate(templateId) {
      return readAll(await db.reviews.where('subject.templateId').equals(templateId).toArray());
    },

    async completeAgreementReview(agreementId, input) {
      checkDates(input);
      return db.transaction('rw', [db.agreements, db.reviews, db.audit], async () => {
        const agreement = readValid(
          deps,
          Agreement,
          'agreements',
          agreementId,
          await db.agreements.get(agreementId),
        );
        if (!agreement)
          throw new RepositoryError('not-found', `The agreement ${agreementId} does not exist.`);
        const now = deps.now();
        const review = validateOrThrow(
          Review,
          {
            id: deps.newId(),
            subject: { kind: 'agreement', agreementId, dealId: agreement.dealId },
            ...input,
            createdAt: now,
          } satisfies Review,
          'review',
        );
        await db.reviews.add(review);
        await db.agreements.put(
          validateOrThrow(
            Agreement,
            { ...agreement, nextReviewOn: input.nextReviewOn, updatedAt: now },
            'agreement',
          ),
        );
        await appendAudit(deps, 'review-completed', {
          dealId: agreement.dealId,
          detail: `by ${review.completedBy} on ${review.completedOn}; next ${review.nextReviewOn}`,
        });
        return review;
      });
    },

    async completeTemplateReview(templateId, input) {
      checkDates(input);
      return db.transaction(
        'rw',
        [db.templates, db.settings, db.templateWorkingCopies, db.reviews, db.audit],
        async () => {
          if (!(await templates.get(templateId)))
            throw new RepositoryError('not-found', `The template ${templateId} does not exist.`);
          const review = validateOrThrow(
            Review,
            {
              id: deps.newId(),
              subject: { kind: 'template', templateId },
              ...input,
              createdAt: deps.now(),
            } satisfies Review,
            'review',
          );
          await db.reviews.add(review);
          await templates.setReviewDate(templateId, input.nextReviewOn);
          await appendAudit(deps, 'review-completed', {
            detail: `template ${templateId} by ${review.completedBy} on ${review.completedOn}; next ${review.nextReviewOn}`,
          });
          return review;
        },
      );
    },
  };
}
