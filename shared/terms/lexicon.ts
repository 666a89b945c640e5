/**
 * The words that say what a value is about, in German and English. Each cue is a family of spellings:
 * German builds compounds ("Zielverfügbarkeit", "Monatsentgelt", "Haftungshöchstbetrag"), so German stems
 * match inside words; English stems match at a word start. Adding a word here is how the recogniser
 * learns new wording — keep each family to one meaning.
 */

import { foldCase, PhraseMatcher } from './phraseMatcher';

export const CUES = [
  'availability',
  'availabilityOther',
  'credit',
  'bonus',
  'cap',
  'liability',
  'liabilitySpecial',
  'insurance',
  'fee',
  'feeOther',
  'total',
  'perMonth',
  'perYear',
  'perQuarter',
  'perOther',
  'maintenance',
  'advance',
  'claim',
  'terminate',
  'chronic',
  'miss',
  'report',
  'review',
  'agreement',
  'response',
  'restore',
  'resolve',
  'update',
  'escalation',
  'average',
  'disaster',
  'backup',
  'retain',
  'dataLoss',
  'incident',
  'priority',
  'priorityLabel',
  'serviceHours',
  'support',
  'forceMajeure',
  'security',
  'onsite',
  'arrival',
  'measure',
  'measurePeriod',
  'target',
  'change',
  'answer',
  'notice',
  'tax',
  'otherPercent',
  'shareOfFee',
  // Hosting and data centre
  'power',
  'cooling',
  'network',
  'rack',
  'additional',
  'replace',
  'hardware',
  'remoteHands',
  'included',
  'siteAccess',
  // Service desk
  'call',
  'pickUp',
  'abandon',
  'firstContact',
  'satisfaction',
  'kpi',
  'acknowledge',
  'written',
  'serviceRequest',
  'forecast',
  'rollout',
  'users',
  'channel',
  'language',
  // Software as a service
  'recoveryTime',
  'disasterEvent',
  'release',
  'deprecation',
  'feature',
  'announce',
  'dataExport',
  'deletion',
  'contractEnd',
  'contractStart',
  'sandbox',
  'refresh',
  'audit',
  'onboarding',
] as const;
export type Cue = (typeof CUES)[number];

type Mode = 'word' | 'prefix' | 'inner';
/** A spelling of a cue: a literal phrase with how it must sit among the letters, or a regular expression. */
type Entry = { mode: Mode; literal: string } | { regex: string };

/**
 * Expands the small pattern language the lexicon is written in — `[- ]`, `x?`, `(?:a|b)`, `\\s`, `\\.` and
 * a trailing `\\p{L}*` ("any ending") — into literal phrases for the phrase matcher. Anything richer
 * (look-arounds, repetition) stays a regular expression.
 */
/** The characters of a class body: `- ` is a dash and a space, `0-9` the ten digits. */
function classChars(body: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (body[i + 1] === '-' && i + 2 < body.length) {
      for (let code = char.charCodeAt(0); code <= body.charCodeAt(i + 2); code++)
        out.push(String.fromCharCode(code));
      i += 2;
    } else out.push(char);
  }
  return out;
}

