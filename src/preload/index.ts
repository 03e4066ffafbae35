// Placeholder: the typed bridge is built in src/preload.
export {};
