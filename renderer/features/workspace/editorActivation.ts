/**
 * Creates clause editors one per task, in the order they were asked for, so that a screenful of
 * clauses coming into view never becomes one long task (issue 12 §4: no task over 100 ms).
 */
const queue: { run: () => void; cancelled: boolean }[] = [];
let scheduled = false;

function drain(): void {
  scheduled = false;
  let item = queue.shift();
  while (item?.cancelled) item = queue.shift();
  item?.run();
  if (queue.length > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(drain, 0);
}

/** Queues `run`; the returned function takes it out again (the clause left the page). */
export function requestEditorActivation(run: () => void): () => void {
  const item = { run, cancelled: false };
  queue.push(item);
  schedule();
  return () => {
    item.cancelled = true;
  };
}
