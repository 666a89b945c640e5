/**
 * Every error a user can meet, as a sentence (issue 9: every message in the user's language). Errors
 * carry a code and parameters; renderer/errors/describeError picks the sentence. de/errors.ts has the
 * same keys. Never show a library's or a schema's own wording instead.
 */
export const errors = {
  unexpected:
    'Something unexpected went wrong. Nothing was lost; try again, and if it happens again, restart the app.',
  backup: {
    empty: 'The file is empty.',
    'too-large': 'The file is larger than {{limit}}, too large to be a backup.',
    'not-text': 'The file is not a text file, so it is no backup.',
    'too-deep': 'The file is nested too deeply to be a backup of this app.',
    'not-json':
      'The file is not a backup: its content is not readable as data (it may be cut off or damaged).',
    'forbidden-key': 'The file contains fields this app never writes; it was refused as unsafe.',
    'not-a-backup': 'The file is not an SLA Workbench backup.',
    'newer-version':
      'The backup was made by a newer version of SLA Workbench (data version {{version}}; this app reads up to {{supported}}). Update the app to restore it.',
    'unsupported-version':
      'This backup (data version {{version}}) is too old for this version of the app to restore.',
    damaged: 'The file was changed or damaged after it was saved: its checksum does not match.',
    truncated: 'The file is incomplete: it ends before its checksum (the copy was probably cut off).',
    'invalid-record': 'The backup contains an invalid record ({{table}}, record {{position}}{{field}}).',
    inconsistent: 'The records of the backup do not fit together ({{detail}}).',
    'broken-chain': 'The history of the deal “{{deal}}” in this backup does not verify: {{problem}}',
    unreadable: 'The file could not be read; it may be damaged.',
    field: ', field {{field}}',
    tables: {
      templates: 'templates',
      deals: 'deals',
      drafts: 'drafts',
      rounds: 'rounds',
      changeReviews: 'review work',
      settings: 'settings',
      audit: 'audit log',
      signingKeys: 'signing keys',
      playbooks: 'playbooks',
      companyProfiles: 'company profiles',
      suppliers: 'supplier commitments',
      approvals: 'approvals',
      agreements: 'agreements',
      incidents: 'incidents',
      reviews: 'reviews',
    },
    inconsistency: {
      'draft-without-deal': 'a draft belongs to a deal that is not in the backup',
      'round-without-deal': 'a round belongs to a deal that is not in the backup',
      'review-without-deal': 'review work belongs to a deal that is not in the backup',
      'guardrail-without-deal':
        'a playbook, company profile, supplier commitment or approval belongs to a deal that is not in the backup',
      'monitoring-without-deal': 'an agreement or incident belongs to a deal that is not in the backup',
      'comments-without-deal': 'a comment thread belongs to a deal that is not in the backup',
      duplicate: '{{key}} appears twice',
    },
  },
  chain: {
    'missing-round': 'Round {{expected}} is missing.',
    'first-has-predecessor': 'The first round points to a round before it.',
    'bad-link': 'Round {{round}} does not follow on from round {{previous}}.',
    altered: 'Round {{round}} was changed after it was frozen.',
    unreadable: 'Round {{round}} is damaged and cannot be read.',
    downgraded: 'Round {{round}} lacks the protection the rounds before it have.',
    unsigned: 'Round {{round}} carries no signature.',
    'unknown-signer': 'Round {{round}} was signed by no installation this app knows.',
    'bad-signature': 'The signature of round {{round}} does not match its content.',
  },
  restore: {
    'save-current-failed':
      'The copy of your current data could not be saved, so nothing was restored. Your data is unchanged.',
    'write-failed': 'The backup could not be written into the app. Your data is unchanged.',
    'copy-not-confirmed':
      'You have not confirmed that the copy of your current data is saved, so nothing was restored.',
    'copy-mismatch':
      'The copy of your current data was written, but reading it back did not give the same content. Nothing was restored.',
    reason: {
      quota: 'The disk is full.',
      closed: 'The connection to the app’s storage was lost.',
      io: 'The app’s storage reported an error.',
    },
  },
  storage: {
    quota:
      'The disk is full: SLA Workbench cannot save any more. Free some disk space; your last changes are kept in this window and saved as soon as there is room.',
    closed:
      'The connection to the app’s storage was lost. It is being reopened; your last changes are kept in this window until they are saved.',
    io: 'The app’s storage reported an error while saving. Your last changes are kept in this window and saved again shortly.',
  },
  docx: {
    'not-docx': 'This file is not a Word document (.docx).',
    'not-docx-ole':
      'This is an old-format Word file (.doc) or a password-protected document; save it in Word as .docx without a password and import that.',
    empty: 'The file is empty (0 bytes); there is nothing to import.',
    'too-large': 'The file is {{size}}; Word files up to {{limit}} can be imported.',
    'no-text': 'The Word file contains no text.',
    'too-large-unknown':
      'The Word file is larger than {{limit}}; Word files up to that size can be imported.',
    'too-large-structure': 'The Word file is too large or too deeply structured to import.',
    'zip-bomb':
      'The Word file was refused: {{part}} unpacks to more than {{limit}} (a “zip bomb” or an unreasonably large document).',
    'too-many-entries':
      'The Word file was refused: it holds {{count}} packed entries; a document has far fewer (limit {{limit}}).',
    'too-many-elements':
      'The Word file was refused: it holds more than {{limit}} {{what}}; an agreement has far fewer.',
    'path-traversal':
      'The Word file was refused: it contains an entry named “{{entry}}” that points outside the document.',
    doctype:
      'The Word file was refused: its part {{part}} declares a DOCTYPE, which Word never writes and which can hide entity attacks.',
    'bad-encoding':
      'The Word file was refused: its part {{part}} is not valid text in the encoding it declares ({{encoding}}).',
    truncated:
      'The Word file is damaged or incomplete (it was probably cut off while copying or downloading).',
    'malformed-xml': 'The Word file is damaged: {{part}} is not well-formed XML.',
    encrypted:
      'The Word file is encrypted (password-protected); save it in Word without a password and import that.',
    unreadable: 'The Word file could not be read; it may be damaged.',
    internal: 'The Word file could not be processed.',
    cancelled: 'Reading the Word file was cancelled.',
    what: {
      paragraphs: 'paragraphs',
      runs: 'pieces of text',
      cells: 'table cells',
      comments: 'comments',
      anchors: 'comment anchors',
      notes: 'footnotes and endnotes',
      elements: 'elements',
      parts: 'parts',
      clauses: 'clauses',
    },
  },
  term: {
    'not-number': 'Enter a number, e.g. 99.9.',
    negative: 'The value cannot be negative.',
    'over-100': 'A percentage cannot be more than 100 %.',
    'too-many-decimals': 'Use at most {{max}} decimal places.',
    'whole-number': 'Enter a whole number.',
    'too-large': 'The value is too large (at most {{max}}).',
    'text-too-long': 'The text is too long (at most {{max}} characters).',
    'not-an-option': 'Choose one of the options.',
    required: 'This term needs a value.',
    invalid: 'This value is not allowed.',
  },
  validation: {
    withField: '{{field}}: {{problem}}',
    too_big: 'too long or too large (at most {{maximum}})',
    too_small: 'missing or too short',
    invalid_type: 'missing or of the wrong kind',
    invalid_format: 'not in the expected format',
    invalid_value: 'not one of the allowed values',
    other: 'not valid',
    notSaved: 'This was not saved: {{problem}}.',
  },
  repository: {
    'not-found': 'What you are working on no longer exists (it was deleted, perhaps in another window).',
    conflict: 'Someone changed this in another window at the same moment. Try again.',
    refused: 'This is not possible here.',
    draftConflict: 'The draft was changed in another window since you opened it here.',
    builtInTemplate: 'Built-in templates cannot be changed. Duplicate the template and edit the copy.',
    dealSigned: 'This deal is signed and read-only. Reopen it to change it.',
    dealWalkedAway: 'This deal was walked away from and is read-only. Reopen it to change it.',
    dealClosed: 'This deal is closed and read-only. Reopen it to change it.',
    reviewOrder: 'The next review must come after this one.',
    noAgreement: 'This deal has no signed agreement to renegotiate.',
    signingMovedOn: 'The deal was changed in another window while it was being signed. Try again.',
    incidentRecorded: 'One of these incidents is recorded already. Nothing was imported.',
    authorMissing: 'Enter your name first: it is written with your comment.',
    builtInTemplateLifecycle:
      'Built-in templates come with the app: they can be neither retired nor deleted. Duplicate one to get a template of your own.',
    templateInUse_one:
      'One deal started from this template, so it cannot be deleted: a deal keeps the template version it started from. Retire it instead; it is then no longer offered for new deals.',
    templateInUse_other:
      '{{count}} deals started from this template, so it cannot be deleted: a deal keeps the template version it started from. Retire it instead; it is then no longer offered for new deals.',
    templateRetiredAlready: 'This template is retired already (perhaps in another window).',
    templateNotRetired: 'This template is not retired (perhaps it was reactivated in another window).',
    templateRetired:
      'This template is retired and no longer offered for new deals. Reactivate it under Templates to start a deal from it.',
    commentTheirs:
      'The counterparty’s comments and replies are kept exactly as written; only your own can be edited or deleted.',
    commentMissing: 'This comment or reply no longer exists (it was deleted, perhaps in another window).',
    commentEmpty: 'A comment cannot be empty. To take it back, delete it.',
  },
  platform: {
    'forbidden-sender': 'The request did not come from the SLA Workbench window and was refused.',
    'invalid-request': 'The app sent a request it should not have; nothing was done.',
    'file-too-large': 'The file is larger than {{limit}} and cannot be opened.',
    'io-error': 'The file could not be read or written (permissions, disk full, or it was moved).',
    'verify-failed':
      'The backup was written, but reading it back did not give the same content, so it was not kept.',
    internal: 'The app could not finish the request.',
  },
  database: {
    tooNew:
      'The data was written by a newer version of SLA Workbench. Please update the app; nothing was changed.',
  },
  safety: {
    lock: {
      elsewhere:
        'This deal is open for editing in another window or tab. Here you can read it; to edit here, take it over (the other window saves first).',
      taken:
        'This deal was taken over in another window; what you typed here was saved first. Here it is read-only now.',
      waiting: 'Asking the other window to save and hand the deal over…',
      takeOver: 'Edit here',
    },
    dataLost:
      'The app’s data store is empty, although it held $t(backup:counts.deals, {"count": {{deals}} }) on {{date}}. The browser discarded it, most likely after the disk was full. Restore your latest backup: nothing of it is lost.',
    dataLostRestore: 'Restore a backup',
    dataLostDismiss: 'Start empty',
    saveNow: 'Save now',
    conflict: {
      title: 'The draft was changed in another window',
      description:
        'While you edited here, the draft was saved in another window ({{date}}). Nothing has been overwritten. Choose which version to keep.',
      differences_one: 'The versions differ in one place:',
      differences_other: 'The versions differ in {{count}} places:',
      theirs: 'Other window:',
      mine: 'This window:',
      keepMine: 'Keep this window’s version',
      takeTheirs: 'Take the other version',
      more_one: '… and one more difference.',
      more_other: '… and {{count}} more differences.',
    },
    recovered: {
      message:
        'The window stopped unexpectedly ({{reason}}) and was reloaded. Everything that was saved is back; only what was typed in the last moment before may be missing.',
      reasons: {
        'abnormal-exit': 'an abnormal exit',
        killed: 'it was ended from outside',
        crashed: 'a crash',
        oom: 'not enough memory',
        'launch-failed': 'it could not start',
        'integrity-failure': 'a failed integrity check',
        'memory-eviction': 'memory was reclaimed by the system',
      },
      dismiss: 'OK',
    },
  },
} as const;
