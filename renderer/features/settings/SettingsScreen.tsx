import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from 'radix-ui';
import { Field } from '../../components/Field';
import { showToast } from '../../components/useToastStore';
import { applyUiLanguage, type UiLanguagePreference } from '../../i18n/i18n';
import { DataSection } from '../backup/DataSection';
import { SafetyMarginsSection } from '../guardrails/SafetyMarginsSection';
import { getPlatform, type AppInfo } from '../../platform/platform';
import { useRepositories } from '../../src/RepositoriesContext';

const LANGUAGE_CHOICES: { value: UiLanguagePreference; labelKey: 'deutsch' | 'english' | 'system' }[] = [
  { value: 'de', labelKey: 'deutsch' },
  { value: 'en', labelKey: 'english' },
  { value: 'system', labelKey: 'system' },
];

export function SettingsScreen() {
  const { t } = useTranslation('settings');
  const { t: tg } = useTranslation('guardrails');
  const { settings } = useRepositories();
  const stored = useLiveQuery(() => settings.getAll(), [settings]);
  if (!stored) return null;

  async function setLanguage(value: UiLanguagePreference) {
    // Switch at once; the stored value follows (and other windows pick it up from the database).
    await applyUiLanguage(value);
    await settings.set('uiLanguage', value);
  }

  return (
    <div className="screen screen-narrow">
      <div className="screen-header">
        <h1 className="screen-title">{t('title')}</h1>
      </div>

      <section className="card" aria-labelledby="settings-language">
        <h2 className="card-title" id="settings-language">
          {t('appearance')}
        </h2>
        <div className="field">
          <span className="field-label" id="settings-ui-language">
            {t('uiLanguage')}
          </span>
          <RadioGroup.Root
            className="segmented"
            aria-labelledby="settings-ui-language"
            aria-describedby="settings-ui-language-hint"
            value={stored.uiLanguage}
            onValueChange={(value) => void setLanguage(value as UiLanguagePreference)}
            orientation="horizontal"
          >
            {LANGUAGE_CHOICES.map((choice) => (
              <RadioGroup.Item
                key={choice.value}
                value={choice.value}
                className="segmented-item"
                data-testid={`ui-language-${choice.value}`}
              >
                {t(choice.labelKey)}
              </RadioGroup.Item>
            ))}
          </RadioGroup.Root>
          <p className="field-hint" id="settings-ui-language-hint">
            {t('uiLanguageHint')}
          </p>
        </div>
      </section>

      <section className="card" aria-labelledby="settings-company">
        <h2 className="card-title" id="settings-company">
          {t('company')}
        </h2>
        <TextSetting
          label={t('providerName')}
          hint={t('providerNameHint')}
          value={stored.providerName}
          autoComplete="organization"
          onSave={(value) => settings.set('providerName', value)}
        />
        <TextSetting
          label={tg('settings.address')}
          hint={tg('settings.addressHint')}
          value={stored.companyAddress}
          autoComplete="street-address"
          onSave={(value) => settings.set('companyAddress', value)}
        />
        <TextSetting
          label={tg('settings.signatory')}
          hint={tg('settings.signatoryHint')}
          value={stored.companySignatory}
          autoComplete="name"
          onSave={(value) => settings.set('companySignatory', value)}
        />
        <TextSetting
          label={t('authorName')}
          hint={t('authorNameHint')}
          value={stored.authorName}
          autoComplete="name"
          onSave={(value) => settings.set('authorName', value)}
        />
      </section>

      <SafetyMarginsSection />

      <DataSection />

      <AboutSection />
    </div>
  );
}

/** A text setting saved when the field loses focus or Enter is pressed. */
function TextSetting({
  label,
  hint,
  value,
  autoComplete,
  onSave,
}: {
  label: string;
  hint: string;
  value: string;
  autoComplete: string;
  onSave(value: string): Promise<void>;
}) {
  const { t } = useTranslation('settings');
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  // Follow the stored value when it changes (saved here or in another window): adjust during render.
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    setDraft(value);
  }

  async function save() {
    if (draft.trim() === value) return;
    try {
      await onSave(draft.trim());
      setError(null);
      showToast({ message: t('saved') });
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  }

  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          className="input"
          autoComplete={autoComplete}
          maxLength={300}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => void save()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void save();
          }}
        />
      )}
    </Field>
  );
}

function AboutSection() {
  const { t } = useTranslation(['settings', 'common']);
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let cancelled = false;
    getPlatform()
      .appInfo()
      .then((next) => {
        if (!cancelled) setInfo(next);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <section className="card" aria-labelledby="settings-about">
      <h2 className="card-title" id="settings-about">
        {t('about')}
      </h2>
      <dl className="meta-list meta-list-stacked" data-testid="about">
        <div>
          <dt>{t('common:appName')}</dt>
          <dd>
            {t('version')} {info?.version ?? '…'}
          </dd>
        </div>
        <div>
          <dt>{t('runtime')}</dt>
          <dd>
            {info?.kind === 'electron'
              ? `${t('runtimeElectron')} · Electron ${info.electron ?? ''} · ${info.platform}`
              : info
                ? `${t('runtimeBrowser')} · ${info.platform}`
                : '…'}
          </dd>
        </div>
        <div>
          <dt>{t('storage')}</dt>
          <dd>
            {t('storageLocal')}
            {info?.userDataPath && <code className="path">{info.userDataPath}</code>}
          </dd>
        </div>
      </dl>
    </section>
  );
}
