// Argument parsing on top of node:util parseArgs, with errors that say what to type instead.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedOptions {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseOptions(args: string[], options: OptionSpec, command: string): ParsedOptions {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as ParsedOptions['values'], positionals };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // parseArgs's messages are good but mention its own API ("To specify a positional argument ...").
    throw new UsageError(message.split('. To specify')[0]!.replace(/^Unknown option/, `unknown option for \`assay ${command}\``));
  }
}

export function oneOf<T extends string>(value: string | boolean | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined;
  const lower = value.toLowerCase();
  if ((allowed as readonly string[]).includes(lower)) return lower as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}").`);
}

export function stringOption(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
