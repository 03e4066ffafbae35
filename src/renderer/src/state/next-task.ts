/**
 * Yields to the event loop (a task of its own), so input and paint waiting behind long work run
 * between its steps.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
