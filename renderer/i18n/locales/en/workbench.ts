/** Shell-wide strings of issue 12: loading, search everywhere, the shortcut sheet. */
export const workbench = {
  loading: 'Loading…',
  loadingDeals: 'Reading deals: {{done}} of {{total}}',
  dealMenu: 'Actions for {{title}}',
};
