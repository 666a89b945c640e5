import { useTranslation } from 'react-i18next';
import { ChevronDown, FileDown, FileText, FileDiff, Printer } from 'lucide-react';
import { Button } from '../../components/Button';
import { Menu } from '../../components/Menu';
import type { ExportPreset } from './ExportDialog';

/** The workspace header's export menu: each entry opens the export dialog preset to it. */
export function ExportMenu({
  onPick,
  hasRounds,
}: {
  onPick(preset: ExportPreset): void;
  hasRounds: boolean;
}) {
  const { t } = useTranslation('word');
  return (
    <Menu
      trigger={
        <Button icon={<FileDown size={15} aria-hidden />} data-testid="export-menu">
          {t('export.button')}
          <ChevronDown size={14} aria-hidden />
        </Button>
      }
      items={[
        {
          label: t('export.wordClean'),
          icon: <FileText size={15} aria-hidden />,
          onSelect: () => onPick({ format: 'word', content: 'clean' }),
        },
        {
          label: t('export.wordRedline'),
          icon: <FileDiff size={15} aria-hidden />,
          disabled: !hasRounds,
          onSelect: () => onPick({ format: 'word', content: 'redline' }),
        },
        null,
        {
          label: t('export.pdf'),
          icon: <Printer size={15} aria-hidden />,
          onSelect: () => onPick({ format: 'pdf', content: 'clean' }),
        },
      ]}
    />
  );
}
