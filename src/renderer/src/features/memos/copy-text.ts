/**
 * Copies text for the user. The asynchronous clipboard needs a focused page and (in the desktop
 * app) the `clipboard-sanitized-write` permission; where it is refused, the caller is told so it
 * can select the text for Ctrl+C instead.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
