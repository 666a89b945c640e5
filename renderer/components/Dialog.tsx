import type { ReactNode } from 'react';
import { Dialog as RadixDialog } from 'radix-ui';
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';

export interface DialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  /** Buttons at the bottom right; the primary action comes last. */
  footer?: ReactNode;
  /** Wraps body and footer in a form so Enter submits. */
  onSubmit?(): void;
  width?: number;
  testId?: string;
}

/** A modal dialog (radix: focus trap, Escape, labelled by its title). */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  footer,
  onSubmit,
  width = 480,
  testId,
}: DialogProps) {
  const { t } = useTranslation();
  const body = (
    <>
      <div className="dialog-body">{children}</div>
      {footer && <div className="dialog-footer">{footer}</div>}
    </>
  );
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content
          className="dialog"
          style={{ width }}
          data-testid={testId}
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <div className="dialog-header">
            <RadixDialog.Title className="dialog-title">{title}</RadixDialog.Title>
            <RadixDialog.Close asChild>
              <button type="button" className="btn btn-ghost btn-icon" aria-label={t('actions.close')}>
                <X size={16} aria-hidden />
              </button>
            </RadixDialog.Close>
          </div>
          {description && (
            <RadixDialog.Description className="dialog-description">{description}</RadixDialog.Description>
          )}
          {onSubmit ? (
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                onSubmit();
              }}
            >
              {body}
            </form>
          ) : (
            body
          )}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** The usual footer of a form dialog: Cancel, then the primary submit button. */
export function FormFooter({ onCancel, submitLabel }: { onCancel(): void; submitLabel: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <Button onClick={onCancel}>{t('actions.cancel')}</Button>
      <Button type="submit" variant="primary">
        {submitLabel}
      </Button>
    </>
  );
}
