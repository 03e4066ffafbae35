/**
 * Reads a file the user picked, so that a failure (the file moved or became unreadable after it
 * was picked) names it, as the desktop's dialogs do: "notes.csv: could not be read (…)".
 */
export async function readPicked<T>(file: { name: string }, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${file.name}: could not be read (${reason})`);
  }
}
