// Which Django session machinery a settings module turns on, as checks security.W010–W015 ask.
import type { SettingsModule } from './settings-model.js';
import { hasMiddleware, SESSION_MIDDLEWARE } from './middleware.js';

/** The check id Django would use for a session-cookie warning, or null when sessions are not in use. */
export function sessionCheckId(model: SettingsModule, ids: [app: string, middleware: string, both: string]): string | null {
  const app = model.stringList('INSTALLED_APPS')?.items.includes('django.contrib.sessions') ?? false;
  const mw = hasMiddleware(model, SESSION_MIDDLEWARE);
  if (app && mw) return ids[2];
  if (app) return ids[0];
  if (mw) return ids[1];
  return null;
}