function expand(pattern: string): { phrases: string[]; anyEnding: boolean } | null {
  let anyEnding = false;
  let source = pattern;
  if (source.endsWith('\\p{L}*')) {
    anyEnding = true;
    source = source.slice(0, -'\\p{L}*'.length);
  }
  let pos = 0;
  const fail = () => {
    throw new Error('not a literal pattern');
  };
  const alternation = (): string[] => {
    let out = sequence();
    while (source[pos] === '|') {
      pos++;
      out = out.concat(sequence());
    }
    return out;
  };
  const sequence = (): string[] => {
    let out = [''];
    while (pos < source.length && source[pos] !== '|' && source[pos] !== ')') {
      let atom: string[] = [];
      const char = source[pos]!;
      if (source.startsWith('(?:', pos)) {
        pos += 3;
        atom = alternation();
        if (source[pos] !== ')') fail();
        pos++;
      } else if (char === '(' || char === '*' || char === '+' || char === '{') fail();
      else if (char === '[') {
        const close = source.indexOf(']', pos);
        if (close < 0) fail();
        atom = classChars(source.slice(pos + 1, close).replace(/\\/g, ''));
        pos = close + 1;
      } else if (char === '\\') {
        const next = source[pos + 1];
        if (next === 's') atom = [' '];
        else if (next && /[.\-$()[\]'’]/.test(next)) atom = [next];
        else return fail();
        pos += 2;
        if (source[pos] === '+') pos++;
      } else {
        atom = [char];
        pos++;
      }
      if (source[pos] === '?') {
        pos++;
        atom = [...atom, ''];
      }
      out = out.flatMap((head) => atom.map((tail) => head + tail));
    }
    return out;
  };
  try {
    const phrases = alternation();
    if (pos !== source.length) return null;
    return { phrases, anyEnding };
  } catch {
    return null;
  }
}

function entries(mode: Mode, alternatives: string[]): Entry[] {
  const boundary = {
    word: ['(?<![\\p{L}\\p{N}])', '(?![\\p{L}])'],
    prefix: ['(?<![\\p{L}])', ''],
    inner: ['', ''],
  }[mode];
  return alternatives.flatMap((alternative): Entry[] => {
    const expanded = expand(alternative);
    if (!expanded) return [{ regex: `${boundary[0]}(?:${alternative})${boundary[1]}` }];
    const literalMode: Mode = expanded.anyEnding && mode === 'word' ? 'prefix' : mode;
    return expanded.phrases.map((literal) => ({ mode: literalMode, literal }));
  });
}

/** Whole words (or phrases) only. */
const W = (...alternatives: string[]) => entries('word', alternatives);
/** At a word start, any ending ("availab" → "availability", "available"). */
const P = (...alternatives: string[]) => entries('prefix', alternatives);
/** Anywhere, for German compounds ("verfügbar" in "Zielverfügbarkeit"). */
const I = (...alternatives: string[]) => entries('inner', alternatives);
/** A regular expression over the case-folded text, for what a phrase list cannot say. */
const R = (source: string): Entry[] => [{ regex: source }];
const any = (...groups: Entry[][]) => groups.flat();

/**
 * The hosting, service desk and SaaS families' own terms. Each family is one meaning: the topic words
 * ("Stromversorgung", "Abbruchquote", "Testumgebung") say what a value is about, a few helper families
 * say how it is meant ("included", "announced", "after the end of the agreement").
 */
const FAMILY_ENTRIES = {
  // Hosting and data centre: the three supplies a rack needs, and what a customer does there.
  power: any(
    W('power', 'power supply', 'power feed', 'power circuits?', 'electricity', 'electrical supply'),
    W('electrical power', 'dual feed'),
    I('strom', 'energieversorgung', 'usv-'),
  ),
  cooling: any(
    P('cooling', 'climate', 'air[- ]condition', 'humidity', 'temperature', 'hvac'),
    I('kühlung', 'klima', 'kälte', 'temperatur', 'luftfeuchte', 'luftfeuchtigkeit'),
  ),
  network: any(
    W('network', 'networks', 'network connection', 'connectivity', 'uplink', 'uplinks', 'ip transit'),
    W('internet connection', 'internet connectivity', 'internet access', 'upstream', 'carrier'),
    I('netzanbindung', 'netzwerk', 'netzverfügbarkeit', 'internetanbindung', 'konnektivität', 'uplink'),
    I('anbindung', 'ip-transit', 'carrieranbindung'),
  ),
  rack: any(
    P('rack'),
    W('colocation', 'co-location', 'cage', 'cages', 'cabinet', 'cabinets', 'floor space'),
    I('serverrack', 'zusatzrack', 'stellfläche', 'höheneinheit', 'käfig'),
  ),
  additional: any(
    W('additional', 'further', 'extra', 'expansion', 'expand', 'extension', 'extend', 'new'),
    I('zusätzlich', 'weitere', 'erweiter', 'zusatz'),
  ),
  // "Ersatz" alone is a replacement; "Ersatzteile" (spare parts) are hardware.
  replace: any(
    P('replac', 'swap', 'exchang'),
    W('ersatz'),
    I('austausch', 'ausgetauscht', 'tauscht', 'ersetzt', 'ersetzen', 'ersetzung', 'ersatzgerät'),
    I('ersatzkomponente', 'ersatzhardware', 'austauschgerät'),
  ),
  hardware: any(
    W('hardware', 'parts?', 'spare parts?', 'components?', 'devices?', 'disks?', 'drives?', 'psus?', 'fans?'),
    W('servers?', 'pcs?', 'laptops?', 'notebooks?'),
    I('hardware', 'komponente', 'bauteil', 'ersatzteil', 'festplatte', 'netzteil', 'gerät', 'rechner'),
  ),
  remoteHands: any(
    I('remote hands', 'remote-hands', 'remote hand', 'remote-hand', 'remotehands', 'smart hands'),
    I('smart-hands', 'hands-on-service', 'hands and eyes'),
  ),
  included: any(
    W('include', 'includes', 'included', 'including', 'inclusive', 'covers', 'covered', 'allowance'),
    W('free of charge', 'at no extra charge', 'at no additional charge', 'at no additional cost', 'quota'),
    I('umfasst', 'umfassen', 'enthalten', 'inklusive', 'inkludiert', 'inbegriffen', 'abgegolten'),
    I('kontingent', 'freistunden', 'kostenfrei', 'kostenlos', 'ohne aufpreis'),
  ),
  // Physical access: a visit to the data centre, not access to an application or to data.
  siteAccess: any(
    W(
      'visit',
      'visits',
      'visitor',
      'visitors',
      'site access',
      'physical access',
      'data cent(?:re|er) access',
    ),
    W('access to (?:the|its|their|our) (?:data cent(?:re|er)|rack|racks|rack space|premises|cage|site)'),
    I('zutritt', 'besuch', 'begehung', 'zugang zum rechenzentrum', 'zugang zur stellfläche'),
    I('zugang zu den räumlichkeiten', 'zugang zum serverraum'),
  ),
  // Service desk: the quality figures of a help desk, each a share of calls, tickets or ratings.
  call: any(
    W('calls?', 'phone calls?', 'telephone calls?', 'incoming calls?', 'inbound calls?', 'callers?'),
    W('answer rate', 'answering rate', 'answer time', 'time to answer', 'speed of answer'),
    W('anruf', 'anrufe', 'anrufen', 'anrufs', 'anrufer', 'anrufern', 'telefonate'),
    I('anrufannahme', 'annahmequote', 'rufannahme', 'annahmezeit', 'telefonanruf'),
  ),
  pickUp: any(
    W('answered', 'answer', 'answers', 'answering', 'picked up', 'pick up', 'taken', 'accepted'),
    I('angenommen', 'entgegengenommen', 'annahme', 'annimmt', 'abgenommen', 'beantwortet', 'nimmt'),
  ),
  abandon: any(
    P('abandon', 'hang up', 'hangs up', 'hung up', 'hanging up', 'dropped calls', 'lost calls'),
    I('abbruch', 'abgebrochen', 'aufgelegt', 'auflegen', 'legen auf', 'legt auf', 'verlorene anrufe'),
    // Callers who give up before anyone answers ("legen vor der Annahme auf", "before being answered").
    I(
      'vor der annahme',
      'vor annahme',
      'vor der anrufannahme',
      'bevor ein mitarbeiter',
      'before being answered',
    ),
    I('before they are answered', 'before an agent', 'before answer'),
  ),
  firstContact: any(
    P('first[- ]contact', 'first[- ]call', 'first[- ]time fix', 'first[- ]time resolution', 'fcr'),
    P('first[- ]level resolution', 'resolved at (?:the )?first', 'resolved on (?:the )?first'),
    P('resolved during the first', 'solved at (?:the )?first', 'at the first contact', 'on first contact'),
    I('erstlösung', 'erstloesung', 'erstkontakt', 'ersten kontakt', 'ersten anruf', 'erstanruf'),
  ),
  satisfaction: any(P('satisf', 'csat'), I('zufriedenheit', 'zufrieden')),
  kpi: any(
    W('kpi', 'kpis', 'key performance indicators?', 'quality figures?', 'performance figures?', 'figures?'),
    W('quality metrics?', 'service level metrics?', 'metrics?'),
    I('kennzahl', 'kennwert', 'qualitätsziel', 'qualitätswert', 'qualitätsmerkmal'),
  ),
  acknowledge: any(
    P('acknowledg', 'confirm receipt', 'confirms receipt', 'confirmation of receipt', 'receipt confirmation'),
    P('auto-reply', 'automatic reply'),
    I('eingangsbestätigung', 'eingangsbestaetigung', 'empfangsbestätigung', 'bestätigt', 'bestätigung'),
    I('quittiert', 'quittierung'),
  ),
  // A ticket written rather than phoned in.
  written: any(
    W('e-mails?', 'emails?', 'mails?', 'in writing', 'written', 'portal', 'web form', 'tickets?'),
    I('schriftlich', 'e-mail', 'textform', 'ticketportal', 'webformular', 'kundenportal', 'ticket'),
  ),
  serviceRequest: any(
    W('service requests?', 'standard requests?', 'standard service requests?', 'catalogue requests?'),
    W('catalog requests?', 'catalogue items?', 'catalog items?', 'request fulfill?ment', 'fulfill?ment'),
    I('serviceanfrage', 'serviceanforderung', 'serviceauftrag', 'serviceaufträge', 'standardanfrage'),
    I('standardanforderung', 'standardauftr', 'katalogleistung', 'erledigungszeit'),
  ),
  forecast: any(
    P('forecast', 'projected volume', 'planned volume', 'expected volume', 'estimated volume'),
    W('agreed volumes?', 'volume tolerance', 'tolerance', 'fluctuations?'),
    I('prognose', 'prognostiziert', 'forecast', 'planmenge', 'planvolumen', 'toleranz', 'mehrmenge'),
    I('mehrvolumen'),
    I('mengenschwankung', 'volumenschwankung'),
  ),
  rollout: any(
    P('rollout', 'roll-out', 'roll out', 'rolling out'),
    I('rollout', 'roll-out', 'einführungsprojekt', 'einführungsvorhaben', 'einführung neuer'),
  ),
  // How users reach the service desk, and in which languages it works.
  channel: any(
    W(
      'channels?',
      'contact channels?',
      'contact options?',
      'reachable',
      'reached',
      'can be reached',
      'reach',
    ),
    W('available by', 'available via', 'available through', 'contact (?:it|us|the service desk) by'),
    I('kontaktweg', 'kontaktkanal', 'kontaktkanäle', 'kanal', 'kanäle', 'erreichbar', 'erreichen'),
  ),
  language: any(W('languages?', 'language support'), I('sprache', 'sprachlich')),
  users: any(
    W('users?', 'named users?', 'end users?', 'seats?', 'licen[cs]es?', 'employees'),
    I('nutzer', 'anwender', 'benutzer', 'arbeitsplätze', 'lizenzen'),
  ),
  // Software as a service: disaster recovery, releases, and the customer's data at the end.
  recoveryTime: any(
    W('rto', 'recovery time objective', 'recovery time', 'time to recover'),
    I('wiederanlauf', 'notfallwiederherstellung', 'wiederherstellung im notfall'),
    I('wiederherstellung im katastrophenfall'),
  ),
  disasterEvent: any(W('disaster', 'disasters'), I('notfall', 'katastroph', 'desaster', 'havarie')),
  release: any(
    W('releases?', 'major releases?', 'new versions?', 'major versions?', 'upgrades?', 'version upgrades?'),
    I('release', 'hauptversion', 'neue version', 'neuen version', 'neuer version', 'versionswechsel'),
    I('versionssprung', 'upgrade'),
  ),
  deprecation: any(
    P('deprecat', 'discontinu', 'sunset', 'end[- ]of[- ]life', 'withdraw', 'remov', 'retire', 'decommission'),
    I('abkündig', 'abgekündigt', 'wegfall', 'wegfällt', 'entfern', 'abschaltung', 'abgeschaltet'),
    I('nicht mehr unterstützt', 'nicht mehr angeboten', 'eingestellt'),
  ),
  feature: any(
    W('features?', 'functions?', 'functionality', 'functionalities', 'interfaces?', 'apis?', 'modules?'),
    W('endpoints?'),
    I('funktion', 'schnittstelle', 'modul', 'leistungsmerkmal', 'feature'),
  ),
  announce: any(
    W('announce', 'announces', 'announced', 'announcing', 'announcement', 'notify', 'notifies', 'notified'),
    W('notification', 'inform', 'informs', 'informed'),
    I('ankündig', 'angekündig', 'anzukündig', 'kündigt', 'benachrichtig', 'mitteil', 'informier'),
  ),
  dataExport: any(
    P('export', 'download', 'retriev', 'data return', 'return of (?:the )?(?:customer )?data'),
    I('export', 'herunterlad', 'datenrückgabe', 'rückgabe der daten', 'abruf der daten'),
  ),
  deletion: any(
    P('delet', 'erase', 'erasure', 'destroy', 'destruction', 'purg', 'wipe'),
    I('lösch', 'loesch', 'vernicht'),
  ),
  contractEnd: any(
    W('end of the agreement', 'end of the contract', 'end of the term', 'expiry', 'expiration'),
    W('ends', 'ended', 'end of contract', 'contract end', 'exit'),
    I('vertragsende', 'vertragsbeendigung', 'laufzeitende', 'ende des vertrag', 'ende der vertragslaufzeit'),
    I('ablauf des vertrag', 'ende der laufzeit'),
  ),
  contractStart: any(
    W('signing', 'signature', 'signed', 'effective date', 'contract start', 'start of the agreement'),
    W('commencement date', 'conclusion of the (?:contract|agreement)'),
    I('vertragsschluss', 'vertragsabschluss', 'vertragsunterzeichnung', 'unterzeichnung', 'vertragsbeginn'),
    I('auftragserteilung', 'beauftragung'),
  ),
  sandbox: any(
    P('sandbox', 'test environment', 'testing environment', 'staging', 'test system', 'test instance'),
    P('non-production', 'pre-production', 'preproduction', 'qa environment', 'uat environment'),
    I('sandbox', 'testumgebung', 'testsystem', 'testinstanz', 'staging', 'abnahmeumgebung'),
    I('qs-umgebung', 'integrationsumgebung', 'testmandant'),
  ),
  refresh: any(
    P('refresh', 'copy', 'copies', 'sync', 'clone', 'mirror', 'replicat'),
    I('aktualisier', 'kopie', 'abgleich', 'gleicht', 'spiegel', 'synchronis', 'klon'),
  ),
  audit: any(
    W('audits?', 'audited', 'auditing', 'inspections?', 'on-site inspections?'),
    W('prüfung', 'prüfungen', 'prüfungsrecht', 'kontrolle', 'kontrollen', 'inspektion', 'inspektionen'),
    I('audit', 'vor-ort-prüfung', 'vor-ort-kontrolle'),
  ),
  onboarding: any(
    P('onboard', 'on-board', 'set[- ]up', 'sets up', 'setting up', 'implementation', 'go-live', 'go live'),
    P('provisioning', 'activation', 'commissioning'),
    I('onboarding', 'einrichtung', 'eingerichtet', 'einzurichten', 'richtet', 'freischaltung'),
    I('freigeschaltet', 'implementierung'),
  ),
} satisfies Partial<Record<Cue, Entry[]>>;

const ENTRIES: Record<Cue, Entry[]> = {
  ...FAMILY_ENTRIES,
  availability: any(I('verfügbar', 'verfuegbar', 'availab'), P('uptime', 'up-time', 'betriebsbereitschaft')),
  // Shares that are not the availability of the service.
  availabilityOther: any(
    P('packet loss', 'latenc', 'jitter', 'round[- ]trip', 'throughput', 'error rate', 'bandwidth', 'satisf'),
    I('paketverlust', 'latenz', 'durchsatz', 'fehlerrate', 'fehlerquote', 'bandbreite', 'zufriedenheit'),
    I('erstlösungsquote', 'lösungsquote', 'quote'),
    P(
      'first[- ]call',
      'of all (?:tickets|calls|requests|incidents)',
      'of (?:tickets|calls|requests|incidents)',
    ),
    P(
      'calls',
      'anrufe',
      'der (?:tickets|anrufe|anfragen|störungen|meldungen)',
      'aller (?:tickets|anrufe|anfragen|störungen|meldungen)',
    ),
    P('backup success', 'erfolgsquote', 'cpu', 'auslastung', 'utili[sz]ation', 'speicher', 'storage'),
  ),
  credit: any(
    P('credit', 'refund', 'rebate', 'penalt', 'fee reduction', 'service credit', 'price reduction'),
    P(
      'liquidated damages',
      'reduction of the (?:monthly |annual )?(?:fees?|charges?)',
      'fees? (?:is|are|will be) reduced',
    ),
    I('reduziert sich', 'vermindert sich', 'reduziert der anbieter', 'herabgesetzt'),
    I('gutschrift', 'rückvergütung', 'rueckverguetung', 'erstattung', 'minderung', 'vertragsstrafe'),
    I(
      'pönale',
      'poenale',
      'malus',
      'preisnachlass',
      'entgeltreduzierung',
      'entgeltkürzung',
      'abzug',
      'kürzung',
    ),
  ),
  bonus: any(
    P('bonus', 'incentive', 'earn[- ]?back'),
    I('bonus', 'prämie', 'praemie', 'anreiz', 'rückverdien'),
  ),
  cap: any(
    W('cap', 'caps', 'capped', 'ceiling', 'maximum', 'max\\.?', 'not exceed', 'exceed', 'no more than'),
    W('not more than', 'at most', 'up to', 'limited to', 'limit', 'limits', 'in total', 'in aggregate'),
    W('aggregate', 'total', 'höchstens', 'maximal', 'insgesamt', 'nicht mehr als', 'bis zu', 'bis zur höhe'),
    W('bis zum betrag', 'übersteigen', 'überschreiten', 'limited', 'limitation', 'capped at'),
    I(
      'begrenzt',
      'beschränkt',
      'obergrenze',
      'höchstgrenze',
      'höchstbetrag',
      'deckel',
      'limitiert',
      'kappung',
    ),
  ),
  liability: any(
    P('liab', 'indemn', 'damages'),
    I('haftung', 'haftet', 'haften', 'schadensersatz', 'schadenersatz', 'schadenshöhe'),
  ),
  liabilitySpecial: any(
    P('data loss', 'loss of data', 'lost data', 'lost profit', 'loss of profit', 'indirect', 'consequential'),
    I('datenverlust', 'verlust von daten', 'entgangen', 'mittelbar', 'folgeschä'),
  ),
  insurance: any(P('insur'), I('versicher', 'deckungssumme')),
  fee: any(
    W('fee', 'fees', 'charge', 'charges', 'price', 'prices', 'pricing', 'remuneration', 'subscription fees?'),
    W('monthly rate', 'annual rate', 'rental', 'rent', 'compensation', 'consideration', 'charged', 'billed'),
    W('hourly rate', 'daily rate', 'day rate', 'rate card', 'invoiced'),
    I('stundensatz', 'tagessatz', 'verrechnungssatz', 'berechnet', 'abgerechnet', 'in rechnung'),
    I('entgelt', 'vergütung', 'verguetung', 'gebühr', 'gebuehr', 'pauschale', 'preis', 'miete', 'honorar'),
  ),
  // Amounts that are not the recurring fee of the service.
  feeOther: any(
    W('one-off', 'one-time', 'one time', 'setup', 'set-up', 'installation', 'onboarding', 'initial'),
    W('per user', 'per seat', 'per licen[cs]e', 'per device', 'per hour', 'hourly', 'per call', 'per ticket'),
    W('per incident', 'per mailbox', 'per gb', 'per server', 'per site', 'travel', 'expenses', 'additional'),
    I('einmalig', 'einrichtung', 'bereitstellungsentgelt', 'installation', 'stundensatz', 'reisekosten'),
    I('anfahrt', 'zusätzlich', 'mehraufwand'),
    W('je stunde', 'pro stunde', 'je nutzer', 'pro nutzer', 'je benutzer', 'pro benutzer', 'je lizenz'),
    W(
      'pro lizenz',
      'je arbeitsplatz',
      'pro arbeitsplatz',
      'je gerät',
      'pro gerät',
      'je ticket',
      'pro ticket',
    ),
    W('je einsatz', 'pro einsatz', 'je server', 'pro server', 'je standort', 'pro standort'),
  ),
  total: any(W('total', 'in total', 'overall', 'altogether', 'insgesamt', 'summe'), I('gesamt')),
  perMonth: any(
    W('(?:in jedem|in einem|eines|jeden|jedes|je|pro|im) kalendermonats?'),
    W('(?:(?:in|during|per|for|over)\\s+)?(?:(?:each|every|any|a|the)\\s+)?calendar month'),
    W(
      'monthly',
      'per month',
      'a month',
      'each month',
      'every month',
      'per calendar month',
      'each calendar month',
    ),
    W(
      'in any calendar month',
      'in a calendar month',
      'in each calendar month',
      'in any month',
      'in each month',
    ),
    W('calendar month', 'monatlich\\p{L}*', 'pro monat', 'je monat', 'im monat', 'je kalendermonat'),
    W(
      'pro kalendermonat',
      'im kalendermonat',
      'in einem kalendermonat',
      'eines kalendermonats',
      'kalendermonat',
    ),
    W('kalendermonats', 'monats', 'month'),
    P(
      'monatsentgelt',
      'monatspauschale',
      'monatsgebühr',
      'monatsmiete',
      'monatsmittel',
      'monatsverfügbarkeit',
    ),
    P('monatsbasis', 'monatsdurchschnitt', 'monatswert', 'monatsbetrachtung', 'monatsbezogen'),
  ),
  perYear: any(
    W('(?:in jedem|in einem|eines|jeden|jedes|je|pro|im) (?:kalender|vertrags)jahr(?:es)?'),
    W('(?:(?:in|during|per|for|over)\\s+)?(?:(?:each|every|any|a|the)\\s+)?(?:calendar|contract) year'),
    W(
      'yearly',
      'annually',
      'annual',
      'per year',
      'a year',
      'each year',
      'every year',
      'per annum',
      'p\\.\\s?a\\.',
    ),
    W(
      'calendar year',
      'contract year',
      'per contract year',
      'jährlich\\p{L}*',
      'pro jahr',
      'je jahr',
      'im jahr',
    ),
    W('kalenderjahr', 'vertragsjahr', 'je vertragsjahr', 'pro vertragsjahr', 'year'),
    P('jahresentgelt', 'jahrespauschale', 'jahresgebühr', 'jahresvergütung', 'jahresmittel'),
    P('jahresverfügbarkeit', 'jahresbasis', 'jahresdurchschnitt', 'jahresbetrachtung', 'jahreswert'),
  ),
  perQuarter: any(
    W('(?:in jedem|in einem|eines|jeden|jedes|je|pro|im) kalenderquartals?'),
    W('(?:(?:in|during|per|for|over)\\s+)?(?:(?:each|every|any|a|the)\\s+)?calendar quarter'),
    W('quarterly', 'per quarter', 'each quarter', 'every quarter', 'calendar quarter', 'quarter'),
    W('vierteljährlich\\p{L}*', 'quartalsweise\\p{L}*', 'pro quartal', 'je quartal', 'im quartal'),
    W('kalenderquartal\\p{L}*', 'quartal', 'quartals'),
    P('quartalsmittel', 'quartalsverfügbarkeit', 'quartalsbasis', 'quartalsdurchschnitt'),
  ),
  perOther: any(
    W('per incident', 'per claim', 'per event', 'per occurrence', 'per case', 'each incident', 'each claim'),
    W(
      'per damage',
      'per loss',
      'je schadensfall',
      'pro schadensfall',
      'je schadensereignis',
      'pro schadensereignis',
    ),
    W('je ereignis', 'pro ereignis', 'je fall', 'pro fall', 'im einzelfall', 'je einzelfall', 'je vorfall'),
    W('per window', 'each window', 'je wartungsfenster', 'pro wartungsfenster', 'jeweils', 'each', 'per day'),
    W('a day', 'pro tag', 'je tag', 'am tag', 'täglich', 'per week', 'a week', 'pro woche', 'je woche'),
    W('die woche', 'wöchentlich'),
  ),
  maintenance: any(
    I('wartung', 'mainten', 'servicefenster'),
    P(
      '(?:planned|scheduled|geplante?[nr]?)[ -](?:work|works|downtime|outages?|interruptions?|arbeiten|unterbrechung(?:en)?|ausfallzeit(?:en)?|nichtverfügbarkeit|abschaltung(?:en)?|maßnahmen)',
    ),
    W('change window', 'patch window', 'wartungsarbeiten'),
  ),
  advance: any(
    W(
      'in advance',
      'beforehand',
      'prior',
      'ahead',
      'before',
      'advance notice',
      'notice period',
      'prior notice',
    ),
    I('ankündig', 'angekündig', 'anzukündig', 'voraus', 'vorab', 'vorher', 'vorlauf', 'vorankündig'),
  ),
  claim: any(
    W(
      'claim',
      'claims',
      'claimed',
      'request',
      'requested',
      'requests',
      'apply',
      'applied',
      'submit',
      'submitted',
    ),
    W('assert', 'asserted', 'notify', 'notified'),
    P('expire', 'forfeit', 'lapse'),
    I(
      'geltend',
      'beantrag',
      'anmeld',
      'einford',
      'verlang',
      'ausschlussfrist',
      'verfall',
      'verfäll',
      'erlisch',
    ),
    I('erlösch', 'anzuzeigen', 'anzeigen'),
  ),
  terminate: any(
    P('terminat', 'cancel', 'rescind', 'withdraw'),
    I('kündig', 'kuendig', 'rücktritt', 'beendig'),
  ),
  chronic: any(
    P('chronic', 'repeated', 'persistent', 'recurring', 'consecutive', 'successive'),
    I('wiederholt', 'chronisch', 'aufeinanderfolgend', 'aufeinander folgend', 'hintereinander', 'dauerhaft'),
  ),
  miss: any(
    P('miss', 'fail', 'breach', 'below', 'falls short', 'not met', 'not achieved', 'not meet'),
    I(
      'verfehl',
      'unterschr',
      'nicht erreicht',
      'nicht eingehalten',
      'über dem zielwert',
      'über den zielwerten',
    ),
    P('above (?:the|its|their) target', 'exceed(?:s|ed)? (?:the|its|their) (?:target|resolution|response)'),
  ),
  report: any(
    W('(?:service|sla|performance|availability|status|management|monthly|quarterly)[ -]?reports?'),
    W('reporting', 'reports', 'report'),
    I('bericht', 'reporting'),
  ),
  review: any(
    P('review', 'revise', 'revision', 'reassess', 'evaluat'),
    I('überprüf', 'ueberpruef', 'überarbeit', 'evaluier', 'review'),
  ),
  agreement: any(
    W('sla', 'slas', 'agreement', 'service level agreement', 'service levels?', 'service-levels?', 'kpis?'),
    I('vereinbarung', 'leistungsbeschreibung', 'vertrag', 'service-level', 'kennzahl'),
  ),
  response: any(
    P('respond', 'response', 'responses', 'reaction', 'react', 'acknowledg', 'reply', 'replies', 'answered'),
    I('reagier'),
    W('bearbeitet', 'in bearbeitung genommen', 'attended to', 'picked up'),
    P('call[ -]?back', 'first contact', 'time to respond', 'initial contact'),
    I('reaktion', 'rückmeld', 'rueckmeld', 'rückruf', 'rueckruf', 'antwortzeit', 'eingangsbestätigung'),
    I(
      'erstreaktion',
      'servicebeginn',
      'bearbeitungsbeginn',
      'entstörungsbeginn',
      'beginn der störungsbearbeitung',
    ),
    I('beginn der bearbeitung', 'beginn der entstörung', 'interventionszeit', 'reaktionsbeginn'),
    // "beginnt mit der Störungsbeseitigung", "starts work on": when the work starts, not when it ends.
    R(
      String.raw`(?<![\p{L}])(?:beginnt|beginnen|beginn|aufnahme|nimmt)(?: mit)?(?: der| die| den)? \p{L}*(?:beseitigung|behebung|bearbeitung|entstörung|wiederherstellung)(?![\p{L}])`,
    ),
    R(
      String.raw`(?<![\p{L}])(?:starts?|commences?|begins?|start of|commencement of)(?: remedial)? work(?:ing)?(?: on)?(?![\p{L}])`,
    ),
    R(
      String.raw`(?<![\p{L}])\p{L}*(?:beseitigung|behebung|bearbeitung|entstörung|wiederherstellung) (?:beginnt|startet|wird begonnen)(?![\p{L}])`,
    ),
    R(
      String.raw`(?<![\p{L}])(?:remedial )?(?:work|remediation|restoration) (?:begins|starts|commences)(?![\p{L}])`,
    ),
  ),
  restore: any(
    P('restor', 'workaround', 'work-around', 'service recovery', 'time to restore'),
    W('wieder her', 'wiederher'),
    I('wiederherstell', 'entstör', 'umgehung', 'wiederinbetriebnahme', 'instandsetz'),
  ),
  resolve: any(
    P('resolv', 'resolut', 'remed', 'repair', 'permanent fix', 'final fix', 'time to resolve'),
    W('fix', 'fixes', 'fixed', 'fix time', 'solved', 'solution', 'lösung', 'lösungen'),
    I('behebung', 'behoben', 'beheb', 'beseitig', 'lösungszeit', 'loesungszeit', 'gelöst', 'fehlerbehebung'),
    I('problemlösung', 'zur lösung', 'bis zur lösung', 'endgültige lösung', 'dauerhafte lösung'),
  ),
  update: any(
    W('update', 'updates', 'status', 'progress', 'intermediate'),
    I('zwischenbericht', 'sachstand', 'statusmeldung', 'statusbericht', 'fortschritt', 'zwischenstand'),
    I('zwischenmeldung', 'zwischeninformation'),
  ),
  escalation: any(P('escalat'), I('eskalat')),
  average: any(
    W('mttr', 'mtbf', 'mtta', 'mean time', 'average', 'on average', 'median'),
    I('durchschnitt', 'im mittel'),
  ),
  disaster: any(
    W('rto', 'rpo', 'recovery time objective', 'recovery point objective', 'disaster', 'business continuity'),
    W('failover', 'fail-over', 'desaster'),
    I('notfallwiederherstell', 'katastrophen', 'wiederanlauf', 'notfallplan', 'geo-redundan'),
  ),
  backup: any(
    P('backup', 'back-up', 'back up', 'snapshot'),
    I('datensicherung', 'sicherungen', 'sicherungskopie', 'backup'),
  ),
  retain: any(
    P('retain', 'retention', 'kept', 'keep', 'stored', 'store'),
    I('aufbewahr', 'vorgehalten', 'vorhalt', 'gespeichert', 'speichert'),
  ),
  dataLoss: any(
    W('rpo', 'recovery point', 'data loss', 'loss of data'),
    I('datenverlust', 'verloren', 'recovery point'),
  ),
  incident: any(
    P(
      'incident',
      'fault',
      'outage',
      'ticket',
      'issue',
      'problem',
      'defect',
      'error',
      'failure',
      'malfunction',
    ),
    P('service request', 'support request', 'disruption', 'interruption'),
    I(
      'störung',
      'stoerung',
      'fehler',
      'ticket',
      'vorfall',
      'vorfälle',
      'incident',
      'meldung',
      'ausfall',
      'ausfälle',
    ),
    I('mängel', 'mangel', 'supportanfrage', 'unterbrechung'),
  ),
  priority: any(
    P('priorit', 'severit', 'prio', 'urgency', 'impact'),
    I('priorität', 'dringlichkeit', 'schweregrad', 'störungsklasse', 'fehlerklasse', 'störungskategorie'),
    I('fehlerkategorie', 'auswirkung'),
  ),
  // Words without which no priority label can stand in a text (the labels themselves are read in priorities.ts).
  priorityLabel: any(
    I(
      'priorit',
      'severit',
      'prio',
      'sev',
      'klasse',
      'kategorie',
      'class',
      'categor',
      'impact',
      'dringlich',
      'schweregrad',
      'stufe',
    ),
    W('p[0-9]', 'p [0-9]', 'p-[0-9]'),
    W(
      'emergency',
      'notfall',
      'blocker',
      'showstopper',
      'critical',
      'kritisch',
      'betriebsverhindernd',
      'severe',
      'schwer',
    ),
    W(
      'schwerwiegend',
      'urgent',
      'dringend',
      'high',
      'hoch',
      'hohe',
      'major',
      'betriebsbehindernd',
      'erheblich',
    ),
    W(
      'wesentlich',
      'important',
      'wichtig',
      'medium',
      'mittel',
      'mittlere',
      'normal',
      'moderate',
      'low',
      'niedrig',
    ),
    W(
      'gering',
      'minor',
      'leicht',
      'geringfügig',
      'trivial',
      'cosmetic',
      'kosmetisch',
      'unerheblich',
      'sonstige',
    ),
    P(
      'kritisch',
      'betriebsverhindernd',
      'schwerwiegend',
      'dringend',
      'betriebsbehindernd',
      'erheblich',
      'wesentlich',
    ),
    P(
      'wichtig',
      'mittlere',
      'normale',
      'niedrig',
      'gering',
      'leichte',
      'kosmetisch',
      'unerheblich',
      'sonstige',
      'hohe',
    ),
    P('schwere'),
  ),
  serviceHours: any(
    W('service hours', 'support hours', 'service time', 'service times', 'business hours', 'office hours'),
    W(
      'hotline hours',
      'operating hours',
      'hours of service',
      'hours of operation',
      'coverage',
      'service window',
    ),
    I(
      'servicezeit',
      'supportzeit',
      'betriebszeit',
      'geschäftszeit',
      'bürozeit',
      'hotlinezeit',
      'erreichbarkeit',
    ),
    I('bereitschaftszeit', 'servicestunden'),
  ),
  support: any(
    W('support', 'helpdesk', 'help desk', 'service desk', 'servicedesk', 'hotline'),
    I(
      'support',
      'helpdesk',
      'servicedesk',
      'service-desk',
      'störungsannahme',
      'störungsbearbeitung',
      'entstörung',
    ),
  ),
  forceMajeure: any(W('force majeure'), I('höhere gewalt', 'höherer gewalt', 'hoehere gewalt')),
  security: any(
    W('security incidents?', 'security breach', 'data breach', 'personal data breach', 'security event'),
    I(
      'sicherheitsvorf',
      'datenpanne',
      'sicherheitsverletzung',
      'schutzverletzung',
      'verletzung des schutzes',
    ),
  ),
  onsite: any(
    W('on-site', 'onsite', 'on site', 'vor ort', 'vor-ort', 'technician', 'engineer'),
    I('vor-ort', 'techniker', 'fachkraft'),
  ),
  arrival: any(
    P('arriv', 'attend', 'on site within', 'dispatch'),
    I('eintreff', 'eintrifft', 'trifft', 'anfahrt', 'vor ort'),
  ),
  measure: any(
    P('measur', 'monitor', 'poll', 'probe', 'check', 'sampl', 'interval'),
    I(
      'gemessen',
      'messung',
      'messintervall',
      'mess',
      'überwach',
      'prüfung',
      'abfrage',
      'intervall',
      'abstand',
    ),
  ),
  measurePeriod: any(
    W(
      'measurement period',
      'measuring period',
      'reference period',
      'calculation period',
      'assessment period',
    ),
    W('measured', 'calculated', 'determined', 'averaged', 'on a monthly basis', 'on an annual basis'),
    I('messzeitraum', 'bezugszeitraum', 'berechnungszeitraum', 'bemessungszeitraum', 'gemessen', 'berechnet'),
    I('ermittelt', 'mittel', 'durchschnitt', 'basis'),
  ),
  target: any(
    P('guarantee', 'target', 'commit', 'warrant', 'assure', 'ensure', 'promise', 'undertake', 'agreed'),
    I(
      'zugesichert',
      'garantier',
      'gewährleist',
      'zielwert',
      'sollwert',
      'beträgt',
      'mindestens',
      'vereinbart',
    ),
    I('zusag', 'sicher', 'ziel'),
  ),
  change: any(
    W('change requests?', 'requests? for change', 'proposed changes?', 'proposals?', 'amendment requests?'),
    I(
      'änderungsantr',
      'änderungsverlang',
      'änderungswunsch',
      'änderungswünsch',
      'änderungsvorschl',
      'änderungsanfrage',
      'vorschlag',
      'vorschläg',
    ),
  ),
  answer: any(
    P('answer', 'respond', 'reply', 'replies', 'decide', 'decision', 'accept'),
    I('antwort', 'beantwort', 'stellung', 'entscheid', 'bescheid'),
  ),
  notice: any(
    W('notice', 'notice period', 'with notice', "months'? notice", "days'? notice", "weeks'? notice"),
    I('frist', 'kündigungsfrist', 'zum ende', 'zum monatsende', 'zum quartalsende'),
  ),
  tax: any(
    W('vat', 'tax', 'taxes', 'value added tax', 'sales tax', 'ust\\.?', 'mwst\\.?'),
    I('umsatzsteuer', 'mehrwertsteuer', 'steuer'),
  ),
  // Percentages of other things: interest, discounts, price indices, surcharges.
  otherPercent: any(
    W(
      'interest',
      'discount',
      'surcharge',
      'mark-up',
      'markup',
      'index',
      'cpi',
      'inflation',
      'increase',
      'increases',
    ),
    I(
      'zins',
      'verzug',
      'rabatt',
      'skonto',
      'zuschlag',
      'aufschlag',
      'preiserhöhung',
      'preisanpassung',
      'index',
    ),
    I('erhöhung', 'erhöht', 'steigerung'),
  ),
  shareOfFee: any(
    R(
      String.raw`(?<![\p{L}])(?:of|on)(?: [\p{L}][\p{L}-]*){0,5}? (?:fees?|charges?|prices?|remuneration|compensation|subscription fees?|subscription|contract value|order value)(?![\p{L}])`,
    ),
    R(
      String.raw`(?<![\p{L}])(?:des|der|dem|vom|von|am|auf das|auf die)(?: (?!(?:wird|werden|ist|sind|wie|und|oder|das|die|bei|wenn)(?![\p{L}]))[\p{L}][\p{L}-]*){0,8}? \p{L}*(?:entgelt|vergütung|gebühr|pauschale|preis|auftragswert|vertragswert|auftragsvolumen|honorar)\p{L}*`,
    ),
  ),
};

const MATCHER = new PhraseMatcher<{ cue: Cue; mode: Mode }>();
const REGEXES: [Cue, RegExp][] = [];
for (const cue of CUES)
  for (const entry of ENTRIES[cue])
    if ('literal' in entry) MATCHER.add(entry.literal, { cue, mode: entry.mode });
    else REGEXES.push([cue, new RegExp(entry.regex, 'gu')]);

export interface CueHit {
  cue: Cue;
  start: number;
  end: number;
}

const LETTER = /\p{L}/u;
const letterCache = new Map<number, boolean>();
function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let known = letterCache.get(code);
  if (known === undefined) {
    known = LETTER.test(String.fromCharCode(code));
    letterCache.set(code, known);
  }
  return known;
}
const isDigit = (code: number) => code >= 48 && code <= 57;
const EXCLUDED: Partial<Record<Cue, RegExp>> = { restore: /^entstörungsbeginn/, notice: /^fristlos/ };

/** Every cue in `text`, sorted by position; a hit inside a longer hit of the same cue is dropped. */
export function findCues(text: string): CueHit[] {
  const folded = foldCase(text);
  const raw: CueHit[] = [];
  for (const match of MATCHER.findAll(folded)) {
    const before = match.start > 0 ? folded.charCodeAt(match.start - 1) : 32;
    const after = match.end < folded.length ? folded.charCodeAt(match.end) : 32;
    const { cue, mode } = match.value;
    if (mode !== 'inner' && (isLetter(before) || (mode === 'word' && isDigit(before)))) continue;
    if (mode === 'word' && isLetter(after)) continue;
    raw.push({ cue, start: match.start, end: match.end });
  }
  // The share-of-fee phrases end in a fee word: without one in the text they cannot match.
  const feeWord = raw.some((hit) => hit.cue === 'fee');
  for (const [cue, pattern] of REGEXES) {
    if (cue === 'shareOfFee' && !feeWord) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      raw.push({ cue, start: match.index, end: match.index + match[0].length });
    }
  }
  // A stem stands for its whole word ("availab" → "availability"), so distances count from the word.
  for (const hit of raw)
    while (
      hit.end < folded.length &&
      isLetter(folded.charCodeAt(hit.end)) &&
      isLetter(folded.charCodeAt(hit.end - 1))
    )
      hit.end++;
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  // "Entstörungsbeginn" is when the repair starts (a response), "fristlos" is without any notice period.
  const excluded = (hit: CueHit) => EXCLUDED[hit.cue]?.test(folded.slice(hit.start, hit.end)) ?? false;
  const reach = new Map<Cue, number>();
  const hits: CueHit[] = [];
  // A restoration word inside a response phrase ("beginnt mit der Störungsbeseitigung") is the response.
  let responseEnd = -1;
  for (const hit of raw) {
    if ((reach.get(hit.cue) ?? -1) >= hit.end || excluded(hit)) continue;
    if (hit.cue === 'response') responseEnd = Math.max(responseEnd, hit.end);
    else if ((hit.cue === 'restore' || hit.cue === 'resolve') && hit.end <= responseEnd) continue;
    reach.set(hit.cue, hit.end);
    hits.push(hit);
  }
  return hits;
}

