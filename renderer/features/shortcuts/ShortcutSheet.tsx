import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { keyLabel, SHORTCUT_GROUPS } from './shortcutList';

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** Every keyboard shortcut of the app on one sheet (`?` or F1). */
export function ShortcutSheet({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const { t } = useTranslation('workbench');
  const mac = isMac();
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('shortcuts.title')}
      width={620}
      testId="shortcut-sheet"
    >
      <div className="shortcut-groups">
        {SHORTCUT_GROUPS.map(({ group, items }) => (
          <section key={group} className="shortcut-group" aria-labelledby={`shortcuts-${group}`}>
            <h3 id={`shortcuts-${group}`} className="shortcut-group-title">
              {t(`shortcuts.groups.${group}`)}
            </h3>
            <dl className="shortcut-list">
              {items.map((item) => (
                <div key={item.what} className="shortcut-row">
                  <dt>{t(`shortcuts.items.${item.what}`)}</dt>
                  <dd>
                    {item.keys.map((keys, index) => (
                      <span key={keys}>
                        {index > 0 && <span className="shortcut-or"> {t('shortcuts.or')} </span>}
                        <kbd className="shortcut-key">{keyLabel(keys, mac)}</kbd>
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
