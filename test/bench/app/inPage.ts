import { BUILT_IN_TEMPLATES } from '../../../shared/templates/builtInTemplates';
import { benchDeal } from './benchData';

/**
 * Bundled by the bench (esbuild, IIFE) and evaluated inside the app's page: writes generated deals
 * straight into the app's IndexedDB, which the app has created and opened at its current schema.
 * Raw IndexedDB rather than the app's repositories so the bench needs no hook in the shipped app;
 * the records are exactly the shapes the repositories write (the app validates every one it reads).
 */
function open(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

function write(db: IDBDatabase, deals: ReturnType<typeof benchDeal>[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(['deals', 'drafts', 'rounds'], 'readwrite');
    const dealStore = tx.objectStore('deals');
    const draftStore = tx.objectStore('drafts');
    const roundStore = tx.objectStore('rounds');
    for (const item of deals) {
      dealStore.put(item.deal);
      draftStore.put(item.draft);
      for (const round of item.rounds) roundStore.put(round);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('write aborted'));
  });
}

async function generate(options: { from: number; to: number; rounds?: number; database?: string }) {
  const db = await open(options.database ?? 'sla-workbench');
  try {
    const batch = 25;
    for (let start = options.from; start < options.to; start += batch) {
      const items = [];
      for (let index = start; index < Math.min(options.to, start + batch); index++)
        items.push(benchDeal(index, BUILT_IN_TEMPLATES, options.rounds ?? 10));
      await write(db, items);
    }
  } finally {
    db.close();
  }
}

(globalThis as unknown as { slaBench: unknown }).slaBench = { generate };
