import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Archive, ArchiveRestore, Ellipsis, FolderOpen, Trash2 } from 'lucide-react';
import type { Deal } from '../../../shared/model';
import { IconButton } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Menu } from '../../components/Menu';
import { showToast } from '../../components/useToastStore';
import { useRepositories } from '../../src/RepositoriesContext';
import { navigate } from '../../src/useRoute';

/** Open, archive (with Undo) and delete (with confirmation) for one deal row. */
export function DealRowMenu({ deal }: { deal: Deal }) {
  const { t } = useTranslation(['deals', 'common']);
  const { deals, rounds } = useRepositories();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const archived = deal.status === 'archived';

  const report = (error: unknown) =>
    showToast({ tone: 'error', message: error instanceof Error ? error.message : String(error) });

  async function toggleArchive() {
    const previous = deal.status;
    try {
      // The status before archiving is not recorded; a deal with rounds was being negotiated.
      const next = !archived
        ? 'archived'
        : (await rounds.list(deal.id)).length > 0
          ? 'negotiating'
          : 'drafting';
      await deals.update(deal.id, { status: next });
      showToast({
        message: t(archived ? 'unarchived' : 'archived', { title: deal.title }),
        action: {
          label: t('common:actions.undo'),
          run: () => deals.update(deal.id, { status: previous }).then(() => undefined, report),
        },
      });
    } catch (error) {
      report(error);
    }
  }

  async function remove() {
    try {
      await deals.remove(deal.id);
      showToast({ message: t('deleted', { title: deal.title }) });
    } catch (error) {
      report(error);
    }
  }

  return (
    <>
      <Menu
        trigger={
          <IconButton
            size="sm"
            label={t('common:actions.more')}
            icon={<Ellipsis size={16} aria-hidden />}
            data-testid="deal-menu"
          />
        }
        items={[
          {
            label: t('menu.open'),
            icon: <FolderOpen size={14} aria-hidden />,
            onSelect: () => navigate({ screen: 'deal', dealId: deal.id }),
          },
          {
            label: archived ? t('menu.unarchive') : t('menu.archive'),
            icon: archived ? <ArchiveRestore size={14} aria-hidden /> : <Archive size={14} aria-hidden />,
            onSelect: () => void toggleArchive(),
          },
          null,
          {
            label: t('menu.delete'),
            icon: <Trash2 size={14} aria-hidden />,
            danger: true,
            onSelect: () => setConfirmDelete(true),
          },
        ]}
      />
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={t('confirmDelete.title')}
        description={t('confirmDelete.body', { title: deal.title, customer: deal.customer.name })}
        confirmLabel={t('confirmDelete.confirm')}
        destructive
        onConfirm={() => void remove()}
      />
    </>
  );
}
