import { backup } from './backup';
import { comments } from './comments';
import { common } from './common';
import { compare } from './compare';
import { compareFind } from './compareFind';
import { dashboard } from './dashboard';
import { deals } from './deals';
import { errors } from './errors';
import { document } from './document';
import { guardrails } from './guardrails';
import { playbook } from './playbook';
import { monitoring } from './monitoring';
import { rounds } from './rounds';
import { settings } from './settings';
import { templates } from './templates';
import { templateEditor } from './templateEditor';
import { word } from './word';
import { workbench } from './workbench';
import { wordImport } from './wordImport';
import { workspace } from './workspace';

/** Every namespace of the English UI: one chunk, loaded when this language is first used. */
export const en = {
  common,
  deals,
  templates,
  settings,
  workspace,
  rounds,
  compare,
  compareFind,
  word,
  wordImport,
  backup,
  workbench,
  errors,
  document,
  guardrails,
  playbook,
  monitoring,
  dashboard,
  templateEditor,
  comments,
};
