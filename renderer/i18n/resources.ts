import { common as deCommon } from './locales/de/common';
import { deals as deDeals } from './locales/de/deals';
import { settings as deSettings } from './locales/de/settings';
import { templates as deTemplates } from './locales/de/templates';
import { workspace as deWorkspace } from './locales/de/workspace';
import { common as enCommon } from './locales/en/common';
import { deals as enDeals } from './locales/en/deals';
import { settings as enSettings } from './locales/en/settings';
import { templates as enTemplates } from './locales/en/templates';
import { workspace as enWorkspace } from './locales/en/workspace';

/** Bundled with the app: the UI works offline and switches language without loading anything. */
export const resources = {
  en: {
    common: enCommon,
    deals: enDeals,
    templates: enTemplates,
    settings: enSettings,
    workspace: enWorkspace,
  },
  de: {
    common: deCommon,
    deals: deDeals,
    templates: deTemplates,
    settings: deSettings,
    workspace: deWorkspace,
  },
} as const;

export const NAMESPACES = Object.keys(resources.en) as (keyof (typeof resources)['en'])[];

export type UiLocale = keyof typeof resources;
export const UI_LOCALES = Object.keys(resources) as UiLocale[];
