import Dexie, { cmp, type IntervalTree, type IntervalTreeNode, type ObservabilitySet } from 'dexie';

/** What changed in one table: the primary keys written or deleted, or `all` (cleared, replaced). */
export interface TableChange {
  table: string;
  keys: readonly unknown[] | 'all';
}

function* intervals(tree: IntervalTree | undefined | null): Generator<IntervalTreeNode> {
  if (!tree || !('from' in tree)) return;
  yield* intervals(tree.l);
  yield tree;
  yield* intervals(tree.r);
}

/** A set of single keys, or `all` when any interval spans more than one key (a range delete). */
function keysOf(tree: IntervalTree): unknown[] | 'all' {
  const keys: unknown[] = [];
  for (const node of intervals(tree)) {
    if (cmp(node.from, node.to) !== 0) return 'all';
    keys.push(node.from);
  }
  return keys;
}

/**
 * Changes of committed transactions to the given tables of the database `name`, from any
 * connection in this page, in a worker or in another window of the app: Dexie reports every commit
 * as an ObservabilitySet (its `storagemutated` event, forwarded between contexts by a
 * BroadcastChannel). Its documented part `idb://<db>/<table>/` lists the primary keys written or
 * deleted. Returns the function that stops listening.
 */
export function watchChanges(
  name: string,
  tables: readonly string[],
  listener: (changes: TableChange[]) => void,
): () => void {
  const wanted = new Set(tables);
  const onMutated = (parts: ObservabilitySet) => {
    // Dexie sends `all` when it cannot say what changed (a page restored from the back-forward cache).
    if ('all' in parts) {
      listener(tables.map((table) => ({ table, keys: 'all' as const })));
      return;
    }
    const changes: TableChange[] = [];
    for (const table of wanted) {
      const tree = parts[`idb://${name}/${table}/`];
      if (tree && 'from' in tree) changes.push({ table, keys: keysOf(tree) });
    }
    if (changes.length > 0) listener(changes);
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on('storagemutated').unsubscribe(onMutated);
}
