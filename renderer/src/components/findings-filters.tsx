// The findings filter bar: free-text search, severity, confidence, triage, lifecycle, rule, CWE,
// ASVS id, assignee and path.
import { useEffect, useState } from 'react';
import type { FindingFacets, FindingsFilter, Severity } from '../../../electron/ipc-contract.js';
import { CONFIDENCES, cweLabel, LIFECYCLES, TRIAGE_STATUSES } from '../../../domain/index.js';
import { SEVERITY_ORDER, TRIAGE_LABELS } from '../format.js';

const TRIAGES = TRIAGE_STATUSES;
/** The select's value for "nobody"; a name cannot hold control characters, so it cannot collide. */
const UNASSIGNED = '\u0000unassigned';

function toggle<T>(list: T[] | undefined, value: T): T[] | undefined {
  const current = list ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return next.length ? next : undefined;
}

function Checks<T extends string>(props: { legend: string; values: readonly T[]; selected: T[] | undefined; label?: (v: T) => string; onChange: (next: T[] | undefined) => void }) {
  return (
    <fieldset className="checks">
      <legend>{props.legend}</legend>
      {props.values.map((v) => (
        <label key={v}>
          <input type="checkbox" checked={props.selected?.includes(v) ?? false} onChange={() => props.onChange(toggle(props.selected, v))} />
          {props.label ? props.label(v) : v}
        </label>
      ))}
    </fieldset>
  );
}

export function FindingsFilters({ filter, facets, onChange }: { filter: FindingsFilter; facets: FindingFacets | null; onChange: (next: FindingsFilter) => void }) {
  const [path, setPath] = useState(filter.pathText ?? '');
  const [asvs, setAsvs] = useState(filter.asvs ?? '');
  const [search, setSearch] = useState(filter.search ?? '');
  useEffect(() => setAsvs(filter.asvs ?? ''), [filter.asvs]);
  // The filter can change from outside (back/forward, a link): the boxes follow it.
  useEffect(() => setSearch(filter.search ?? ''), [filter.search]);
  useEffect(() => setPath(filter.pathText ?? ''), [filter.pathText]);
  useEffect(() => {
    const t = window.setTimeout(() => {
      const text = search.trim() || undefined;
      if (text !== filter.search) onChange({ ...filter, search: text });
    }, 250);
    return () => window.clearTimeout(t);
  }, [search]);
  // Typing in the path box waits for a pause before querying 100,000 rows again.
  useEffect(() => {
    const t = window.setTimeout(() => {
      const text = path.trim() || undefined;
      if (text !== filter.pathText) onChange({ ...filter, pathText: text });
    }, 250);
    return () => window.clearTimeout(t);
  }, [path]);
  const asvsValid = asvs.trim() === '' || /^V\d{1,2}(\.\d{1,2}){0,2}$/.test(asvs.trim());
  return (
    <form className="filters" aria-label="Filter findings" onSubmit={(e) => e.preventDefault()}>
      <label className="search-box">
        Search
        <input type="search" value={search} placeholder="message, file, rule, CWE-89, code…" aria-label="Search findings" onChange={(e) => setSearch(e.target.value)} />
      </label>
      <Checks legend="Severity" values={SEVERITY_ORDER} selected={filter.severity} onChange={(severity: Severity[] | undefined) => onChange({ ...filter, severity })} />
      <Checks legend="Confidence" values={CONFIDENCES} selected={filter.confidence} onChange={(confidence) => onChange({ ...filter, confidence })} />
      <Checks legend="Triage" values={TRIAGES} selected={filter.triage} label={(v) => TRIAGE_LABELS[v]} onChange={(triage) => onChange({ ...filter, triage })} />
      <Checks legend="Lifecycle" values={LIFECYCLES} selected={filter.lifecycle} onChange={(lifecycle) => onChange({ ...filter, lifecycle })} />
      <div className="filter-fields">
        <label>
          Rule
          <select value={filter.ruleId?.[0] ?? ''} onChange={(e) => onChange({ ...filter, ruleId: e.target.value ? [e.target.value] : undefined })}>
            <option value="">Any rule</option>
            {facets?.rules.map((r) => (
              <option key={r.id} value={r.id}>
                {r.id} ({r.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          CWE
          <select value={filter.cwe?.[0] ?? ''} onChange={(e) => onChange({ ...filter, cwe: e.target.value ? [Number(e.target.value)] : undefined })}>
            <option value="">Any CWE</option>
            {facets?.cwes.map((c) => (
              <option key={c.cwe} value={c.cwe}>
                {cweLabel(c.cwe)} ({c.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          ASVS chapter or requirement
          <input
            value={asvs}
            placeholder="V1 or V1.2.4"
            aria-invalid={!asvsValid}
            onChange={(e) => setAsvs(e.target.value)}
            onBlur={() => asvsValid && onChange({ ...filter, asvs: asvs.trim() || undefined })}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && asvsValid) onChange({ ...filter, asvs: asvs.trim() || undefined });
            }}
          />
        </label>
        <label>
          Assignee
          <select
            aria-label="Filter by assignee"
            value={filter.assignee === undefined ? '' : filter.assignee[0] === null ? UNASSIGNED : (filter.assignee[0] ?? '')}
            onChange={(e) => onChange({ ...filter, assignee: e.target.value === '' ? undefined : [e.target.value === UNASSIGNED ? null : e.target.value] })}
          >
            <option value="">Anyone</option>
            <option value={UNASSIGNED}>Unassigned</option>
            {facets?.assignees.map((a) => (
              <option key={a.name} value={a.name}>
                {a.name} ({a.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          Path contains
          <input type="search" value={path} placeholder="e.g. views.py" onChange={(e) => setPath(e.target.value)} />
        </label>
      </div>
    </form>
  );
}
