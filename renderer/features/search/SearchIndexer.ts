import type { Template } from '../../../shared/model';
import { SearchIndex } from '../../../shared/search/SearchIndex';
import type { TableChange } from '../../db';
import type { DealForSearch, SearchSource } from '../../db/search/searchSource';
import type { IndexProgress, SearchRequest, SearchResponse } from './searchProtocol';

/** Deals read and indexed per step; each step is its own task so queries are answered in between. */
const BATCH = 40;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Keeps a SearchIndex of the database (runs in the search worker). Rebuilt from the database at
 * every start rather than persisted: the database is the one truth, a stored index would need its
 * own versions and could fall behind (a crash between a save and the index, a restore), and
 * rebuilding takes seconds in the worker while search works on what is indexed so far. After that
 * it follows every committed change, from this window or another (watchChanges).
 */
export class SearchIndexer {
  private readonly index = new SearchIndex();
  /** The deal each indexed round belongs to, to take a deleted round out. */
  private readonly roundDeal = new Map<string, string>();
  private progress: IndexProgress = { indexed: 0, total: 0, ready: false };
  private pendingQuery: SearchRequest | null = null;
  private pendingChanges: TableChange[] = [];
  private working = false;
  private rebuildRequested = false;
  private stopWatching: (() => void) | null = null;

  constructor(
    private readonly source: SearchSource,
    private readonly post: (response: SearchResponse) => void,
  ) {}

  start(): void {
    this.stopWatching = this.source.watch((changes) => {
      this.pendingChanges.push(...changes);
      this.schedule();
    });
    void this.build();
  }

  stop(): void {
    this.stopWatching?.();
  }

  /** Only the newest query is answered: typing faster than the index answers skips the stale ones. */
  handle(request: SearchRequest): void {
    this.pendingQuery = request;
    this.schedule();
  }

  private scheduled = false;
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      void this.work();
    }, 0);
  }

  private async work(): Promise<void> {
    const query = this.pendingQuery;
    this.pendingQuery = null;
    if (query) {
      const results = this.index.search(query.text, query.limit);
      this.post({ type: 'results', id: query.id, results, progress: this.progress });
    }
    if (this.pendingChanges.length > 0 && !this.working) {
      const changes = this.pendingChanges;
      this.pendingChanges = [];
      this.working = true;
      try {
        await this.apply(changes);
      } catch (error) {
        console.error('[search] a change could not be indexed', error);
      } finally {
        this.working = false;
      }
    }
    if (this.pendingQuery || (this.pendingChanges.length > 0 && !this.working)) this.schedule();
  }

  private async build(): Promise<void> {
    this.working = true;
    try {
      do {
        this.rebuildRequested = false;
        this.index.clear();
        this.roundDeal.clear();
        for (const template of await this.source.templates()) this.setTemplate(template);
        const ids = await this.source.dealIds();
        this.report({ indexed: 0, total: ids.length, ready: false });
        for (let start = 0; start < ids.length && !this.rebuildRequested; start += BATCH) {
          for (const item of await this.source.deals(ids.slice(start, start + BATCH))) this.setDeal(item);
          this.report({ indexed: Math.min(ids.length, start + BATCH), total: ids.length, ready: false });
          await nextTask();
          if (this.pendingQuery) await this.work();
        }
      } while (this.rebuildRequested);
      this.report({ ...this.progress, indexed: this.progress.total, ready: true });
    } catch (error) {
      this.post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      this.working = false;
    }
    this.schedule();
  }

  private report(progress: IndexProgress): void {
    this.progress = progress;
    this.post({ type: 'progress', progress });
  }

  private setDeal({ deal, draft, rounds }: DealForSearch): void {
    this.index.setDeal(deal.id, { customer: deal.customer.name, title: deal.title });
    this.guard(() => {
      if (draft) this.index.setDealDocument(deal.id, 'draft', { source: { kind: 'draft' }, document: draft });
      else this.index.removeDealDocument(deal.id, 'draft');
    });
    for (const round of rounds) {
      this.roundDeal.set(round.id, deal.id);
      this.guard(() =>
        this.index.setDealDocument(deal.id, round.id, {
          source: { kind: 'round', number: round.number },
          document: round.document,
        }),
      );
    }
  }

  private setTemplate(template: Template): void {
    this.guard(() => this.index.setTemplate(template.id, template));
  }

  /** A document whose text cannot be read (damaged on disk) is left out, not fatal. */
  private guard(run: () => void): void {
    try {
      run();
    } catch (error) {
      console.warn('[search] a document was left out of the index', error);
    }
  }

  private async apply(changes: readonly TableChange[]): Promise<void> {
    if (changes.some((change) => change.keys === 'all')) {
      if (this.progress.ready) {
        this.progress = { ...this.progress, ready: false };
        await this.build();
      } else this.rebuildRequested = true;
      return;
    }
    const dealIds = new Set<string>();
    for (const change of changes) {
      const keys = change.keys as readonly unknown[];
      if (change.table === 'deals' || change.table === 'drafts')
        for (const key of keys) dealIds.add(String(key));
      else if (change.table === 'rounds') for (const key of keys) await this.applyRound(String(key));
      else if (change.table === 'templates')
        for (const key of keys) {
          const id = Array.isArray(key) ? String(key[0]) : String(key);
          const template = await this.source.template(id);
          if (template) this.setTemplate(template);
          else this.index.removeOwner({ kind: 'template', id });
        }
    }
    if (dealIds.size === 0) return;
    // A saved draft touches the deal and its draft only: its rounds are not read again.
    const ids = [...dealIds];
    const found = await this.source.deals(ids, { rounds: false });
    const present = new Set(found.map((item) => item.deal.id));
    for (const id of ids)
      if (!present.has(id)) {
        this.index.removeOwner({ kind: 'deal', id });
        for (const [round, deal] of this.roundDeal) if (deal === id) this.roundDeal.delete(round);
      }
    for (const item of found) this.setDeal(item);
  }

  private async applyRound(id: string): Promise<void> {
    const round = await this.source.round(id);
    if (round) {
      this.roundDeal.set(round.id, round.dealId);
      this.guard(() =>
        this.index.setDealDocument(round.dealId, round.id, {
          source: { kind: 'round', number: round.number },
          document: round.document,
        }),
      );
      return;
    }
    const deal = this.roundDeal.get(id);
    if (deal) this.index.removeDealDocument(deal, id);
    this.roundDeal.delete(id);
  }
}
