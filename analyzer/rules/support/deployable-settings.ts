// The settings rules that judge a few named Django settings one by one: in a deployable settings
// module only, each setting whose final value is a known constant, reported on its assignment.
// One loop, so the rules agree on which modules count and where a finding points.
import type { RuleContext } from '../../rule.js';
import type { ConstValue } from '../../constants.js';
import { isDeployable, settingsModule } from '../django-settings/settings-model.js';

/**
 * For each setting named in `effects` (name → what its value lets happen), `judge` gets its known
 * value and returns the finding's message, or null when the value is fine.
 */
export function judgeDeployableSettings(ctx: RuleContext, effects: Readonly<Record<string, string>>, judge: (name: string, value: ConstValue, effect: string) => string | null): void {
  const model = settingsModule(ctx);
  if (!model || !isDeployable(model)) return;
  for (const [name, effect] of Object.entries(effects)) {
    const v = model.setting(name);
    if (v.state !== 'known') continue;
    const message = judge(name, v.value, effect);
    if (message !== null) ctx.report(v.node.parent ?? v.node, { message });
  }
}
