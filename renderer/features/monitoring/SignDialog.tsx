import { describeError } from '../../errors/describeError';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Plus, Trash2 } from 'lucide-react';
import type { Deal, Draft, Round } from '../../../shared/model';
import { agreementTermsFrom } from '../../../shared/monitoring/agreementTerms';
import { guessTimeZone } from '../../../shared/monitoring/guessTimeZone';
import type { Signatory } from '../../../shared/monitoring/model';
import { addMonthsToDate, reviewIntervalMonths } from '../../../shared/monitoring/reviews';
import { isValidTimeZone } from '../../../shared/monitoring/timeZone';
import { localToday } from '../../../shared/monitoring/today';
import { Button, IconButton } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { showToast } from '../../components/useToastStore';
import { useRepositories } from '../../src/RepositoriesContext';
import { navigate } from '../../src/useRoute';
import { timeZoneChoices } from './timeZones';

const DRAFT = 'draft';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface SignDialogProps {
  deal: Deal;
  open: boolean;
  onOpenChange(open: boolean): void;
  /** Writes pending edits of the open workspace first, so the signed text is what the user sees. */
  flush?: () => Promise<void>;
}

/** Records the signing: which round, when, by whom, the term, the review rhythm and the clock. */
export function SignDialog(props: SignDialogProps) {
  if (!props.open) return null;
  return <SignDialogLoader {...props} />;
}

function SignDialogLoader(props: SignDialogProps) {
  const repositories = useRepositories();
  const { deal } = props;
  const info = useLiveQuery(async () => {
    const [rounds, draft, author, provider] = await Promise.all([
      repositories.rounds.list(deal.id),
      repositories.drafts.get(deal.id),
      repositories.settings.get('authorName'),
      repositories.settings.get('providerName'),
    ]);
    return { rounds, draft, author, provider };
  }, [repositories, deal.id]);
  if (!info) return null;
  return <SignForm {...props} info={info} />;
}

interface SignInfo {
  rounds: Round[];
  draft: Draft | undefined;
  author: string;
  provider: string;
}

