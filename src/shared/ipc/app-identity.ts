/**
 * The identity of the installed application. IndexedDB is keyed by origin and Electron's
 * user-data folder by app name, so changing any of these after a release silently loses every
 * user's projects. They are frozen: `app-identity.test.ts` asserts each value, and a change
 * needs a migration plan, not an edit.
 */

/** Privileged standard scheme the desktop renderer is served from (never `file://`). */
export const APP_SCHEME = 'app';

/** Host part of the renderer's URL; with the scheme it makes the origin. */
export const APP_HOST = 'marginalia';

/** The renderer's origin in the desktop app, `app://marginalia`. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Application name: window title, menus, and the user-data folder (`~/.config/Marginalia`). */
export const APP_NAME = 'Marginalia';

/** Name of the IndexedDB database (Dexie) that holds every project. */
export const DATABASE_NAME = 'marginalia';
