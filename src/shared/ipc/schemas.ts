import { z } from 'zod';
import type { InvokeMethod } from './channels';
import { TEAM_FILE_PATTERN } from '../../core/team-folder/team-file-name';
import type { MarginaliaBridge } from './contract';

/**
 * Zod schemas for the arguments of every IPC call, as the tuple the renderer passes to the
 * bridge method. Main validates with these before doing anything: the renderer is trusted
 * code, but a compromised one must not reach the file system with arguments we never meant.
 */

/** Backup file names: `YYYYMMDD-HHMMSS.marginalia.json` (UTC), nothing else. */
export const BACKUP_FILE_NAME_PATTERN = /^\d{8}-\d{6}\.marginalia\.json$/;

/** A file-dialog filter: a label and bare extensions (`txt`, `json`, or `*`). */
export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(
      z
        .string()
        .regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'an extension is letters and digits, without a dot'),
    )
    .min(1)
    .max(20),
});

const filtersSchema = z.array(fileFilterSchema).max(10);

/** A file name without any folder part, suggested in the save dialog. */
const suggestedNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', {
    message: 'a file name without folders',
  });

/** Project ids are UUIDs; checking the shape keeps them safe to use as a folder name. */
const projectIdSchema = z.uuid();

/** The largest team file written: the same cap as files read (200 MiB of text). */
const MAX_TEAM_FILE_CHARS = 200 * 1024 * 1024;

/**
 * The largest automatic backup main writes (512 MiB of UTF-8): far above a 100,000-annotation
 * project with its texts (about 70 MB), and a bound on what a renderer can make main hold.
 */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

/** A backup's bytes: a Uint8Array (never text), at most `MAX_BACKUP_BYTES`. */
const backupBytesSchema = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array, 'Expected the backup as bytes (Uint8Array)')
  .refine((bytes) => bytes.byteLength <= MAX_BACKUP_BYTES, {
    message: `a backup is at most ${MAX_BACKUP_BYTES / 1024 / 1024} MiB`,
  });

const projectOnly = z.tuple([z.strictObject({ projectId: projectIdSchema })]);

/** Argument tuples, one per channel, named like the bridge methods. */
export const ipcArgumentSchemas = {
  openDocuments: z.tuple([z.enum(['files', 'folder'])]),
  saveFile: z.tuple([
    z.strictObject({
      suggestedName: suggestedNameSchema,
      content: z.union([
        z.string(),
        z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'Expected text or bytes'),
      ]),
      filters: filtersSchema,
    }),
  ]),
  openTextFile: z.tuple([z.strictObject({ filters: filtersSchema })]),
  openFile: z.tuple([z.strictObject({ filters: filtersSchema })]),
  writeBackup: z.tuple([
    z.strictObject({ projectId: projectIdSchema, content: backupBytesSchema }),
  ]),
  listBackups: z.tuple([z.strictObject({ projectId: projectIdSchema })]),
  readBackup: z.tuple([
    z.strictObject({
      projectId: projectIdSchema,
      fileName: z.string().regex(BACKUP_FILE_NAME_PATTERN, 'a backup file name'),
    }),
  ]),
  linkTeamFolder: projectOnly,
  unlinkTeamFolder: projectOnly,
  watchTeamFolder: projectOnly,
  listTeamFiles: projectOnly,
  readTeamFile: z.tuple([
    z.strictObject({
      projectId: projectIdSchema,
      fileName: z.string().regex(TEAM_FILE_PATTERN, 'a team file name (marginalia-….json)'),
    }),
  ]),
  writeTeamFile: z.tuple([
    z.strictObject({
      projectId: projectIdSchema,
      coder: z.strictObject({ id: z.string().min(1).max(100), name: z.string().max(500) }),
      content: z.string().max(MAX_TEAM_FILE_CHARS),
    }),
  ]),
} as const satisfies Record<InvokeMethod, z.ZodType>;

/** The validated arguments of one bridge method. */
export type IpcArguments<M extends InvokeMethod> = z.infer<(typeof ipcArgumentSchemas)[M]>;

// Compile-time check that each schema accepts exactly what the bridge method's parameters are
// (mutable arrays from zod vs. the contract's types compared both ways).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type SchemasMatchContract = {
  [M in InvokeMethod]: Same<IpcArguments<M>, Parameters<MarginaliaBridge[M]>>;
};
const schemasMatchContract: { [M in InvokeMethod]: true } = {} as SchemasMatchContract;
void schemasMatchContract;
