import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../files/write-file-atomic';

/**
 * Which folder each project is linked to, kept by main in `<userData>/team-folders.json`. The
 * renderer never sends a path: it names a project, and main uses the folder the user picked for
 * it in a native dialog, so a compromised renderer cannot point writes anywhere else.
 */

const linksFileSchema = z.object({
  version: z.literal(1),
  links: z.record(z.uuid(), z.object({ path: z.string().min(1), linkedAt: z.string() })),
});

/** One project's link. */
export interface TeamFolderLink {
  path: string;
  linkedAt: string;
}

/** The links of every project, read and written through one queue. */
export interface TeamFolderLinks {
  get(projectId: string): Promise<TeamFolderLink | null>;
  set(projectId: string, link: TeamFolderLink | null): Promise<void>;
}

/** Links stored in `file` (created on the first link). */
export function createTeamFolderLinks(file: string): TeamFolderLinks {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function read(): Promise<Record<string, TeamFolderLink>> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    const parsed = linksFileSchema.safeParse(json);
    // Refuse rather than overwrite: the file names folders the user chose.
    if (!parsed.success) throw new Error(`${file} is damaged; move it away to link folders again.`);
    return parsed.data.links;
  }

  return {
    get: (projectId) => serial(async () => (await read())[projectId.toLowerCase()] ?? null),
    set: (projectId, link) =>
      serial(async () => {
        const links = await read();
        if (link) links[projectId.toLowerCase()] = link;
        else delete links[projectId.toLowerCase()];
        await mkdir(dirname(file), { recursive: true });
        await writeFileAtomic(file, `${JSON.stringify({ version: 1, links }, null, 2)}\n`);
      }),
  };
}
