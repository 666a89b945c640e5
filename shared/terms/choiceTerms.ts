import { BLOCK, columnHeader, HEADING, rowLabels, SENTENCE, type Place } from './documentPlaces';
import type { CueHit } from './lexicon';
import {
  availabilityPeriodLabel,
  availabilityPeriodOptions,
  choiceOptions,
  type AvailabilityPeriodKey,
  type RecognitionLanguage,
  type TermValue,
} from './termCatalog';
import { boundTo, hitsIn, mentionsIn, unitHas } from './textUnits';

/**
 * Terms written as words rather than numbers: the period availability is measured over ("per calendar
 * month", "im Jahresmittel"), how often reports come ("quarterly"), how often the agreement is reviewed
 * ("annually" = 12 months), the service hours ("Mo–Fr 08:00–18:00", "24/7") and the maintenance window
 * ("sonntags von 02:00 bis 05:00 Uhr").
 */
export interface ChoiceCandidate {
  id: string;
  value: TermValue;
  place: Place;
  start: number;
  end: number;
  score: number;
}

export function readChoiceTerms(places: readonly Place[], language: RecognitionLanguage): ChoiceCandidate[] {
  const out: ChoiceCandidate[] = [];
  for (const place of places) {
    const cues = place.unit.cueSet;
    if (place.isHeader) {
      // "Service Credit (% of monthly charges)": a credit column's header names the base.
      if (cues.has('credit') && cues.has('shareOfFee'))
        creditBase(place, place.unit.sentences[0]!, language, out);
      continue;
    }
    const heading = place.clause.heading.cueSet;
    // Each reader needs words that most paragraphs lack; skip the paragraph when none is there.
    const periods = cues.has('perMonth') || cues.has('perQuarter') || cues.has('perYear');
    const digits = /\d|rund um die uhr|around the clock|round the clock/i.test(place.unit.text);
    const wanted =
      periods ||
      (cues.has('credit') && cues.has('shareOfFee')) ||
      (cues.has('review') && cues.has('agreement')) ||
      cues.has('terminate') ||
      cues.has('channel') ||
      cues.has('language') ||
      cues.has('sandbox') ||
      (cues.has('support') && /deutsch|german|englisch|english/i.test(place.unit.text)) ||
      (digits &&
        (cues.has('serviceHours') ||
          cues.has('support') ||
          cues.has('maintenance') ||
          cues.has('siteAccess') ||
          place.table !== undefined ||
          heading.has('serviceHours') ||
          heading.has('support') ||
          heading.has('maintenance') ||
          heading.has('siteAccess')));
    if (!wanted) continue;
    for (const sentence of place.unit.sentences) {
      availabilityPeriod(place, sentence, language, out);
      reportInterval(place, sentence, language, out);
      reviewAdverb(place, sentence, out);
      sandboxAdverb(place, sentence, out);
      serviceHours(place, sentence, language, out);
      accessHours(place, sentence, language, out);
      maintenanceSlot(place, sentence, out);
      immediateExit(place, sentence, out);
      creditBase(place, sentence, language, out);
      ticketChannels(place, sentence, language, out);
      supportLanguages(place, sentence, language, out);
    }
  }
  return out;
}

const PERIOD_OF: Record<'perMonth' | 'perQuarter' | 'perYear', AvailabilityPeriodKey> = {
  perMonth: 'monthly',
  perQuarter: 'quarterly',
  perYear: 'yearly',
};
const PERIOD_NOUN = /period|zeitraum/i;
const FEE_WORD = /entgelt|pauschale|gebühr|miete|vergütung|fee|charge|price|preis|rate|rent/i;

