// ASVS version and level selectors used by the dashboard, the explorer and reports.
import type { AsvsLevel, AsvsVersion } from '../../../electron/ipc-contract.js';

export function LevelPicker(props: { version: AsvsVersion; level: AsvsLevel; onChange: (version: AsvsVersion, level: AsvsLevel) => void }) {
  return (
    <div className="level-picker">
      <label>
        ASVS{' '}
        <select value={props.version} onChange={(e) => props.onChange(e.target.value as AsvsVersion, props.level)}>
          <option value="5.0.0">5.0.0</option>
          <option value="4.0.3">4.0.3</option>
        </select>
      </label>
      <label>
        Level{' '}
        <select value={props.level} onChange={(e) => props.onChange(props.version, Number(e.target.value) as AsvsLevel)}>
          <option value={1}>1</option>
          <option value={2}>2</option>
          <option value={3}>3</option>
        </select>
      </label>
    </div>
  );
}
