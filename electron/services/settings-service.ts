// Settings: reviewer and SLA days in the store (shared with the CLI), the rest in preferences.
import { allRules } from '../../analyzer/rules/index.js';
import { getSettings, setReviewer, setSlaDays, type StoreDb } from '../../store/index.js';
import type { BySeverity, Settings, SettingsView, Severity } from '../ipc-contract.js';
import type { Preferences } from './preferences.js';

export function settingsView(db: StoreDb, preferences: Preferences, importedAsvs: () => string[]): SettingsView {
  const stored = getSettings(db);
  const prefs = preferences.get();
  const disabled = new Set(prefs.disabledRules);
  // The contract has no "no SLA"; 0 stands for it, and the store keeps null.
  const slaDays = Object.fromEntries(Object.entries(stored.slaDays).map(([s, d]) => [s, d ?? 0])) as BySeverity;
  return {
    reviewer: stored.reviewer,
    slaDays,
    defaultAsvsVersion: prefs.defaultAsvsVersion,
    defaultLevel: prefs.defaultLevel,
    disabledRules: prefs.disabledRules,
    theme: prefs.theme,
    rules: allRules.map((r) => ({ id: r.id, title: r.title, severity: r.severity, cwe: r.cwe, enabled: !disabled.has(r.id) })),
    importedAsvs: importedAsvs(),
  };
}

export function updateSettings(db: StoreDb, preferences: Preferences, patch: Partial<Settings>): void {
  if (patch.reviewer !== undefined) setReviewer(db, patch.reviewer);
  if (patch.slaDays) for (const [s, d] of Object.entries(patch.slaDays)) setSlaDays(db, s as Severity, d === 0 ? null : d);
  const known = new Set(allRules.map((r) => r.id));
  preferences.update({
    ...(patch.theme ? { theme: patch.theme } : {}),
    ...(patch.defaultAsvsVersion ? { defaultAsvsVersion: patch.defaultAsvsVersion } : {}),
    ...(patch.defaultLevel ? { defaultLevel: patch.defaultLevel } : {}),
    ...(patch.disabledRules ? { disabledRules: patch.disabledRules.filter((id) => known.has(id)) } : {}),
  });
}