function availabilityPeriod(
  place: Place,
  sentence: [number, number],
  language: RecognitionLanguage,
  out: ChoiceCandidate[],
) {
  const unit = place.unit;
  const hits = hitsIn(unit, sentence);
  // "Power availability: 99.99 % per calendar month" is the supply's, not the service's availability.
  const supplies = hits.filter((hit) => hit.cue === 'power' || hit.cue === 'cooling');
  const availability = hits.filter(
    (hit) => hit.cue === 'availability' && !supplies.some((supply) => boundTo(unit.text, hit, supply)),
  );
  const measured = hits.some((hit) => hit.cue === 'measurePeriod');
  // "“Measurement Period” means a calendar quarter", "Bemessungszeitraum ist das Kalenderjahr": a definition.
  const defined = hits.some(
    (hit) => hit.cue === 'measurePeriod' && PERIOD_NOUN.test(unit.text.slice(hit.start, hit.end)),
  );
  // A cell of a row about availability ("Availability | 99.9 % | Quarterly"), or a period row in an
  // availability table ("Messzeitraum | Kalendermonat").
  const labels = rowLabels(place);
  const cellAbout =
    unitHas(labels, 'availability') ||
    (unitHas(labels, 'measurePeriod') &&
      (place.clause.heading.cueSet.has('availability') || Boolean(place.table?.wide.has('availability'))));
  const topical =
    availability.length > 0 ||
    defined ||
    ((measured || cellAbout) && (place.clause.heading.cueSet.has('availability') || cellAbout));
  if (!topical) return;
  // "The availability report is sent monthly": how often something is reported, not measured.
  if (hits.some((hit) => hit.cue === 'report' || hit.cue === 'review')) return;
  // An availability-sized share in the sentence, or — for a row label — in the same row.
  const bigShare = (m: { kind: string; value: number }) => m.kind === 'percent' && m.value >= 80;
  const row = place.table && unit.row !== undefined ? place.table.cells[unit.row]! : [];
  const hasPercent =
    mentionsIn(unit, sentence).some(bigShare) ||
    row.some((cell) => cell !== unit && cell.mentions.some(bigShare));
  for (const hit of hits) {
    if (hit.cue !== 'perMonth' && hit.cue !== 'perQuarter' && hit.cue !== 'perYear') continue;
    const text = unit.text.slice(hit.start, hit.end);
    if (FEE_WORD.test(text)) continue;
    if (/^\s*(?:fee|charge|entgelt|vergütung|gebühr|pauschale)/i.test(unit.text.slice(hit.end, hit.end + 14)))
      continue;
    if (
      /^(?:year|month|jahr|monat|monats|quarter|quartal|quartals)$/i.test(text) &&
      !/(?:per|je|pro|im|each|every|a|any|in|des|eines)\s+$/i.test(
        unit.text.slice(Math.max(0, hit.start - 12), hit.start),
      )
    )
      continue;
    const adjacent = availability.some(
      (a) =>
        (a.start >= hit.end && a.start - hit.end <= 3) ||
        (hit.start >= a.end &&
          hit.start - a.end <= 30 &&
          !mentionsIn(unit, [a.end, hit.start]).some((m) => m.kind === 'money' || m.kind === 'duration')) ||
        (a.start < hit.end && hit.start < a.end),
    );
    if (!adjacent && !hasPercent && !measured && !cellAbout && !defined) continue;
    const key = PERIOD_OF[hit.cue];
    out.push({
      id: 'availability_period',
      value: {
        kind: 'choice',
        value: availabilityPeriodLabel(key, language),
        options: availabilityPeriodOptions(language),
      },
      place,
      start: hit.start,
      end: hit.end,
      // The sentence that states the availability, with the period next to it, is the best place.
      score: (adjacent || cellAbout ? 1 : 0) + (hasPercent ? 1 : 0) + BLOCK,
    });
  }
}

const REPORT_PERIOD =
  /(?<![\p{L}])(?:(monthly|every month|each month|once a month|monatlich\p{L}*|jeden monat|einmal im monat|einmal pro monat|einmal je monat)|(quarterly|every quarter|each quarter|once a quarter|per quarter|vierteljährlich\p{L}*|quartalsweise\p{L}*|jedes quartal|einmal im quartal|einmal pro quartal|einmal je quartal|pro quartal|je quartal))(?![\p{L}])/giu;

