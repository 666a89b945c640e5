import type { Language } from '../../../shared/model';
import type { DealsRepository } from './dealsRepository';
import type { RepositoryDeps } from './RepositoryDeps';
import type { SettingsRepository } from './settingsRepository';

export interface SampleDealRequest {
  /** False where the sample must not appear, e.g. an end-to-end test that starts from an empty list. */
  allowed: boolean;
  /** The sample is written in the UI language of the first start. */
  language: Language;
  title: string;
  customerName: string;
}

export type SampleDealOutcome = 'created' | 'skipped' | 'decided-before';

export interface SampleDealRepository {
  /**
   * On the very first start, gives an empty database one clearly named sample deal from the built-in
   * managed IT Business template. Decided once: the outcome is stored in the settings, so a deleted
   * sample never comes back and a database that already holds work never gets one.
   */
  ensure(request: SampleDealRequest): Promise<SampleDealOutcome>;
}

/** The built-in template the sample starts from: the middle tier of the first family. */
export function sampleTemplateId(language: Language): string {
  return `managed-it-business-${language}`;
}

export function createSampleDealRepository(
  deps: RepositoryDeps,
  deals: DealsRepository,
  settings: SettingsRepository,
): SampleDealRepository {
  const { db } = deps;
  return {
    async ensure(request) {
      if ((await settings.get('sampleDeal')) !== 'not-yet') return 'decided-before';
      // One transaction: two windows opening the app at once cannot both create a sample.
      return db.transaction('rw', [db.deals, db.drafts, db.templates, db.settings, db.audit], async () => {
        if ((await settings.get('sampleDeal')) !== 'not-yet') return 'decided-before';
        // A database that holds or held work (deals, or any audited action) is not a first start.
        const fresh = (await db.deals.count()) === 0 && (await db.audit.count()) === 0;
        const template = fresh && request.allowed ? sampleTemplateId(request.language) : undefined;
        if (template && (await db.templates.where('id').equals(template).count()) > 0) {
          await deals.createFromTemplate({
            title: request.title,
            customerName: request.customerName,
            templateId: template,
          });
          await settings.set('sampleDeal', 'created');
          return 'created';
        }
        await settings.set('sampleDeal', 'skipped');
        return 'skipped';
      });
    },
  };
}
