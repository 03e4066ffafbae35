/** Flags for a quiet, offline, headless Chromium. */
export declare const chromiumArgs: string[];
/** The Chromium executable the tests drive. */
export declare function chromiumPath(): string;
