// Placeholder: the Electron shell is built in src/main.
export {};
