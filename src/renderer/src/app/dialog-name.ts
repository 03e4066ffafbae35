/** Dialogs that can be open over the workbench (App shows them, the toolbar opens them). */
export type DialogName =
  | 'shortcuts'
  | 'trash'
  | 'export'
  | 'coder'
  | 'backups'
  | 'import-refi'
  | 'conflicts'
  | 'team-folder'
  | 'import-w3c'
  | 'import-codebook-csv'
  | 'carry-codes'
  | 'agreement'
  | null;