/** Comparators right before a value ("below 99.9 %", "innerhalb von 4 Stunden"). */
export type Comparator = 'below' | 'atLeast' | 'atMost' | 'above' | 'within';

const COMPARATORS: [Comparator, RegExp][] = [
  [
    'below',
    /(?:below|under|less than|lower than|fewer than|short of|beneath|unter(?:halb)?|weniger als|niedriger als|kleiner als|geringer als|unterschreit\p{L}*|<|≤|=<|<=)(?:\s+(?:the|a|an|of|der|die|das|den|dem|des|von|agreed|vereinbarten?|target|ziel\p{L}*|availability|verfügbarkeit|value|wert|level|threshold|schwelle|einer|eines|einen))*\s*$/iu,
  ],
  [
    'atLeast',
    /(?:at least|not less than|no less than|equal to or (?:greater|more|higher) than|greater than or equal to|minimum of|a minimum|minimum|min\.|≥|>=|mindestens|wenigstens|nicht weniger als|nicht unter|minimal|\bab)(?:\s+(?:the|a|an|of|der|die|das|den|dem|des|von|einer|eines|einen))*\s*$/iu,
  ],
  [
    'atMost',
    /(?:at most|up to|no more than|not more than|maximum of|a maximum of|maximum|max\.|≤|höchstens|maximal|bis zu|nicht mehr als|not exceed(?:ing)?|capped at|limited to|begrenzt auf|beschränkt auf)(?:\s+(?:the|a|an|of|der|die|das|den|dem|des|von|einer|eines|einen|amount|betrag|summe|total|insgesamt))*\s*$/iu,
  ],
  [
    'above',
    /(?:above|over|more than|exceeds?|exceeding|greater than|higher than|longer than|>|über|mehr als|länger als|höher als|überschreit\p{L}*|oberhalb)(?:\s+(?:the|a|an|of|der|die|das|den|dem|des|von|einer|eines|einen))*\s*$/iu,
  ],
  [
    'within',
    /(?:within|no later than|not later than|at the latest|innerhalb(?:\s+von)?|binnen|spätestens|längstens|in)(?:\s+(?:the|a|an|of|der|die|das|den|dem|des|von|einer|eines|einen|max\.|maximal|höchstens))*\s*$/iu,
  ],
];

