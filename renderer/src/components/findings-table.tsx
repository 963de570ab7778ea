// The findings grid: virtualised rows fetched in pages as they scroll into view, so 100,000
// findings cost only the rows on screen. Arrow keys, Page Up/Down, Home/End move; Enter opens.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FindingRow, FindingSortKey, FindingsFilter } from '../../../electron/ipc-contract.js';
import { visibleText } from '../../../domain/index.js';
import { call } from '../api.js';
import { ReviewBadge, SeverityBadge, TriageBadge } from './badges.js';
import { ErrorState } from './states.js';

const PAGE = 200;
const ROW_HEIGHT = 34;

const COLUMNS: Array<{ key: FindingSortKey | null; label: string; className: string }> = [
  { key: 'severity', label: 'Severity', className: 'col-sev' },
  { key: 'confidence', label: 'Confidence', className: 'col-conf' },
  { key: 'rule', label: 'Rule', className: 'col-rule' },
  { key: 'path', label: 'Location', className: 'col-path' },
  { key: null, label: 'Message', className: 'col-msg' },
  { key: 'status', label: 'Triage', className: 'col-triage' },
  { key: 'firstSeen', label: 'First seen', className: 'col-seen' },
];

export interface Sort {
  key: FindingSortKey;
  dir: 'asc' | 'desc';
}

export function FindingsTable(props: {
  projectId: number;
  filter: FindingsFilter;
  sort: Sort;
  onSort: (sort: Sort) => void;
  selectedId: number | null;
  onSelect: (row: FindingRow) => void;
  /** Bumped by the page after a triage change so visible rows refresh. */
  version: number;
  onTotal: (total: number | null) => void;
  /** Rows ticked for bulk triage. */
  /** Rows picked for bulk triage; without onToggle (the To review queue) nothing is selectable. */
  checked?: ReadonlySet<number>;
  onToggle?: (row: FindingRow) => void;
}) {
  const { projectId, filter, sort, version, onTotal } = props;
  const [total, setTotal] = useState<number | null>(null);
  const [rows, setRows] = useState<Map<number, FindingRow>>(() => new Map());
  const [error, setError] = useState<Error | null>(null);
  const [active, setActive] = useState(0);
  const requested = useRef(new Set<number>());
  const generation = useRef(0);
  const scroller = useRef<HTMLDivElement>(null);
  const key = JSON.stringify([projectId, filter, sort, version]);

  const fetchPage = (page: number, gen: number) => {
    if (requested.current.has(page)) return;
    requested.current.add(page);
    call((api) => api.queryFindings({ projectId, filter, sort, offset: page * PAGE, limit: PAGE })).then(
      (result) => {
        if (generation.current !== gen) return;
        setTotal(result.total);
        onTotal(result.total);
        setRows((prev) => {
          const next = new Map(prev);
          result.rows.forEach((r, i) => next.set(result.offset + i, r));
          return next;
        });
      },
      (e: unknown) => {
        if (generation.current !== gen) return;
        requested.current.delete(page);
        setError(e instanceof Error ? e : new Error(String(e)));
      },
    );
  };

  // A new filter or sort starts from an empty cache and the first page.
  useEffect(() => {
    const gen = ++generation.current;
    requested.current = new Set();
    setRows(new Map());
    setTotal(null);
    onTotal(null);
    setError(null);
    setActive(0);
    scroller.current?.scrollTo({ top: 0 });
    fetchPage(0, gen);
  }, [key]);

  const virtualizer = useVirtualizer({ count: total ?? 0, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (total === null) return;
    for (let p = Math.floor(first / PAGE); p <= Math.floor(last / PAGE); p++) fetchPage(p, generation.current);
  }, [first, last, total]);

  const move = (to: number) => {
    if (!total) return;
    const next = Math.max(0, Math.min(total - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const pageRows = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + pageRows, PageUp: active - pageRows, Home: 0, End: (total ?? 1) - 1 };
    if (e.key in moves) {
      e.preventDefault();
      move(moves[e.key]!);
    } else if (e.key === 'Enter' || e.key === ' ') {
      const row = rows.get(active);
      if (row) {
        e.preventDefault();
        props.onSelect(row);
      }
    }
  };

  if (error) return <ErrorState error={error} onRetry={() => setError(null)} />;
  const activeRow = rows.get(active);
  return (
    <div className="findings-table">
      <div className="grid-head" role="row">
        <div role="columnheader" className="col-check">
          <span className="visually-hidden">Select</span>
        </div>
        {COLUMNS.map((c) => {
          const sorted = c.key !== null && sort.key === c.key;
          return (
            <div key={c.label} role="columnheader" className={c.className} aria-sort={sorted ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
              {c.key ? (
                <button type="button" className="sort" onClick={() => props.onSort({ key: c.key!, dir: sorted && sort.dir === 'desc' ? 'asc' : 'desc' })}>
                  {c.label}
                  <span aria-hidden="true">{sorted ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              ) : (
                c.label
              )}
            </div>
          );
        })}
      </div>
      <div
        ref={scroller}
        className="grid-body"
        role="grid"
        aria-label="Findings"
        aria-rowcount={total ?? 0}
        aria-activedescendant={activeRow ? `finding-row-${activeRow.id}` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="findings-grid"
      >
        {total === 0 && <div className="state state-empty">No findings match these filters.</div>}
        {total === null && <div className="state state-loading" role="status">Loading findings…</div>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows.get(item.index);
            const isActive = item.index === active;
            return (
              <div
                key={item.key}
                id={row ? `finding-row-${row.id}` : undefined}
                role="row"
                aria-rowindex={item.index + 1}
                aria-selected={row !== undefined && row.id === props.selectedId}
                className={`grid-row${isActive ? ' active' : ''}${row && row.id === props.selectedId ? ' selected' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={() => {
                  setActive(item.index);
                  if (row) props.onSelect(row);
                }}
              >
                {row ? (
                  <>
                    <div role="gridcell" className="col-check">
                      {props.onToggle && (
                        <input
                          type="checkbox"
                          aria-label={`Select ${row.ruleId} at ${row.path}:${row.line}`}
                          checked={props.checked?.has(row.id) ?? false}
                          onClick={(e) => e.stopPropagation()}
                          onChange={() => props.onToggle?.(row)}
                        />
                      )}
                    </div>
                    <Cells row={row} />
                  </>
                ) : (
                  <div role="gridcell" className="col-loading">…</div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function Cells({ row }: { row: FindingRow }) {
  return (
    <>
      <div role="gridcell" className="col-sev">
        <SeverityBadge severity={row.severity} />
      </div>
      <div role="gridcell" className="col-conf">
        {row.confidence}
      </div>
      <div role="gridcell" className="col-rule" title={row.title}>
        {row.ruleId}
      </div>
      <div role="gridcell" className="col-path" title={`${visibleText(row.path)}:${row.line}`}>
        {visibleText(row.path)}:{row.line}
      </div>
      <div role="gridcell" className="col-msg" title={visibleText(row.message)}>
        {row.standing === 'suppressed_without_reason' && <span className="chip status-failing">suppressed without a reason</span>} {visibleText(row.message)}
      </div>
      <div role="gridcell" className="col-triage">
        {row.review === null ? <TriageBadge status={row.triage} /> : <ReviewBadge review={row.review} />}
        {row.assignee && (
          <span className="assignee" title={`Assigned to ${visibleText(row.assignee)}`}>
            {' '}
            {visibleText(row.assignee)}
          </span>
        )}
      </div>
      <div role="gridcell" className="col-seen">
        {row.firstSeenAt.slice(0, 10)}
      </div>
    </>
  );
}
