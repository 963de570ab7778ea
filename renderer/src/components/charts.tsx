// The dashboard's charts. Each chart sits beside a small table of the same numbers, so the
// figures are readable by screen readers and checkable without hovering.
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BySeverity, ChapterCoverage, HistoryPoint, Severity } from '../../../electron/ipc-contract.js';
import { percent, SEVERITY_COLORS, SEVERITY_ORDER, shortDate, STATUS_COLORS, STATUS_LABELS, STATUS_ORDER } from '../format.js';

const AXIS = { stroke: 'var(--muted)', fontSize: 12 };

export function ComplianceGauge({ ratio, label }: { ratio: number; label: string }) {
  const data = [
    { name: 'compliant', value: Math.max(0, Math.min(1, ratio)) },
    { name: 'rest', value: 1 - Math.max(0, Math.min(1, ratio)) },
  ];
  return (
    <div className="gauge" role="img" aria-label={`${label}: ${percent(ratio)}`}>
      <ResponsiveContainer width="100%" height={180}>
        <PieChart>
          <Pie data={data} dataKey="value" startAngle={210} endAngle={-30} innerRadius="70%" outerRadius="95%" stroke="none" isAnimationActive={false}>
            <Cell fill="var(--ok)" />
            <Cell fill="var(--track)" />
          </Pie>
        </PieChart>
      </ResponsiveContainer>
      <div className="gauge-value" data-testid="compliance-value">
        {percent(ratio)}
      </div>
    </div>
  );
}

/** Recharts hands a clicked bar's datum as `payload`. */
const picked = (entry: unknown): string | undefined => (entry as { payload?: { name?: unknown } } | undefined)?.payload?.name as string | undefined;

export function ChapterBars({ chapters, onPick }: { chapters: ChapterCoverage[]; onPick?: (chapter: string) => void }) {
  const data = chapters.map((c) => ({ name: c.id, title: c.name, ...c.counts }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(260, chapters.length * 26 + 60)}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={AXIS} />
        <YAxis type="category" dataKey="name" width={44} tick={AXIS} />
        <Tooltip labelFormatter={(_l, payload) => String(payload?.[0]?.payload?.title ?? '')} contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)' }} />
        <Legend itemSorter={null} />
        {STATUS_ORDER.map((s) => (
          <Bar
            key={s}
            dataKey={s}
            name={STATUS_LABELS[s]}
            stackId="status"
            fill={STATUS_COLORS[s]}
            // Panel-coloured edges part the segments, so each is told from the next by contrast with the panel.
            stroke="var(--panel)"
            strokeWidth={1}
            isAnimationActive={false}
            cursor={onPick ? 'pointer' : undefined}
            onClick={(entry) => {
              const chapter = picked(entry);
              if (chapter && onPick) onPick(chapter);
            }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

export function SeverityBars({ counts, onPick }: { counts: BySeverity; onPick?: (severity: Severity) => void }) {
  const data = SEVERITY_ORDER.map((s) => ({ name: s, count: counts[s] }));
  return (
    <ResponsiveContainer width="100%" height={200}>
      <BarChart data={data} margin={{ left: 0, right: 8, top: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" vertical={false} />
        <XAxis dataKey="name" tick={AXIS} />
        <YAxis allowDecimals={false} tick={AXIS} />
        <Tooltip contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)' }} />
        <Bar
          dataKey="count"
          name="Open findings"
          isAnimationActive={false}
          cursor={onPick ? 'pointer' : undefined}
          onClick={(entry) => {
            const severity = picked(entry) as Severity | undefined;
            if (severity && onPick) onPick(severity);
          }}
        >
          {data.map((d) => (
            <Cell key={d.name} fill={SEVERITY_COLORS[d.name]} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

export function OpenBySeverityTrend({ history }: { history: HistoryPoint[] }) {
  const data = history.map((h) => ({ name: `#${h.scanId} ${shortDate(h.startedAt)}`, ...h.openBySeverity }));
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={data} margin={{ left: 0, right: 16, top: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
        <XAxis dataKey="name" tick={AXIS} />
        <YAxis allowDecimals={false} tick={AXIS} />
        <Tooltip contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)' }} />
        <Legend itemSorter={null} />
        {SEVERITY_ORDER.map((s) => (
          <Line key={s} type="monotone" dataKey={s} stroke={SEVERITY_COLORS[s]} dot isAnimationActive={false} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

export function ComplianceTrend({ history }: { history: HistoryPoint[] }) {
  const data = history.map((h) => ({ name: `#${h.scanId} ${shortDate(h.startedAt)}`, compliance: h.compliance === null ? null : Math.round(h.compliance * 1000) / 10 }));
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={data} margin={{ left: 0, right: 16, top: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
        <XAxis dataKey="name" tick={AXIS} />
        <YAxis domain={[0, 100]} unit="%" tick={AXIS} />
        <Tooltip contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)' }} />
        <Line type="monotone" dataKey="compliance" name="Compliance %" stroke="var(--ok)" dot isAnimationActive={false} connectNulls />
      </LineChart>
    </ResponsiveContainer>
  );
}

export function NewFixedBars({ history }: { history: HistoryPoint[] }) {
  const data = history.map((h) => ({ name: `#${h.scanId} ${shortDate(h.startedAt)}`, new: h.newCount, fixed: h.fixedCount }));
  return (
    <ResponsiveContainer width="100%" height={220}>
      <BarChart data={data} margin={{ left: 0, right: 16, top: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" vertical={false} />
        <XAxis dataKey="name" tick={AXIS} />
        <YAxis allowDecimals={false} tick={AXIS} />
        <Tooltip contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)' }} />
        <Legend itemSorter={null} />
        <Bar dataKey="new" name="New" fill="#d1452f" isAnimationActive={false} />
        <Bar dataKey="fixed" name="Fixed" fill="#2e8b57" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
