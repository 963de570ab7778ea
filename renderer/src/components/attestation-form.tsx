// Records a person's verdict on a requirement: status, evidence, links and an optional expiry.
import { useState } from 'react';
import type { AsvsVersion, AttestationStatus, RequirementDetail } from '../../../electron/ipc-contract.js';
import { ATTESTATION_LABELS } from '../../../domain/index.js';
import { call } from '../api.js';
import { useSubmit } from '../use-submit.js';
import { FormError, SaveButton } from './form-parts.js';

const LABELS = ATTESTATION_LABELS;

export function AttestationForm({ projectId, version, requirementId, onSaved }: { projectId: number; version: AsvsVersion; requirementId: string; onSaved: (next: RequirementDetail) => void }) {
  const [status, setStatus] = useState<AttestationStatus>('pass');
  const [evidence, setEvidence] = useState('');
  const [links, setLinks] = useState('');
  const [expires, setExpires] = useState('');
  const [override, setOverride] = useState('');
  const [files, setFiles] = useState<Array<{ token: string; name: string; bytes: number }>>([]);
  const { error, setError, saving, run } = useSubmit();
  const submit = async () => {
    const linkList = links
      .split(/\s+/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (!evidence.trim()) return setError('Describe the evidence: what was checked, how, and where the proof is.');
    const bad = linkList.find((l) => !/^https:\/\/\S+$/.test(l));
    if (bad) return setError(`Links must be https URLs: ${bad}`);
    await run(async () => {
      const next = await call((api) => api.attest({ projectId, asvsVersion: version, requirementId, status, evidence: evidence.trim(), links: linkList, expiresAt: expires || null, override: status === 'pass' && override.trim() ? override.trim() : null, fileTokens: files.map((f) => f.token) }));
      setEvidence('');
      setLinks('');
      setExpires('');
      setOverride('');
      setFiles([]);
      onSaved(next);
    });
  };
  return (
    <form
      className="attest-form"
      aria-label="Attest requirement"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset className="checks">
        <legend>Verdict</legend>
        {(Object.keys(LABELS) as AttestationStatus[]).map((s) => (
          <label key={s}>
            <input type="radio" name="attest-status" value={s} checked={status === s} onChange={() => setStatus(s)} />
            {LABELS[s]}
          </label>
        ))}
      </fieldset>
      <label className="block">
        Evidence (required)
        <textarea rows={3} value={evidence} onChange={(e) => setEvidence(e.target.value)} aria-required="true" />
      </label>
      <label className="block">
        Links (https, one per line)
        <textarea rows={2} value={links} onChange={(e) => setLinks(e.target.value)} />
      </label>
      {status === 'pass' && (
        <label className="block">
          Override open findings (only when the scan has open findings here: the justification, recorded as a conflict)
          <textarea rows={2} value={override} onChange={(e) => setOverride(e.target.value)} />
        </label>
      )}
      <div className="block">
        <button type="button" onClick={() => void call((api) => api.pickEvidence()).then((picked) => picked && setFiles((f) => [...f, ...picked])).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))}>
          Attach evidence files…
        </button>{' '}
        {files.length > 0 && <span className="path">{files.map((f) => `${f.name} (${f.bytes} bytes)`).join(', ')}</span>}
      </div>
      <label className="block">
        Expires (optional)
        <input type="date" value={expires} onChange={(e) => setExpires(e.target.value)} />
      </label>
      <FormError error={error} />
      <SaveButton saving={saving} label="Record attestation" />
    </form>
  );
}
