/** The shortcut sheet's content: what the app's key handlers do, grouped by where they work. */
export interface Shortcut {
  /** Keys as written on a PC; `Mod` is Ctrl, or ⌘ on a Mac. */
  keys: string[];
  /** Key of the description in the `workbench` namespace (`shortcuts.items.*`). */
  what: ShortcutId;
}

export type ShortcutId =
  | 'newDeal'
  | 'search'
  | 'sheet'
  | 'closeDialog'
  | 'listMove'
  | 'listOpen'
  | 'listMenu'
  | 'importWord'
  | 'exportWord'
  | 'moveClause'
  | 'undo'
  | 'redo'
  | 'bold'
  | 'commentSelection'
  | 'nextChange'
  | 'previousChange'
  | 'findInRedline';

export const SHORTCUT_GROUPS: {
  group: 'everywhere' | 'deals' | 'workspace' | 'compare';
  items: Shortcut[];
}[] = [
  {
    group: 'everywhere',
    items: [
      { keys: ['Mod+N'], what: 'newDeal' },
      { keys: ['Mod+K'], what: 'search' },
      { keys: ['?', 'F1'], what: 'sheet' },
      { keys: ['Esc'], what: 'closeDialog' },
    ],
  },
  {
    group: 'deals',
    items: [
      { keys: ['↑', '↓', 'Home', 'End'], what: 'listMove' },
      { keys: ['Enter'], what: 'listOpen' },
      { keys: ['Tab', '↓'], what: 'listMenu' },
    ],
  },
  {
    group: 'workspace',
    items: [
      { keys: ['Mod+O'], what: 'importWord' },
      { keys: ['Mod+Shift+S'], what: 'exportWord' },
      { keys: ['Alt+↑', 'Alt+↓'], what: 'moveClause' },
      { keys: ['Mod+Z'], what: 'undo' },
      { keys: ['Mod+Y', 'Mod+Shift+Z'], what: 'redo' },
      { keys: ['Mod+B', 'Mod+I', 'Mod+U'], what: 'bold' },
      { keys: ['Mod+Alt+M'], what: 'commentSelection' },
    ],
  },
  {
    group: 'compare',
    items: [
      { keys: ['J', '↓'], what: 'nextChange' },
      { keys: ['K', '↑'], what: 'previousChange' },
      { keys: ['Mod+F'], what: 'findInRedline' },
    ],
  },
];

/** `Mod+Shift+S` as this computer writes it: `Ctrl+Shift+S`, or `⌘⇧S` on a Mac. */
export function keyLabel(keys: string, mac: boolean): string {
  if (!mac) return keys.replace('Mod', 'Ctrl');
  return keys.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥');
}