function reportInterval(
  place: Place,
  sentence: [number, number],
  language: RecognitionLanguage,
  out: ChoiceCandidate[],
) {
  const unit = place.unit;
  const reports = hitsIn(unit, sentence, 'report');
  const labelled = unitHas(rowLabels(place), 'report');
  if (reports.length === 0 && !labelled && !place.clause.heading.cueSet.has('report')) return;
  const text = unit.text.slice(sentence[0], sentence[1]);
  REPORT_PERIOD.lastIndex = 0;
  const { keys, labels } = choiceOptions('report_interval', language);
  for (let match = REPORT_PERIOD.exec(text); match; match = REPORT_PERIOD.exec(text)) {
    const start = sentence[0] + match.index;
    const end = start + match[0].length;
    if (FEE_WORD.test(unit.text.slice(end, end + 12))) continue;
    const key = match[1] ? 'monthly' : 'quarterly';
    const near = labelled || reports.some((hit) => Math.abs(hit.start - start) <= 80);
    out.push({
      id: 'report_interval',
      value: { kind: 'choice', value: labels[key]!, options: keys.map((k) => labels[k]!) },
      place,
      start,
      end,
      score: near ? SENTENCE : HEADING,
    });
  }
}

const REVIEW_ADVERB =
  /(?<![\p{L}])(?:(annually|yearly|once a year|every year|each year|jährlich|einmal jährlich|einmal im jahr|einmal pro jahr|jedes jahr)|(semi-annually|half-yearly|twice a year|every six months|halbjährlich|zweimal jährlich|zweimal im jahr)|(quarterly|every quarter|vierteljährlich|quartalsweise))(?![\p{L}])/giu;

function reviewAdverb(place: Place, sentence: [number, number], out: ChoiceCandidate[]) {
  const unit = place.unit;
  if (!hitsIn(unit, sentence, 'review').length || !hitsIn(unit, sentence, 'agreement').length) return;
  if (hitsIn(unit, sentence, 'report').length) return;
  const text = unit.text.slice(sentence[0], sentence[1]);
  REVIEW_ADVERB.lastIndex = 0;
  for (let match = REVIEW_ADVERB.exec(text); match; match = REVIEW_ADVERB.exec(text)) {
    const months = match[1] ? 12 : match[2] ? 6 : 3;
    const start = sentence[0] + match.index;
    out.push({
      id: 'review_interval',
      value: { kind: 'duration', value: months, unit: 'months' },
      place,
      start,
      end: start + match[0].length,
      score: SENTENCE,
    });
  }
}

const REFRESH_ADVERB =
  /(?<![\p{L}])(?:(täglich|daily|every day)|(wöchentlich|weekly|every week)|(monatlich|monthly|every month|jeden monat|einmal im monat)|(vierteljährlich|quartalsweise|quarterly|every quarter)|(halbjährlich|semi-annually|half-yearly|every six months)|(jährlich|annually|yearly|every year))(?![\p{L}])/giu;
const REFRESH_PERIOD: { value: number; unit: 'days' | 'weeks' | 'months' }[] = [
  { value: 1, unit: 'days' },
  { value: 1, unit: 'weeks' },
  { value: 1, unit: 'months' },
  { value: 3, unit: 'months' },
  { value: 6, unit: 'months' },
  { value: 12, unit: 'months' },
];

/** "Die Testumgebung wird monatlich aktualisiert", "the sandbox is refreshed weekly": how often, as a duration. */
function sandboxAdverb(place: Place, sentence: [number, number], out: ChoiceCandidate[]) {
  const unit = place.unit;
  const labels = rowLabels(place);
  const about = (cue: 'sandbox' | 'refresh') =>
    hitsIn(unit, sentence, cue).length > 0 || unitHas(labels, cue);
  if (!about('sandbox') || !about('refresh')) return;
  const text = unit.text.slice(sentence[0], sentence[1]);
  REFRESH_ADVERB.lastIndex = 0;
  for (let match = REFRESH_ADVERB.exec(text); match; match = REFRESH_ADVERB.exec(text)) {
    const period = REFRESH_PERIOD[match.slice(1).findIndex(Boolean)]!;
    const start = sentence[0] + match.index;
    out.push({
      id: 'sandbox_refresh',
      value: { kind: 'duration', ...period },
      place,
      start,
      end: start + match[0].length,
      score: SENTENCE,
    });
  }
}

