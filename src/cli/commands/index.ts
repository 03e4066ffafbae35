import type { CliCommand } from '../command';
import { agreementCommand } from './agreement';
import { convertCommand } from './convert';
import { mergeCommand } from './merge';
import { statsCommand } from './stats';
import { validateCommand } from './validate';

/** Every `marginalia` command, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  convertCommand,
  validateCommand,
  statsCommand,
  agreementCommand,
  mergeCommand,
];
