import { backup as deBackup } from './locales/de/backup';
import { comments as deComments } from './locales/de/comments';
import { common as deCommon } from './locales/de/common';
import { compare as deCompare } from './locales/de/compare';
import { dashboard as deDashboard } from './locales/de/dashboard';
import { deals as deDeals } from './locales/de/deals';
import { errors as deErrors } from './locales/de/errors';
import { document as deDocument } from './locales/de/document';
import { guardrails as deGuardrails } from './locales/de/guardrails';
import { playbook as dePlaybook } from './locales/de/playbook';
import { monitoring as deMonitoring } from './locales/de/monitoring';
import { rounds as deRounds } from './locales/de/rounds';
import { settings as deSettings } from './locales/de/settings';
import { templates as deTemplates } from './locales/de/templates';
import { templateEditor as deTemplateEditor } from './locales/de/templateEditor';
import { word as deWord } from './locales/de/word';
import { workbench as deWorkbench } from './locales/de/workbench';
import { wordImport as deWordImport } from './locales/de/wordImport';
import { workspace as deWorkspace } from './locales/de/workspace';
import { backup as enBackup } from './locales/en/backup';
import { comments as enComments } from './locales/en/comments';
import { common as enCommon } from './locales/en/common';
import { compare as enCompare } from './locales/en/compare';
import { dashboard as enDashboard } from './locales/en/dashboard';
import { deals as enDeals } from './locales/en/deals';
import { errors as enErrors } from './locales/en/errors';
import { document as enDocument } from './locales/en/document';
import { guardrails as enGuardrails } from './locales/en/guardrails';
import { playbook as enPlaybook } from './locales/en/playbook';
import { monitoring as enMonitoring } from './locales/en/monitoring';
import { rounds as enRounds } from './locales/en/rounds';
import { settings as enSettings } from './locales/en/settings';
import { templates as enTemplates } from './locales/en/templates';
import { templateEditor as enTemplateEditor } from './locales/en/templateEditor';
import { word as enWord } from './locales/en/word';
import { workbench as enWorkbench } from './locales/en/workbench';
import { wordImport as enWordImport } from './locales/en/wordImport';
import { workspace as enWorkspace } from './locales/en/workspace';

/** Bundled with the app: the UI works offline and switches language without loading anything. */
export const resources = {
  en: {
    common: enCommon,
    deals: enDeals,
    templates: enTemplates,
    settings: enSettings,
    workspace: enWorkspace,
    rounds: enRounds,
    compare: enCompare,
    word: enWord,
    wordImport: enWordImport,
    backup: enBackup,
    workbench: enWorkbench,
    errors: enErrors,
    document: enDocument,
    guardrails: enGuardrails,
    playbook: enPlaybook,
    monitoring: enMonitoring,
    dashboard: enDashboard,
    templateEditor: enTemplateEditor,
    comments: enComments,
  },
  de: {
    common: deCommon,
    deals: deDeals,
    templates: deTemplates,
    settings: deSettings,
    workspace: deWorkspace,
    rounds: deRounds,
    compare: deCompare,
    word: deWord,
    wordImport: deWordImport,
    backup: deBackup,
    workbench: deWorkbench,
    errors: deErrors,
    document: deDocument,
    guardrails: deGuardrails,
    playbook: dePlaybook,
    monitoring: deMonitoring,
    dashboard: deDashboard,
    templateEditor: deTemplateEditor,
    comments: deComments,
  },
} as const;

export const NAMESPACES = Object.keys(resources.en) as (keyof (typeof resources)['en'])[];

export type UiLocale = keyof typeof resources;
export const UI_LOCALES = Object.keys(resources) as UiLocale[];