const NEGATION = /(?:\bnot\b|\bnever\b|\bnicht\b|\bnie\b|\bkein\p{L}*)/iu;

export interface ComparatorRead {
  comparator: Comparator;
  negated: boolean;
}

/** The comparator in the few words right before `text[at]`, if any. */
/** Verbs and nouns that compare across a few words ("unterschreitet die Verfügbarkeit im Jahresmittel 99,8 %"). */
const LOOSE_BELOW =
  /(?:unterschreit\p{L}*|unterschritten|unterschreitung|falls? below|drops? below|fall(?:s|ing)? short of|is below|are below|lies below|liegt unter|liegen unter|sinkt unter|fällt unter)(?:\s+[\p{L}-]+){0,4}?\s*$/iu;
const LOOSE_ABOVE =
  /(?:exceeds?|exceeding|überschreit\p{L}*|übersteigt|is above|rises above|liegt über)(?:\s+[\p{L}-]+){0,4}?\s*$/iu;

export function comparatorBefore(text: string, at: number, floor: number): ComparatorRead | null {
  const head = text.slice(Math.max(floor, at - 48), at);
  const read = tightComparator(head);
  if (read) return read;
  for (const [comparator, pattern] of [
    ['below', LOOSE_BELOW],
    ['above', LOOSE_ABOVE],
  ] as const) {
    const match = pattern.exec(head);
    if (match && !/\d/.test(match[0])) {
      const lead = head.slice(Math.max(0, match.index - 24), match.index);
      return { comparator, negated: NEGATION.test(lead) };
    }
  }
  return null;
}