const DAY = String.raw`(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|[Mm]ontags?|[Dd]ienstags?|[Mm]ittwochs?|[Dd]onnerstags?|[Ff]reitags?|[Ss]amstags?|[Ss]onnabends?|[Ss]onntags?|Mo|Di|Mi|Do|Fr|Sa|So)\.?`;
const TIME = String.raw`(\d{1,2})(?:[:.](\d{2}))?(?:[ \u00a0]?(?:Uhr|h|hrs|(a\.?m\.?|p\.?m\.?)))?`;
const TIME_END = String.raw`(\d{1,2})(?:[:.](\d{2}))?(?:[ \u00a0]?(?:Uhr|h|hrs|(a\.?m\.?|p\.?m\.?)))?`;
const DASH = String.raw`[ \u00a0]*(?:-|–|—|to|through|until|till|bis)[ \u00a0]*`;
const HOURS_PATTERN = new RegExp(
  String.raw`(?<![\p{L}])(${DAY})${DASH}(${DAY})(?![\p{L}])[ \u00a0,:)]*(?:(?:from|von|between|zwischen|jeweils|each day|täglich)[ \u00a0]+)?${TIME}${DASH}${TIME_END}`,
  'gu',
);
const HOURS_TIME_FIRST = new RegExp(
  String.raw`(?<![\p{L}\d])${TIME}${DASH}${TIME_END}[ \u00a0]*,?[ \u00a0]*(?:(?:on|am|an)[ \u00a0]+)?(${DAY})${DASH}(${DAY})(?![\p{L}])`,
  'gu',
);
const ALWAYS =
  /(?<![\p{L}\d])(?:24[ \u00a0]*[/x×][ \u00a0]*7(?:[ \u00a0]*[/x×][ \u00a0]*365)?|7[ \u00a0]*[x×][ \u00a0]*24|rund um die uhr|around the clock|round the clock|24 hours a day,? 7 days a week|24 stunden (?:am tag|täglich),? (?:an )?7 tage[n]? (?:die|pro|in der) woche)(?![\p{L}\d])/giu;
const DAY_NUMBER: Record<string, number> = {
  mo: 1,
  mon: 1,
  monday: 1,
  montag: 1,
  tu: 2,
  tue: 2,
  tues: 2,
  tuesday: 2,
  di: 2,
  dienstag: 2,
  we: 3,
  wed: 3,
  wednesday: 3,
  mi: 3,
  mittwoch: 3,
  th: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  do: 4,
  donnerstag: 4,
  fr: 5,
  fri: 5,
  friday: 5,
  freitag: 5,
  sa: 6,
  sat: 6,
  saturday: 6,
  samstag: 6,
  sonnabend: 6,
  su: 7,
  sun: 7,
  sunday: 7,
  so: 7,
  sonntag: 7,
};

function hourOf(hour: string, minute: string | undefined, meridiem: string | undefined): number {
  let h = Number(hour);
  if (meridiem && /p/i.test(meridiem) && h < 12) h += 12;
  if (meridiem && /a/i.test(meridiem) && h === 12) h = 0;
  return h * 60 + Number(minute ?? 0);
}

/** Support is only service hours when it says it is there ("available", "staffed", "erreichbar"). */
const STAFFED =
  /(?<![\p{L}])(?:available|staffed|open|operates|operating|manned|erreichbar|besetzt|zur verfügung|verfügbar|geöffnet|arbeitet)(?![\p{L}])/iu;

/** Our templates' service hours, when the customer's are exactly one of them. */
function optionOf(
  from: number | undefined,
  to: number | undefined,
  start: number,
  end: number,
): string | undefined {
  if (from === 1 && to === 5 && start === 8 * 60 && end === 18 * 60) return 'weekdays-standard';
  if (from === 1 && to === 5 && start === 7 * 60 && end === 20 * 60) return 'weekdays-extended';
  if (from === 1 && to === 6 && start === 7 * 60 && end === 20 * 60) return 'weekdays-saturday';
  return undefined;
}