function SignForm({ deal, open, onOpenChange, flush, info }: SignDialogProps & { info: SignInfo }) {
  const { t } = useTranslation('monitoring');
  const { t: tc } = useTranslation('common');
  const repositories = useRepositories();
  // Defaults from the deal: the newest round, the customer's and our signatory, the agreement's
  // own review interval and clock.
  const last = info.rounds.at(-1);
  const defaultDocument = last?.document ?? info.draft?.document;
  const defaultMonths = defaultDocument
    ? reviewIntervalMonths(agreementTermsFrom(defaultDocument).reviewInterval)
    : null;
  const today = localToday();
  const contact = deal.customer.contacts[0];

  const [roundId, setRoundId] = useState<string>(last ? last.id : DRAFT);
  const [signedOn, setSignedOn] = useState(today);
  const [signatories, setSignatories] = useState<Signatory[]>([
    { name: contact?.name ?? '', role: contact?.role ?? '', side: 'them' },
    { name: info.author, role: '', side: 'us' },
  ]);
  const [termStart, setTermStart] = useState(today);
  const [termEnd, setTermEnd] = useState('');
  const [interval, setReviewMonths] = useState(String(defaultMonths ?? 12));
  const [nextReview, setNextReview] = useState(addMonthsToDate(today, defaultMonths ?? 12));
  const [timeZone, setTimeZone] = useState(
    defaultDocument ? guessTimeZone(defaultDocument).timeZone : 'Europe/Berlin',
  );
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const document =
    roundId === DRAFT ? info.draft?.document : info.rounds.find((r) => r.id === roundId)?.document;
  const terms = useMemo(() => (document ? agreementTermsFrom(document) : null), [document]);

  const zones = useMemo(() => timeZoneChoices(), []);
  const intervalMonths = /^\d{1,3}$/.test(interval) && Number(interval) >= 1 ? Number(interval) : null;
  const named = signatories.filter((s) => s.name.trim());
  const errors = {
    signedOn: DATE.test(signedOn) ? null : t('sign.dateInvalid'),
    termStart: DATE.test(termStart) ? null : t('sign.dateInvalid'),
    termEnd: termEnd && (!DATE.test(termEnd) || termEnd < termStart) ? t('sign.termEndInvalid') : null,
    interval: interval && intervalMonths === null ? t('sign.intervalInvalid') : null,
    nextReview: nextReview && !DATE.test(nextReview) ? t('sign.dateInvalid') : null,
    timeZone: isValidTimeZone(timeZone) ? null : t('sign.timeZoneInvalid'),
    signatories: named.length === 0 ? t('sign.signatoryRequired') : null,
  };
  const shown = (error: string | null) => (submitted ? error : null);

  const submit = async () => {
    setSubmitted(true);
    if (Object.values(errors).some(Boolean) || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      if (roundId === DRAFT) await flush?.();
      await repositories.agreements.sign({
        dealId: deal.id,
        roundId: roundId === DRAFT ? null : roundId,
        signedOn,
        signatories: named.map((s) => ({ ...s, name: s.name.trim(), role: s.role.trim() })),
        termStart,
        termEnd: termEnd || null,
        reviewIntervalMonths: intervalMonths,
        nextReviewOn: nextReview || null,
        timeZone,
        author: info.author || info.provider || deal.customer.name,
        note: t('sign.roundNote'),
      });
      onOpenChange(false);
      showToast({ message: t('sign.done', { title: deal.title }) });
      navigate({ screen: 'deal-monitoring', dealId: deal.id });
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  const roundOptions = [
    { value: DRAFT, label: t('sign.draftOption', { number: (last?.number ?? 0) + 1 }) },
    ...info.rounds
      .slice()
      .reverse()
      .map((round) => ({
        value: round.id,
        label: t(round.side === 'us' ? 'sign.roundOurs' : 'sign.roundTheirs', { number: round.number }),
      })),
  ];

  const setSignatory = (index: number, patch: Partial<Signatory>) =>
    setSignatories((list) => list.map((s, i) => (i === index ? { ...s, ...patch } : s)));

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('sign.title')}
      description={t('sign.description')}
      onSubmit={() => void submit()}
      width={620}
      testId="sign-dialog"
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>{tc('actions.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy} data-testid="sign-confirm">
            {t('sign.confirm')}
          </Button>
        </>
      }
    >
      <div className="mon-form">
        <Field label={t('sign.round')} hint={terms?.availability === null ? t('sign.noTarget') : undefined}>
          {(control) => (
            <Select
              id={control.id}
              describedBy={control['aria-describedby']}
              value={roundId}
              onValueChange={setRoundId}
              options={roundOptions}
              testId="sign-round"
            />
          )}
        </Field>
        <div className="field-row">
          <Field label={t('sign.signedOn')} error={shown(errors.signedOn)}>
            {(control) => (
              <input
                {...control}
                type="date"
                className="input input-date"
                value={signedOn}
                onChange={(e) => setSignedOn(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('sign.timeZone')} error={shown(errors.timeZone)} hint={t('sign.timeZoneHint')}>
            {(control) => (
              <>
                <input
                  {...control}
                  className="input"
                  list="sign-time-zones"
                  value={timeZone}
                  onChange={(e) => setTimeZone(e.target.value.trim())}
                  data-testid="sign-time-zone"
                />
                <datalist id="sign-time-zones">
                  {zones.map((zone) => (
                    <option key={zone} value={zone} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
        </div>
        <fieldset className="mon-fieldset">
          <legend className="field-label">{t('sign.signatories')}</legend>
          {signatories.map((signatory, index) => (
            <div className="mon-signatory" key={index}>
              <input
                className="input"
                aria-label={t('sign.signatoryName')}
                placeholder={t('sign.signatoryName')}
                value={signatory.name}
                onChange={(e) => setSignatory(index, { name: e.target.value })}
                data-testid="signatory-name"
              />
              <input
                className="input"
                aria-label={t('sign.signatoryRole')}
                placeholder={t('sign.signatoryRole')}
                value={signatory.role}
                onChange={(e) => setSignatory(index, { role: e.target.value })}
              />
              <Select
                ariaLabel={t('sign.side')}
                value={signatory.side}
                onValueChange={(side) => setSignatory(index, { side })}
                options={[
                  { value: 'them', label: t('sign.sideThem') },
                  { value: 'us', label: t('sign.sideUs') },
                ]}
              />
              <IconButton
                label={t('sign.removeSignatory')}
                icon={<Trash2 size={14} aria-hidden />}
                onClick={() => setSignatories((list) => list.filter((_, i) => i !== index))}
              />
            </div>
          ))}
          {shown(errors.signatories) && (
            <p className="field-error" role="alert">
              {errors.signatories}
            </p>
          )}
          <Button
            size="sm"
            variant="ghost"
            icon={<Plus size={14} aria-hidden />}
            onClick={() => setSignatories((list) => [...list, { name: '', role: '', side: 'them' }])}
          >
            {t('sign.addSignatory')}
          </Button>
        </fieldset>
        <div className="field-row">
          <Field label={t('sign.termStart')} error={shown(errors.termStart)}>
            {(control) => (
              <input
                {...control}
                type="date"
                className="input input-date"
                value={termStart}
                onChange={(e) => setTermStart(e.target.value)}
                data-testid="sign-term-start"
              />
            )}
          </Field>
          <Field label={t('sign.termEnd')} error={shown(errors.termEnd)} hint={t('sign.termEndHint')}>
            {(control) => (
              <input
                {...control}
                type="date"
                className="input input-date"
                value={termEnd}
                onChange={(e) => setTermEnd(e.target.value)}
              />
            )}
          </Field>
        </div>
        <div className="field-row">
          <Field label={t('sign.reviewInterval')} error={shown(errors.interval)}>
            {(control) => (
              <input
                {...control}
                className="input mon-input-short"
                inputMode="numeric"
                value={interval}
                onChange={(e) => {
                  setReviewMonths(e.target.value);
                  const months = Number(e.target.value);
                  if (Number.isInteger(months) && months >= 1 && DATE.test(termStart))
                    setNextReview(addMonthsToDate(termStart, months));
                }}
              />
            )}
          </Field>
          <Field label={t('sign.nextReview')} error={shown(errors.nextReview)}>
            {(control) => (
              <input
                {...control}
                type="date"
                className="input input-date"
                value={nextReview}
                onChange={(e) => setNextReview(e.target.value)}
                data-testid="sign-next-review"
              />
            )}
          </Field>
        </div>
        {failure && (
          <p className="field-error" role="alert">
            {t('sign.failed', { message: failure })}
          </p>
        )}
      </div>
    </Dialog>
  );
}
