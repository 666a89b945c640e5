import { useEffect } from 'react';
import { getPlatform } from '../../platform/platform';
import { useDealsViewStore } from './useDealsViewStore';

/** Ctrl+N (⌘N on a Mac) and the application menu's "New deal" open the new-deal dialog from anywhere. */
export function useNewDealShortcut(): void {
  const open = useDealsViewStore((state) => state.setNewDealOpen);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        (event.ctrlKey || event.metaKey) &&
        !event.shiftKey &&
        !event.altKey &&
        event.key.toLowerCase() === 'n'
      ) {
        event.preventDefault();
        open(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    const stopMenu = getPlatform().onMenuCommand((command) => {
      if (command === 'new-deal') open(true);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopMenu();
    };
  }, [open]);
}

/** How the shortcut is written on this computer. */
export function newDealShortcutLabel(): string {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘N' : 'Ctrl+N';
}
