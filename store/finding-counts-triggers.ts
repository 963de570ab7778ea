// The triggers that keep finding_counts and finding_paths exact (migrations 015 and 016), generated
// from the grouped columns so that a migration adding a column regenerates the same shape. Each
// finding is in exactly one group; a project listed in finding_counts_pending is skipped (its
// recording rebuilds its groups before commit).

export const PATH_COLUMNS = ['project_id', 'path', 'rule_id'] as const;

/** The names findingCountTriggers creates. */
export const FINDING_COUNT_TRIGGERS = ['finding_counts_insert', 'finding_counts_delete', 'finding_counts_update'] as const;

const matches = (row: 'NEW' | 'OLD', columns: readonly string[]) => columns.map((c) => `c.${c} IS ${row}.${c}`).join(' AND ');
const values = (row: 'NEW' | 'OLD', columns: readonly string[]) => columns.map((c) => `${row}.${c}`).join(', ');
const pending = (row: 'NEW' | 'OLD') => `NOT EXISTS (SELECT 1 FROM finding_counts_pending p WHERE p.project_id = ${row}.project_id)`;

const enter = (group: readonly string[]) => `
    INSERT INTO finding_counts (${group.join(', ')}, n, latest_id) SELECT ${values('NEW', group)}, 0, NEW.id
      WHERE NOT EXISTS (SELECT 1 FROM finding_counts c WHERE ${matches('NEW', group)});
    UPDATE finding_counts AS c SET n = n + 1, latest_id = max(latest_id, NEW.id) WHERE ${matches('NEW', group)};
    INSERT INTO finding_paths (${PATH_COLUMNS.join(', ')}, n) SELECT ${values('NEW', PATH_COLUMNS)}, 0
      WHERE NOT EXISTS (SELECT 1 FROM finding_paths c WHERE ${matches('NEW', PATH_COLUMNS)});
    UPDATE finding_paths AS c SET n = n + 1 WHERE ${matches('NEW', PATH_COLUMNS)};`;
const leave = (group: readonly string[]) => `
    UPDATE finding_counts AS c SET n = n - 1 WHERE ${matches('OLD', group)};
    DELETE FROM finding_counts AS c WHERE ${matches('OLD', group)} AND c.n = 0;
    UPDATE finding_paths AS c SET n = n - 1 WHERE ${matches('OLD', PATH_COLUMNS)};
    DELETE FROM finding_paths AS c WHERE ${matches('OLD', PATH_COLUMNS)} AND c.n = 0;`;

/** CREATE TRIGGER statements for finding_counts grouped by `group` (finding_paths by PATH_COLUMNS). */
export function findingCountTriggers(group: readonly string[]): string {
  const watched = [...new Set([...group, ...PATH_COLUMNS])];
  return `
CREATE TRIGGER finding_counts_insert AFTER INSERT ON findings WHEN ${pending('NEW')}
  BEGIN ${enter(group)}
  END;
CREATE TRIGGER finding_counts_delete AFTER DELETE ON findings WHEN ${pending('OLD')}
  BEGIN ${leave(group)}
  END;
CREATE TRIGGER finding_counts_update AFTER UPDATE OF ${watched.join(', ')} ON findings
  WHEN ${pending('OLD')} AND ${pending('NEW')} AND NOT (${watched.map((c) => `OLD.${c} IS NEW.${c}`).join(' AND ')})
  BEGIN ${leave(group)} ${enter(group)}
  END;
`;
}
