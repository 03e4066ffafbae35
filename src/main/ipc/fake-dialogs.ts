import type { FileFilter } from '../../shared/ipc/contract';
import type { NativeDialogs } from './native-dialogs';

/** What a fake dialog was asked, for assertions. */
export type DialogCall =
  | { kind: 'files' }
  | { kind: 'folder' }
  | { kind: 'team-folder' }
  | { kind: 'save'; suggestedName: string; filters: FileFilter[] }
  | { kind: 'open-text'; filters: FileFilter[] };

/**
 * Test double for `NativeDialogs`: answers with whatever the test set and records each call.
 * (Used only by tests, here and in the preload contract test.)
 */
export function fakeDialogs(answers: {
  files?: string[] | null;
  folder?: string | null;
  teamFolder?: string | null;
  savePath?: string | null;
  textFile?: string | null;
}): NativeDialogs & { calls: DialogCall[] } {
  const calls: DialogCall[] = [];
  return {
    calls,
    pickDocumentFiles: async () => (calls.push({ kind: 'files' }), answers.files ?? null),
    pickDocumentFolder: async () => (calls.push({ kind: 'folder' }), answers.folder ?? null),
    pickTeamFolder: async () => (calls.push({ kind: 'team-folder' }), answers.teamFolder ?? null),
    pickSavePath: async (_event, suggestedName, filters) => (
      calls.push({ kind: 'save', suggestedName, filters }),
      answers.savePath ?? null
    ),
    pickTextFile: async (_event, filters) => (
      calls.push({ kind: 'open-text', filters }),
      answers.textFile ?? null
    ),
  };
}
