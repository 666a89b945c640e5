import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { FileUp } from 'lucide-react';
import type { Deal } from '../../../shared/model';
import { Button } from '../../components/Button';
import { getPlatform } from '../../platform/platform';
import { useRepositories } from '../../src/RepositoriesContext';
import { ExportDialog, type ExportPreset } from './ExportDialog';
import { ExportMenu } from './ExportMenu';
import { useImportDocx } from './ImportDocxDialog';

/**
 * Word in the deal workspace header: "Import Word file…" (also Ctrl+O and File → Open/Import) and
 * the export menu (also Ctrl+Shift+S and File → Export).
 */
export function WordActions({ deal }: { deal: Deal }) {
  const { t } = useTranslation('word');
  const repositories = useRepositories();
  const hasRounds = useLiveQuery(
    async () => (await repositories.rounds.count(deal.id)) > 0,
    [repositories, deal.id],
  );
  const importer = useImportDocx(deal);
  const [exportPreset, setExportPreset] = useState<ExportPreset | null>(null);

  // The listeners live as long as the workspace; the newest start() is read through a ref.
  const startImport = useRef(importer.start);
  useEffect(() => {
    startImport.current = importer.start;
  }, [importer.start]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'o' && !event.shiftKey) {
        event.preventDefault();
        startImport.current();
      } else if (key === 's' && event.shiftKey) {
        event.preventDefault();
        setExportPreset({ format: 'word', content: 'clean' });
      }
    };
    window.addEventListener('keydown', onKeyDown);
    const stopMenu = getPlatform().onMenuCommand((command) => {
      if (command === 'open-import') startImport.current();
      else if (command === 'export') setExportPreset({ format: 'word', content: 'clean' });
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopMenu();
    };
  }, []);

  return (
    <>
      <Button icon={<FileUp size={15} aria-hidden />} onClick={importer.start} data-testid="import-word">
        {t('import.button')}
      </Button>
      <ExportMenu onPick={setExportPreset} hasRounds={hasRounds ?? false} />
      {importer.dialog}
      <ExportDialog deal={deal} preset={exportPreset} onClose={() => setExportPreset(null)} />
    </>
  );
}