function serviceHours(
  place: Place,
  sentence: [number, number],
  language: RecognitionLanguage,
  out: ChoiceCandidate[],
) {
  const unit = place.unit;
  const here =
    hitsIn(unit, sentence, 'serviceHours').length > 0 ||
    (hitsIn(unit, sentence, 'support').length > 0 &&
      STAFFED.test(unit.text.slice(sentence[0], sentence[1]))) ||
    unitHas(rowLabels(place), 'serviceHours') ||
    unitHas(columnHeader(place), 'serviceHours');
  const byHeading =
    place.clause.heading.cueSet.has('serviceHours') ||
    (place.clause.heading.cueSet.has('support') && STAFFED.test(unit.text.slice(sentence[0], sentence[1])));
  if (!here && !byHeading) return;
  if (hitsIn(unit, sentence, 'maintenance').length || place.clause.heading.cueSet.has('maintenance')) return;
  // "Zutritt zur Stellfläche: Mo–Fr 08–18 Uhr" is when the data centre may be visited (accessHours).
  if (!here && hitsIn(unit, sentence, 'siteAccess').length) return;
  readHours(place, sentence, language, out, 'service_hours', here ? SENTENCE : HEADING);
}

/** "Zutritt zu seiner Stellfläche: Montag bis Freitag, 08:00 bis 18:00 Uhr", "data centre access: 24/7". */
function accessHours(
  place: Place,
  sentence: [number, number],
  language: RecognitionLanguage,
  out: ChoiceCandidate[],
) {
  const unit = place.unit;
  const here =
    hitsIn(unit, sentence, 'siteAccess').length > 0 ||
    unitHas(rowLabels(place), 'siteAccess') ||
    unitHas(columnHeader(place), 'siteAccess');
  const byHeading = place.clause.heading.cueSet.has('siteAccess');
  if (!here && !byHeading) return;
  if (hitsIn(unit, sentence, 'serviceHours').length || hitsIn(unit, sentence, 'maintenance').length) return;
  readHours(place, sentence, language, out, 'access_hours', here ? SENTENCE : HEADING);
}

/** The hours written in a sentence, as one of our options for `id` when they are exactly one, else as text. */
function readHours(
  place: Place,
  sentence: [number, number],
  language: RecognitionLanguage,
  out: ChoiceCandidate[],
  id: 'service_hours' | 'access_hours',
  score: number,
) {
  const unit = place.unit;
  const text = unit.text.slice(sentence[0], sentence[1]);
  const { keys, labels } = choiceOptions(id, language);
  const options = keys.map((k) => labels[k]!);
  const push = (start: number, end: number, key: string | undefined) => {
    const value: TermValue =
      key && keys.includes(key)
        ? { kind: 'choice', value: labels[key]!, options }
        : { kind: 'text', value: unit.text.slice(start, end) };
    out.push({ id, value, place, start, end, score });
  };
  // "Monitoring runs around the clock", "überwacht die Zutrittskontrolle rund um die Uhr": not these hours.
  const monitoring = hitsIn(unit, sentence, 'measure').length > 0;
  ALWAYS.lastIndex = 0;
  for (let match = monitoring ? null : ALWAYS.exec(text); match; match = ALWAYS.exec(text)) {
    const start = sentence[0] + match.index;
    push(start, start + match[0].length, 'always');
  }
  HOURS_PATTERN.lastIndex = 0;
  for (let match = HOURS_PATTERN.exec(text); match; match = HOURS_PATTERN.exec(text)) {
    const from = DAY_NUMBER[match[1]!.replace('.', '').toLowerCase()];
    const to = DAY_NUMBER[match[2]!.replace('.', '').toLowerCase()];
    const startMin = hourOf(match[3]!, match[4], match[5]);
    const endMin = hourOf(match[6]!, match[7], match[8]);
    const start = sentence[0] + match.index;
    const end = start + match[0].length;
    const key = optionOf(from, to, startMin, endMin);
    // A second range right after ("Mo–Fr 8–18 Uhr, Sa 9–13 Uhr") is part of the same hours.
    const rest = unit.text.slice(end, sentence[1]);
    const more = new RegExp(
      String.raw`^[ \u00a0]*(?:,|;|and|und|sowie)[ \u00a0]*(?:${DAY})(?:${DASH}${DAY})?[ \u00a0,:]*${TIME}${DASH}${TIME_END}`,
      'u',
    ).exec(rest);
    if (more) push(start, end + more[0].length, undefined);
    else push(start, end, key);
  }
  HOURS_TIME_FIRST.lastIndex = 0;
  for (let match = HOURS_TIME_FIRST.exec(text); match; match = HOURS_TIME_FIRST.exec(text)) {
    const start = sentence[0] + match.index;
    const from = DAY_NUMBER[match[7]!.replace('.', '').toLowerCase()];
    const to = DAY_NUMBER[match[8]!.replace('.', '').toLowerCase()];
    push(
      start,
      start + match[0].length,
      optionOf(from, to, hourOf(match[1]!, match[2], match[3]), hourOf(match[4]!, match[5], match[6])),
    );
  }
}

