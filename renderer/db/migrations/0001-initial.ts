/**
 * Version 1 of the IndexedDB schema. Shipped: never edit this file; a schema change adds
 * `0002-….ts` with its own stores and a named pure upgrade function (CONVENTIONS 6).
 *
 * `templates` are keyed by id and version so every version a deal may point to stays readable.
 * `audit` uses an auto-increment key so entries keep the order they were written in.
 */
export const stores0001 = {
  templates: '[id+version], id',
  deals: 'id, status, updatedAt',
  drafts: 'dealId',
  rounds: 'id, dealId, [dealId+number]',
  settings: 'key',
  audit: '++seq, dealId, at',
} as const;