function tightComparator(head: string): ComparatorRead | null {
  for (const [comparator, pattern] of COMPARATORS) {
    const match = pattern.exec(head);
    if (match) {
      const lead = head.slice(Math.max(0, match.index - 24), match.index);
      return { comparator, negated: NEGATION.test(lead) };
    }
  }
  return null;
}

const AFTER_BELOW =
  /^\s*(?:\p{L}+\s+){0,3}?(?:or (?:less|lower|below|under)|and (?:below|less|lower)|oder (?:weniger|niedriger|darunter|geringer)|und (?:darunter|weniger)|unterschritten|unterschreitet|nicht erreicht|verfehlt|is not (?:met|achieved|reached)|is missed|falls? short)/iu;
const AFTER_ABOVE =
  /^\s*(?:or (?:more|higher|above|better)|and (?:above|more|higher)|oder (?:mehr|höher|besser|darüber)|und (?:darüber|mehr|höher)|überschritten|übersteigt)/iu;

/** A comparator written after the value ("99.8 % or less", "wird 99,9 % unterschritten"). */
export function comparatorAfter(text: string, at: number, ceiling: number): Comparator | null {
  const tail = text.slice(at, Math.min(ceiling, at + 48));
  if (AFTER_BELOW.test(tail)) return 'below';
  if (AFTER_ABOVE.test(tail)) return 'atLeast';
  return null;
}

/** "every 30 minutes", "alle 5 Minuten": a frequency, not a time limit. */
const EVERY_BEFORE =
  /(?:\bevery|\beach|\balle|\bjede[nrs]?|\bjeweils alle|\bin intervals of|\bat intervals of|\bim abstand von|\bin abständen von|\bintervals? of)(?:\s+(?:the|at least|no more than|mindestens|höchstens|maximal|max\.|spätestens))*\s*$/iu;

export function everyBefore(text: string, at: number, floor: number): boolean {
  return EVERY_BEFORE.test(text.slice(Math.max(floor, at - 40), at));
}
