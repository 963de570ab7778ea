// The app's own preferences (theme, default ASVS target, disabled rules): a small JSON file in the
// data directory. Reviewer and SLA days live in the store, where the CLI reads them too.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { ASVS_VERSIONS, DEFAULT_ASVS_VERSION } from '../../domain/index.js';
import type { AsvsLevel, AsvsVersion, Theme } from '../ipc-contract.js';

export interface PreferenceValues {
  theme: Theme;
  defaultAsvsVersion: AsvsVersion;
  defaultLevel: AsvsLevel;
  disabledRules: string[];
}

const DEFAULTS: PreferenceValues = { theme: 'system', defaultAsvsVersion: '5.0.0', defaultLevel: 2, disabledRules: [] };

const schema = z.object({
  theme: z.enum(['system', 'light', 'dark']).catch('system'),
  defaultAsvsVersion: z.enum(ASVS_VERSIONS).catch(DEFAULT_ASVS_VERSION),
  defaultLevel: z.union([z.literal(1), z.literal(2), z.literal(3)]).catch(2),
  disabledRules: z.array(z.string().max(64)).max(1000).catch([]),
});

export class Preferences {
  private values: PreferenceValues;

  constructor(private readonly file: string) {
    this.values = Preferences.read(file);
  }

  static inDataDir(dataDir: string): Preferences {
    return new Preferences(join(dataDir, 'preferences.json'));
  }

  /** A damaged or hand-edited file falls back field by field to the defaults instead of failing. */
  private static read(file: string): PreferenceValues {
    try {
      const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      return parsed.success ? parsed.data : { ...DEFAULTS };
    } catch {
      return { ...DEFAULTS };
    }
  }

  get(): PreferenceValues {
    return { ...this.values, disabledRules: [...this.values.disabledRules] };
  }

  update(patch: Partial<PreferenceValues>): PreferenceValues {
    this.values = { ...this.values, ...patch };
    mkdirSync(dirname(this.file), { recursive: true });
    // Write then rename, so a crash never leaves half a file.
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.values, null, 2));
    renameSync(tmp, this.file);
    return this.get();
  }
}
