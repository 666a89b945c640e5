import { Toast } from 'radix-ui';
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useToastStore } from './useToastStore';

/** Renders the toasts; an Undo toast stays a little longer so there is time to reach it. */
export function Toaster() {
  const { t } = useTranslation();
  const toasts = useToastStore((state) => state.toasts);
  const dismiss = useToastStore((state) => state.dismiss);
  return (
    <Toast.Provider swipeDirection="right" label={t('notification')}>
      {toasts.map((toast) => (
        <Toast.Root
          key={toast.id}
          className={`toast${toast.tone === 'error' ? ' toast-error' : ''}`}
          duration={toast.action ? 8000 : 4000}
          onOpenChange={(open) => {
            if (!open) dismiss(toast.id);
          }}
        >
          <Toast.Description className="toast-message">{toast.message}</Toast.Description>
          {toast.action && (
            <Toast.Action
              className="btn btn-ghost btn-sm toast-action"
              altText={toast.action.label}
              onClick={() => void toast.action?.run()}
            >
              {toast.action.label}
            </Toast.Action>
          )}
          <Toast.Close className="btn btn-ghost btn-icon btn-sm" aria-label={t('actions.close')}>
            <X size={14} aria-hidden />
          </Toast.Close>
        </Toast.Root>
      ))}
      <Toast.Viewport className="toast-viewport" label={t('notifications')} />
    </Toast.Provider>
  );
}
