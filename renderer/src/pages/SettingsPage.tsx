// Settings: reviewer, SLA days, default ASVS target, theme, rules on/off, the ASVS import and the advisories.
import { plural } from '../../../domain/index.js';
import { useEffect, useState } from 'react';
import type { AsvsLevel, AsvsVersion, Settings, SettingsView, Theme } from '../../../electron/ipc-contract.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { LevelPicker } from '../components/level-picker.js';
import { ErrorState, Loading } from '../components/states.js';
import { SEVERITY_ORDER } from '../format.js';
import { useLoad } from '../use-load.js';

export function SettingsPage() {
  const { settings, settingsChanged } = useApp();
  const [draft, setDraft] = useState<SettingsView | null>(settings);
  const [error, setError] = useState<Error | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => setDraft(settings), [settings]);

  const save = async (patch: Partial<Settings>, what: string) => {
    setError(null);
    setSaved(null);
    try {
      const next = await call((api) => api.updateSettings(patch));
      settingsChanged(next);
      setSaved(`${what} saved.`);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };

  if (!draft) return <div className="page"><h1>Settings</h1><Loading what="settings" /></div>;
  return (
    <div className="page settings">
      <header className="page-head">
        <h1>Settings</h1>
        {saved && (
          <span className="ok" role="status">
            {saved}
          </span>
        )}
      </header>
      {error && <ErrorState error={error} />}
      <div className="grid grid-2">
        <form
          className="card"
          aria-label="Reviewer and SLA"
          onSubmit={(e) => {
            e.preventDefault();
            void save({ reviewer: draft.reviewer, slaDays: draft.slaDays }, 'Reviewer and SLA');
          }}
        >
          <h2>Reviewer and remediation SLA</h2>
          <label className="block">
            Reviewer name (recorded on every triage decision and attestation)
            <input value={draft.reviewer} onChange={(e) => setDraft({ ...draft, reviewer: e.target.value })} required maxLength={200} />
          </label>
          <fieldset className="sla">
            <legend>Days to fix, per severity (0 = no SLA)</legend>
            {SEVERITY_ORDER.map((s) => (
              <label key={s}>
                {s}
                <input type="number" min={0} max={3650} value={draft.slaDays[s]} onChange={(e) => setDraft({ ...draft, slaDays: { ...draft.slaDays, [s]: Number(e.target.value) } })} />
              </label>
            ))}
          </fieldset>
          <button type="submit">Save</button>
        </form>
        <section className="card" aria-labelledby="h-appearance">
          <h2 id="h-appearance">Defaults and appearance</h2>
          <p>Default ASVS target for new projects</p>
          <LevelPicker version={draft.defaultAsvsVersion} level={draft.defaultLevel} onChange={(v: AsvsVersion, l: AsvsLevel) => void save({ defaultAsvsVersion: v, defaultLevel: l }, 'Default target')} />
          <fieldset className="checks">
            <legend>Theme</legend>
            {(['system', 'light', 'dark'] as Theme[]).map((t) => (
              <label key={t}>
                <input
                  type="radio"
                  name="theme"
                  checked={draft.theme === t}
                  onChange={() => {
                    setDraft({ ...draft, theme: t });
                    void save({ theme: t }, 'Theme');
                  }}
                />
                {t === 'system' ? 'Follow the system' : t === 'light' ? 'Light' : 'Dark'}
              </label>
            ))}
          </fieldset>
          <h2>ASVS official text</h2>
          <p className="muted">
            Assay ships one-line summaries in its own words. Import the official OWASP ASVS JSON export to read the full requirement text beside them.
            {draft.importedAsvs.length > 0 && ` Imported: ${draft.importedAsvs.join(', ')}.`}
          </p>
          <button
            type="button"
            onClick={() =>
              void call((api) => api.importAsvs()).then(
                async (r) => {
                  if (r) {
                    setSaved(`Imported ASVS ${r.version}: ${plural(r.requirements, 'requirement')}.`);
                    settingsChanged(await call((api) => api.getSettings()));
                  }
                },
                (e: unknown) => setError(e instanceof Error ? e : new Error(String(e))),
              )
            }
          >
            Import ASVS JSON…
          </button>
        </section>
        <AdvisoriesPanel />
        <section className="card span-2" aria-labelledby="h-rules">
          <h2 id="h-rules">Rules</h2>
          <p className="muted">Disabled rules do not run in the next scans. Their requirements then read as not verified, never as passing.</p>
          <ul className="rules">
            {draft.rules.map((r) => (
              <li key={r.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={r.enabled}
                    onChange={() => {
                      const disabled = r.enabled ? [...draft.disabledRules, r.id] : draft.disabledRules.filter((x) => x !== r.id);
                      // Shown at once; the saved settings replace the draft when main answers.
                      setDraft({ ...draft, disabledRules: disabled, rules: draft.rules.map((x) => (x.id === r.id ? { ...x, enabled: !r.enabled } : x)) });
                      void save({ disabledRules: disabled }, `Rule ${r.id}`);
                    }}
                  />
                  <span className="req-id">{r.id}</span> {r.title} <span className={`badge sev-${r.severity}`}>{r.severity}</span>
                </label>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}

/** Settings → Advisories: the offline OSV data dependency versions are matched against. */
function AdvisoriesPanel() {
  const status = useLoad(() => call((api) => api.advisoryStatus()), []);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  const run = (kind: 'file' | 'folder') => {
    setFailure(null);
    call((api) => api.importAdvisories({ kind })).then(
      (r) => {
        if (!r) return;
        const skipped = r.invalid.length ? ` ${r.invalid.length} skipped: ${r.invalid.slice(0, 3).map((i) => `${i.name.split(/[\\/]/).pop()} (${i.reason})`).join('; ')}.` : '';
        setOutcome(`Read ${plural(r.read, 'record')} from the ${r.source}: ${r.added} added, ${r.replaced} replaced, ${r.unchanged} already current.${skipped}`);
        status.reload();
      },
      (e: unknown) => setFailure(e instanceof Error ? e : new Error(String(e))),
    );
  };
  const s = status.data;
  return (
    <section className="card" aria-labelledby="h-advisories">
      <h2 id="h-advisories">Advisories</h2>
      <p className="muted">
        Known vulnerabilities are matched offline, against OSV advisories you import: a record, a folder of them, or osv.dev’s PyPI all.zip. Data older than{' '}
        {s?.maxAgeDays ?? 30} days does not earn a pass for the component requirements.
      </p>
      {s &&
        (s.count === 0 ? (
          <p className="callout">No advisories imported: dependency versions are not checked for known vulnerabilities.</p>
        ) : (
          <p className={s.stale ? 'callout' : undefined}>
            {plural(s.count, 'advisory', 'advisories')} for {plural(s.packages, 'package')}; newest modified {s.newestModified?.slice(0, 10)} ({s.ageDays === null ? 'age unknown' : `${plural(s.ageDays, 'day')} ago`}){s.stale ? ' — too old: import a fresh copy.' : '.'}
          </p>
        ))}
      <div className="actions">
        <button type="button" onClick={() => run('file')}>
          Import file or zip…
        </button>{' '}
        <button type="button" onClick={() => run('folder')}>
          Import folder…
        </button>
      </div>
      {outcome && <p role="status">{outcome}</p>}
      {failure && <p role="alert" className="error">{failure.message}</p>}
    </section>
  );
}
