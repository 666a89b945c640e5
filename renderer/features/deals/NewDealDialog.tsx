import { lazy, Suspense } from 'react';
import { useDealsViewStore } from './useDealsViewStore';

const NewDealForm = lazy(() => import('./NewDealForm').then((m) => ({ default: m.NewDealForm })));

/** Mounted once by the shell, so Ctrl+N opens it from any screen. */
export function NewDealDialog() {
  const open = useDealsViewStore((state) => state.newDealOpen);
  const setOpen = useDealsViewStore((state) => state.setNewDealOpen);
  // A fresh form each time the dialog opens.
  return open ? (
    <Suspense fallback={null}>
      <NewDealForm onClose={() => setOpen(false)} />
    </Suspense>
  ) : null;
}
