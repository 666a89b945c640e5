/** Strings of the "Your data" section (backups, restore, verify, storage). de/backup.ts has the same keys. */
export const backup = {
  title: 'Your data',
  whereElectron:
    'Your agreements are stored only on this computer, in the app’s data folder. Automatic backups are written to its backups folder every 30 minutes while you work and when you close the app; the newest 10 and one per day for the last week are kept.',
  whereBrowser:
    'Your agreements are stored only in this browser profile on this computer. The browser cannot write backup files on its own: download a backup regularly and keep it somewhere safe.',
  dataFolder: 'Data folder',
  backUpNow: 'Back up now',
  restore: 'Restore from file…',
  verify: 'Verify',
  openFolder: 'Open backups folder',
  lastBackup: 'Last backup you saved: {{date}}',
  lastBackupNever: 'You have not saved a backup yet.',
  reminder: 'Your last backup is more than 7 days old. Download a backup now so that nothing is lost.',
  reminderNever: 'You have never downloaded a backup. Download one now so that nothing is lost.',
  reminderAction: 'Download backup',
  backedUp: 'Backup saved.',
  backupFailed: 'The backup was not saved.',
  downloadStarted:
    'The backup was handed to your browser as the download “{{name}}”. Check that it is in your downloads folder and keep it somewhere safe.',
  progress: {
    backup: 'Preparing the backup…',
    restore: 'Restoring…',
    verify: 'Verifying every round…',
    copy: 'Saving a copy of the current data…',
    reading: 'Reading and checking the backup…',
    checking: 'Checking the history of every deal…',
    writing: 'Writing…',
    'saving-copy': 'Saving a copy of the current data…',
  },
  newSigners_one:
    'Its rounds were signed by an installation not known here yet; its key comes with the backup.',
  newSigners_other:
    'Its rounds were signed by {{count}} installations not known here yet; their keys come with the backup.',
  copyStepElectron:
    'First a copy of the current data is written to the backups folder and read back to check it. Only then is anything replaced.',
  copyStepBrowser:
    'First download a copy of the current data. The browser cannot tell whether the file arrived, so you confirm it yourself; only then can anything be replaced.',
  downloadCopy: 'Download a copy of the current data',
  copyConfirm: 'I have the downloaded copy “{{name}}” and keep it safe.',
  copyFailedNothingChanged: 'Nothing was replaced.',
  cancelRestore: 'Cancel (change nothing)',
  tryAgain: 'Try again',
  automaticFailed:
    'The last automatic backup failed ({{date}}). It is tried again every few minutes; until one succeeds, your latest work is not in any backup.',
  automaticFailedAction: 'Back up now',
  working: 'Working…',
  confirmTitle: 'Replace all data with this backup?',
  confirmBody:
    'The backup from {{date}} holds $t(backup:counts.deals, {"count": {{deals}} }), $t(backup:counts.rounds, {"count": {{rounds}} }) and $t(backup:counts.ownTemplates, {"count": {{templates}} }). Everything in the app now ($t(backup:counts.deals, {"count": {{currentDeals}} })) will be replaced.',
  confirmAction: 'Replace with backup',
  restored:
    'Backup restored: $t(backup:counts.deals, {"count": {{deals}} }), $t(backup:counts.rounds, {"count": {{rounds}} }), $t(backup:counts.ownTemplates, {"count": {{templates}} }).',
  restoreRefused: 'This backup was not restored. Nothing was changed.',
  restoreFailed: 'The backup could not be restored. Nothing was changed.',
  automaticBackups: 'Automatic backups',
  automaticNone: 'No automatic backup yet. The first is written after you have worked for a while.',
  beforeRestore: 'before a restore',
  restoreThis: 'Restore…',
  verifyIntact_one: 'The deal is intact: every round matches its hash chain.',
  verifyIntact_other: '{{count}} deals checked, all intact: every round matches its hash chain.',
  verifyNoDeals: 'There are no deals to verify yet.',
  verifyProblems: 'Some data was changed outside the app. The affected deals are listed below.',
  dealIntact: 'intact',
  dealAltered: 'altered at round {{round}}',
  dealDamaged: 'damaged',
  orphanRounds_one: '{{count}} round belongs to no deal.',
  orphanRounds_other: '{{count}} rounds belong to no deal.',
  storage: 'Storage used',
  storageAmount: '{{used}} of {{quota}} available to the app',
  storageUnknown: 'The browser does not report how much storage is available.',
  storageLow: 'Storage is running low ({{free}} left). Save a backup and free some disk space.',
  storageCritical:
    'Storage is almost full ({{free}} left). New changes may fail to save. Save a backup now and free disk space.',
  /** Counted nouns for the sentences above; i18next picks the plural form from `count`. */
  counts: {
    deals_one: '{{count}} deal',
    deals_other: '{{count}} deals',
    rounds_one: '{{count}} round',
    rounds_other: '{{count}} rounds',
    ownTemplates_zero: 'no own templates',
    ownTemplates_one: '{{count}} own template',
    ownTemplates_other: '{{count}} own templates',
  },
} as const;