const SLOT_DAY = String.raw`(?:Mondays?|Tuesdays?|Wednesdays?|Thursdays?|Fridays?|Saturdays?|Sundays?|weekends?|montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|sonnabends|am Wochenende|an Wochenenden|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)`;
const SLOT = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:every|each|jeden|jeweils)[ \u00a0]+)?${SLOT_DAY}(?:[ \u00a0]+(?:night|nights|nachts|night-time))?[ \u00a0,]*(?:(?:from|von|between|zwischen|in der Zeit von|at|um|ab)[ \u00a0]+)?\d{1,2}(?:[:.]\d{2})?(?:[ \u00a0]?(?:Uhr|h|a\.?m\.?|p\.?m\.?))?[ \u00a0]*(?:-|–|—|to|until|bis|and|und)[ \u00a0]*(?:(?:the following[ \u00a0]+)?${SLOT_DAY}[ \u00a0,]*(?:(?:at|um)[ \u00a0]+)?)?\d{1,2}(?:[:.]\d{2})?(?:[ \u00a0]?(?:Uhr|h|a\.?m\.?|p\.?m\.?))?`,
  'gu',
);

function maintenanceSlot(place: Place, sentence: [number, number], out: ChoiceCandidate[]) {
  const unit = place.unit;
  const hits: CueHit[] = hitsIn(unit, sentence, 'maintenance');
  if (
    hits.length === 0 &&
    !(place.clause.heading.cueSet.has('maintenance') && unitHas([place.unit], 'maintenance'))
  ) {
    if (!place.clause.heading.cueSet.has('maintenance')) return;
  }
  const text = unit.text.slice(sentence[0], sentence[1]);
  SLOT.lastIndex = 0;
  for (let match = SLOT.exec(text); match; match = SLOT.exec(text)) {
    const start = sentence[0] + match.index;
    const end = start + match[0].length;
    out.push({
      id: 'maintenance_window_slot',
      value: { kind: 'text', value: unit.text.slice(start, end) },
      place,
      start,
      end,
      score: hits.length ? SENTENCE : HEADING,
    });
  }
}

const IMMEDIATE =
  /(?<![\p{L}])(?:fristlos|ohne einhaltung einer (?:kündigungs)?frist|mit sofortiger wirkung|without (?:prior |any )?notice|with immediate effect|immediately)(?![\p{L}])/iu;

/** "kann der Kunde fristlos kündigen", "may terminate with immediate effect": a notice period of 0 days. */
function immediateExit(place: Place, sentence: [number, number], out: ChoiceCandidate[]) {
  const unit = place.unit;
  if (!hitsIn(unit, sentence, 'terminate').length) return;
  const chronic =
    hitsIn(unit, sentence, 'chronic').length > 0 ||
    hitsIn(unit, sentence, 'miss').length > 0 ||
    mentionsIn(unit, sentence).some((m) => m.consecutive) ||
    place.clause.heading.cueSet.has('chronic');
  if (!chronic) return;
  const match = IMMEDIATE.exec(unit.text.slice(sentence[0], sentence[1]));
  if (!match) return;
  const start = sentence[0] + match.index;
  out.push({
    id: 'chronic_failure_notice',
    value: { kind: 'duration', value: 0, unit: 'days' },
    place,
    start,
    end: start + match[0].length,
    score: SENTENCE,
  });
}

/** "5 % of the monthly fee", "der Jahresvergütung", a header "(% of monthly charges)": what credits are a share of. */
function creditBase(
  place: Place,
  sentence: [number, number],
  language: RecognitionLanguage,
  out: ChoiceCandidate[],
) {
  const unit = place.unit;
  const credit =
    hitsIn(unit, sentence, 'credit').length > 0 ||
    (place.clause.heading.cueSet.has('credit') && !place.isHeader);
  if (!credit || hitsIn(unit, sentence, 'liability').length > 0) return;
  for (const hit of hitsIn(unit, sentence, 'shareOfFee')) {
    const words = unit.text.slice(hit.start, hit.end);
    const key: AvailabilityPeriodKey | undefined = /monat|month/i.test(words)
      ? 'monthly'
      : /quart|quarter/i.test(words)
        ? 'quarterly'
        : /jahr|jähr|annual|year/i.test(words)
          ? 'yearly'
          : undefined;
    if (!key) continue;
    out.push({
      id: 'credit_base',
      value: {
        kind: 'choice',
        value: availabilityPeriodLabel(key, language),
        options: availabilityPeriodOptions(language),
      },
      place,
      start: hit.start,
      end: hit.end,
      score: SENTENCE,
    });
  }
}

type ChannelKey = 'portal' | 'email' | 'phone' | 'chat';
const CHANNEL = new RegExp(
  String.raw`(?<![\p{L}])(?:((?:ticket|self[- ]?service|kunden|web|online|support|service)?[- ]?portal\p{L}*|ticketsystem\p{L}*|web[- ]?form(?:ular)?\p{L}*)|(e-?mails?|(?<![\p{L}-])mail)|(telefon\p{L}*|telephone|phone|hotline)|((?:live[- ]?)?chat\p{L}*))(?![\p{L}])`,
  'giu',
);
const CHANNEL_KEYS: ChannelKey[] = ['portal', 'email', 'phone', 'chat'];
const CHANNEL_NOUN = /kontakt|kanal|kanäle|channel|contact option/iu;
/** What may stand between two channels of one list ("Telefon, E-Mail und über das Ticketportal"). */
const LIST_JOIN =
  /^[\s\u00a0]*(?:,|;|\/|&|und|and|oder|or|sowie|as well as|plus)?[\s\u00a0]*(?:(?:per|via|by|über|through|using|mit|in|im|the|das|den|dem|der|die|unser\p{L}*|our|its|sein\p{L}*|ihr\p{L}*)[\s\u00a0]+)*$/iu;
const CHANNEL_OPTION: Record<string, string> = {
  'portal email': 'portal-email',
  'portal email phone': 'portal-email-phone',
  'portal email phone chat': 'portal-email-phone-chat',
};

/** The run of words from `pattern` joined only by list words that names the most of them, with their keys. */
function listRun(
  text: string,
  from: number,
  pattern: RegExp,
  keyOf: (match: RegExpExecArray) => string,
): { start: number; end: number; keys: Set<string> } | undefined {
  let best: { start: number; end: number; keys: Set<string> } | undefined;
  let run: typeof best;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (run && LIST_JOIN.test(text.slice(run.end - from, match.index))) {
      run.end = end;
      run.keys.add(keyOf(match));
    } else run = { start, end, keys: new Set([keyOf(match)]) };
    if (!best || run === best || run.keys.size > best.keys.size) best = run;
  }
  return best;
}

/** "Die Anwender erreichen ihn über folgende Kontaktwege: Ticketportal, E-Mail und Telefon." */
function ticketChannels(
  place: Place,
  sentence: [number, number],
  language: RecognitionLanguage,
  out: ChoiceCandidate[],
) {
  const unit = place.unit;
  // "über folgende Kontaktwege", or the support "ist per … erreichbar" (a control room reached by phone is not).
  const hits = hitsIn(unit, sentence, 'channel');
  const named =
    hits.some((hit) => CHANNEL_NOUN.test(unit.text.slice(hit.start, hit.end))) ||
    unitHas(rowLabels(place), 'channel');
  const desk = hitsIn(unit, sentence, 'support').length > 0 || place.clause.heading.cueSet.has('channel');
  if (!named && !(hits.length && desk)) return;
  const text = unit.text.slice(sentence[0], sentence[1]);
  const run = listRun(
    text,
    sentence[0],
    CHANNEL,
    (match) => CHANNEL_KEYS[match.slice(1).findIndex(Boolean)]!,
  );
  // One channel is how to reach someone, not the service desk's set of channels.
  if (!run || run.keys.size < 2) return;
  const { keys, labels } = choiceOptions('ticket_channels', language);
  const key = CHANNEL_OPTION[CHANNEL_KEYS.filter((k) => run.keys.has(k)).join(' ')];
  const value: TermValue = key
    ? { kind: 'choice', value: labels[key]!, options: keys.map((k) => labels[k]!) }
    : { kind: 'text', value: unit.text.slice(run.start, run.end) };
  out.push({ id: 'ticket_channels', value, place, start: run.start, end: run.end, score: SENTENCE });
}

type LanguageKey = 'german' | 'english' | 'french' | 'other';
const LANGUAGE_WORD = new RegExp(
  String.raw`(?<![\p{L}])(?:(deutsch(?:e|er|en|em|es)?|german)|(englisch(?:e|er|en|em|es)?|english)|(französisch(?:e|er|en|em|es)?|french)|(italienisch(?:e|er|en|em|es)?|italian|spanisch(?:e|er|en|em|es)?|spanish|niederländisch(?:e|er|en|em|es)?|dutch|polnisch(?:e|er|en|em|es)?|polish|türkisch(?:e|er|en|em|es)?|turkish))(?![\p{L}])`,
  'giu',
);
const LANGUAGE_KEYS: LanguageKey[] = ['german', 'english', 'french', 'other'];
const LANGUAGE_OPTION: Record<string, string> = {
  german: 'german',
  english: 'english',
  'german english': 'german-english',
  'german english french': 'german-english-french',
};
/** Requests and their handling: what a service desk does in a language (documentation or training is not). */
const SERVICE_WORDS =
  /anfrage|anliegen|meldung|ticket|störung|support|hotline|request|incident|enquir|handled|answered|bearbeit|betreu|beantwort/iu;
/** The language of the contract itself, not of the service desk. */
const CONTRACT_LANGUAGE =
  /fassung|übersetzung|maßgeblich|verbindlich|version|translation|prevail|binding|governing|vertragssprache/iu;

/** "Anliegen bearbeitet er in folgenden Sprachen: Deutsch und Englisch", "support in German and English". */
function supportLanguages(
  place: Place,
  sentence: [number, number],
  language: RecognitionLanguage,
  out: ChoiceCandidate[],
) {
  const unit = place.unit;
  const named = hitsIn(unit, sentence, 'language').length > 0 || unitHas(rowLabels(place), 'language');
  if (!named && !hitsIn(unit, sentence, 'support').length) return;
  const text = unit.text.slice(sentence[0], sentence[1]);
  if (CONTRACT_LANGUAGE.test(text) || hitsIn(unit, sentence, 'agreement').length) return;
  const desk =
    unit.cueSet.has('support') ||
    SERVICE_WORDS.test(text) ||
    place.clause.heading.cueSet.has('support') ||
    place.clause.heading.cueSet.has('language') ||
    place.clause.heading.cueSet.has('channel') ||
    unitHas(rowLabels(place), 'support');
  if (!desk) return;
  const run = listRun(
    text,
    sentence[0],
    LANGUAGE_WORD,
    (match) => LANGUAGE_KEYS[match.slice(1).findIndex(Boolean)]!,
  );
  if (!run) return;
  // Without the word "language", only "support … in German and English" says it.
  if (!named && !/(?:^|[\s\u00a0])(?:in|auf)[\s\u00a0]+$/iu.test(unit.text.slice(sentence[0], run.start)))
    return;
  const { keys, labels } = choiceOptions('support_languages', language);
  const key = LANGUAGE_OPTION[LANGUAGE_KEYS.filter((k) => run.keys.has(k)).join(' ')];
  const value: TermValue = key
    ? { kind: 'choice', value: labels[key]!, options: keys.map((k) => labels[k]!) }
    : { kind: 'text', value: unit.text.slice(run.start, run.end) };
  out.push({ id: 'support_languages', value, place, start: run.start, end: run.end, score: SENTENCE });
}
