import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DropdownMenu } from 'radix-ui';
import { Archive, ArchiveRestore, FolderOpen, Trash2 } from 'lucide-react';
import type { Deal } from '../../../shared/model';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { showToast } from '../../components/useToastStore';
import { useRepositories } from '../../src/RepositoriesContext';
import { navigate } from '../../src/useRoute';

/** Which row's menu is open, and where its button is (the shared menu opens beside it). */
export interface DealMenuTarget {
  deal: Deal;
  button: HTMLElement;
}

/**
 * The one row menu of the deals list: open, archive (with Undo) and delete (with confirmation).
 * A single menu and a single dialog serve every row (issue 12 §4: one per row made the list's cost
 * grow with the number of deals). Rows show a plain button; this menu is anchored to the button of
 * the row it was opened for, and gives the focus back to that button when it closes.
 */
export function DealRowMenu({ target, onClose }: { target: DealMenuTarget | null; onClose(): void }) {
  const { t } = useTranslation(['deals', 'common', 'workbench']);
  const { deals, rounds } = useRepositories();
  const [confirmDelete, setConfirmDelete] = useState<Deal | null>(null);
  const deal = target?.deal;
  const archived = deal?.status === 'archived';
  const rect = target?.button.getBoundingClientRect();
  // The button the menu was opened from, still known while the menu closes (target is null by then).
  const lastButton = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (target) lastButton.current = target.button;
  }, [target]);
  // Opened from the row's button (click or ↓), not from radix's own trigger, radix would focus the
  // menu itself: the first item takes the focus, as in any menu opened by keyboard.
  const focusFirstItem = useCallback((content: HTMLDivElement | null) => {
    content?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, []);

  const report = (error: unknown) =>
    showToast({ tone: 'error', message: error instanceof Error ? error.message : String(error) });

  async function toggleArchive(deal: Deal) {
    const previous = deal.status;
    const wasArchived = previous === 'archived';
    try {
      // The status before archiving is not recorded; a deal with rounds was being negotiated.
      const next = !wasArchived ? 'archived' : (await rounds.count(deal.id)) > 0 ? 'negotiating' : 'drafting';
      await deals.update(deal.id, { status: next });
      showToast({
        message: t(wasArchived ? 'unarchived' : 'archived', { title: deal.title }),
        action: {
          label: t('common:actions.undo'),
          run: () => deals.update(deal.id, { status: previous }).then(() => undefined, report),
        },
      });
    } catch (error) {
      report(error);
    }
  }

  async function remove(deal: Deal) {
    try {
      await deals.remove(deal.id);
      showToast({ message: t('deleted', { title: deal.title }) });
    } catch (error) {
      report(error);
    }
  }

  return (
    <>
      <DropdownMenu.Root
        modal={false}
        open={target !== null}
        onOpenChange={(open) => {
          if (!open) onClose();
        }}
      >
        {/* An invisible stand-in over the row's button: radix places the menu beside its trigger. */}
        <DropdownMenu.Trigger asChild>
          <span
            aria-hidden
            tabIndex={-1}
            className="deal-menu-anchor"
            style={rect ? { left: rect.left, top: rect.top, width: rect.width, height: rect.height } : {}}
          />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            className="menu"
            align="end"
            sideOffset={4}
            aria-label={deal ? t('workbench:dealMenu', { title: deal.title }) : undefined}
            ref={focusFirstItem}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              const button = target?.button ?? lastButton.current;
              if (button?.isConnected) button.focus();
            }}
          >
            {deal && (
              <>
                <DropdownMenu.Item
                  className="menu-item"
                  onSelect={() => navigate({ screen: 'deal', dealId: deal.id })}
                >
                  <FolderOpen size={14} aria-hidden />
                  <span>{t('menu.open')}</span>
                </DropdownMenu.Item>
                <DropdownMenu.Item className="menu-item" onSelect={() => void toggleArchive(deal)}>
                  {archived ? <ArchiveRestore size={14} aria-hidden /> : <Archive size={14} aria-hidden />}
                  <span>{archived ? t('menu.unarchive') : t('menu.archive')}</span>
                </DropdownMenu.Item>
                <DropdownMenu.Separator className="menu-separator" />
                <DropdownMenu.Item
                  className="menu-item menu-item-danger"
                  onSelect={() => setConfirmDelete(deal)}
                >
                  <Trash2 size={14} aria-hidden />
                  <span>{t('menu.delete')}</span>
                </DropdownMenu.Item>
              </>
            )}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <ConfirmDialog
        open={confirmDelete !== null}
        onOpenChange={(open) => {
          if (!open) setConfirmDelete(null);
        }}
        title={t('confirmDelete.title')}
        description={
          confirmDelete
            ? t('confirmDelete.body', { title: confirmDelete.title, customer: confirmDelete.customer.name })
            : ''
        }
        confirmLabel={t('confirmDelete.confirm')}
        destructive
        onConfirm={() => {
          if (confirmDelete) void remove(confirmDelete);
        }}
      />
    </>
  );
}
