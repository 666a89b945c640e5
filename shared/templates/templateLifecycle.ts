import type { Template, TemplateStatus } from '../model/template';

/** A template's status; versions stored before templates could be retired are `active`. */
export function templateStatusOf(template: Pick<Template, 'status'>): TemplateStatus {
  return template.status ?? 'active';
}

/**
 * `template` with the status of `from` (or none): a template's status is local to this
 * installation and the same on all its versions, so a new version, a copy or an imported version
 * takes it from what is stored, never from where its content came from.
 */
export function withStatusOf<T extends Pick<Template, 'status' | 'retiredAt'>>(
  template: T,
  from: Pick<Template, 'status' | 'retiredAt'> | undefined,
): T {
  const { status: _status, retiredAt: _retiredAt, ...rest } = template;
  return {
    ...rest,
    ...(from?.status ? { status: from.status } : {}),
    ...(from?.retiredAt ? { retiredAt: from.retiredAt } : {}),
  } as T;
}

/** Only active templates are offered for new deals; a retired one stays for the deals that have it. */
export function offeredForNewDeals(template: Pick<Template, 'status'>): boolean {
  return templateStatusOf(template) === 'active';
}

/**
 * Why an action on a template is refused. Each is a sentence of `errors:repository` in both
 * languages, so the screen that disables an action and the repository that refuses it say the same.
 */
export type TemplateRefusal =
  /** Built-in templates come with the app: neither retired nor deleted. */
  | 'builtInTemplateLifecycle'
  /** Some deal started from one of its versions: it can be retired only. */
  | 'templateInUse'
  | 'templateRetiredAlready'
  | 'templateNotRetired';

export type TemplateVerdict = { allowed: true } | { allowed: false; reason: TemplateRefusal };

export interface TemplateLifecycle {
  status: TemplateStatus;
  retire: TemplateVerdict;
  reactivate: TemplateVerdict;
  delete: TemplateVerdict;
  /** Deals of any status that started from any version of the template. */
  dealsUsing: number;
}

const allowed: TemplateVerdict = { allowed: true };
const refused = (reason: TemplateRefusal): TemplateVerdict => ({ allowed: false, reason });

/**
 * What may be done with a template, and why not: the one rule the templates screen and the
 * templates repository both follow. A built-in can be neither retired nor deleted. An own template
 * can be retired and reactivated at any time (its versions stay, so every deal keeps the version it
 * started from), and deleted for good only while no deal of any status uses any of its versions.
 */
export function templateLifecycle(
  template: Pick<Template, 'builtIn' | 'status'>,
  dealsUsing: number,
): TemplateLifecycle {
  const status = templateStatusOf(template);
  if (template.builtIn) {
    const builtIn = refused('builtInTemplateLifecycle');
    return { status, retire: builtIn, reactivate: builtIn, delete: builtIn, dealsUsing };
  }
  return {
    status,
    retire: status === 'retired' ? refused('templateRetiredAlready') : allowed,
    reactivate: status === 'retired' ? allowed : refused('templateNotRetired'),
    delete: dealsUsing > 0 ? refused('templateInUse') : allowed,
    dealsUsing,
  };
}
