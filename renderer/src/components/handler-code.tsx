// An endpoint's handler as read-only code, opened from its `file:line` on the Endpoints page. Main
// reads it (endpoints:source) by the endpoint's place in the stored inventory: the page never sends
// a path, and a path the scan recorded outside the repository is refused there, with the reason
// shown here. The lines are repository text: CodeSnippet shows them as text only.
import { call } from '../api.js';
import { visibleText } from '../../../domain/index.js';
import { useLoad } from '../use-load.js';
import { CodeSnippet } from './code-snippet.js';
import { ErrorState, Loading } from './states.js';

export function HandlerCode({ projectId, scanId, ordinal, onClose }: { projectId: number; scanId: number; ordinal: number; onClose: () => void }) {
  const load = useLoad(() => call((api) => api.handlerSource({ projectId, scanId, ordinal })), [projectId, scanId, ordinal]);
  return (
    <div className="handler-code" data-testid="handler-code" role="region" aria-label="Handler code">
      <div className="handler-code-head">
        <strong className="path">{load.data ? `${visibleText(load.data.file)}:${load.data.line}${load.data.endLine !== null ? `–${load.data.endLine}` : ''}` : 'Handler'}</strong>
        {load.data && <span className="why mono"> {visibleText(load.data.name)}</span>}
        <button type="button" className="secondary" onClick={onClose}>
          Close code
        </button>
      </div>
      {load.state === 'error' && <ErrorState error={load.error} onRetry={load.reload} />}
      {load.state === 'loading' && !load.data && <Loading what="the handler's code" />}
      {load.data?.lines && <CodeSnippet code={load.data.lines.join('\n')} startLine={load.data.startLine} label={`Code of ${visibleText(load.data.name)}`} />}
      {load.data?.note && (
        <p className="muted" data-testid="handler-code-note">
          {load.data.note}
        </p>
      )}
      {load.data?.lines && <p className="muted">From the repository now, read-only.</p>}
    </div>
  );
}
