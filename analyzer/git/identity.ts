// Who is reviewing: git's user.name and user.email as git would resolve them for the project
// (system, then the user's global files, then the repository's own config), read as text from
// the config files. git is never run and `include` is never followed (config.ts).
import { homedir } from 'node:os';
import { join } from 'node:path';
import { lastValue, parseGitConfig, type GitConfig } from './config.js';
import { locateRepository } from './locate.js';
import { readSmallText } from './read-file.js';

const MAX_CONFIG = 256 * 1024;

function readConfig(path: string): GitConfig {
  const text = readSmallText(path, MAX_CONFIG);
  return text === null ? new Map() : parseGitConfig(text);
}

/** "Dana Reviewer <dana@example.com>", just the name or the email, or null when git has none. */
export function gitIdentity(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const home = env.HOME ?? homedir();
  const xdg = env.XDG_CONFIG_HOME || join(home, '.config');
  const configs = [readConfig('/etc/gitconfig'), readConfig(join(xdg, 'git', 'config')), readConfig(join(home, '.gitconfig'))];
  const layout = locateRepository(projectRoot);
  if (layout) configs.push(readConfig(join(layout.commonDir, 'config')));
  // Control characters have no place in a name shown in reports.
  // eslint-disable-next-line no-control-regex
  const clean = (v: string | undefined) => v?.replace(/[\u0000-\u001f\u007f<>]/g, '').trim().slice(0, 200) || undefined;
  const name = clean(lastValue(configs, 'user.name'));
  const email = clean(lastValue(configs, 'user.email'));
  if (name && email) return `${name} <${email}>`;
  return name ?? email ?? null;
}
