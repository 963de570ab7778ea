// Libraries a web app uses whatever its framework (forms, database drivers, caches), one file each:
// their sources, sinks and sanitizers join the merged taint model (../index.ts).
import type { SyntaxNode } from '../../rule.js';
import type { FileContext } from '../../file-context.js';
import type { FrameworkModel } from '../model.js';
import { wtformsFieldNeutral, wtformsModel } from './wtforms.js';
import { sqlalchemyModel } from './sqlalchemy.js';
import { sqlDriversModel } from './sql-drivers.js';
import { redisModel } from './redis.js';

export const LIBRARY_MODELS: readonly FrameworkModel[] = [wtformsModel, sqlalchemyModel, sqlDriversModel, redisModel];

/**
 * Whether a form field declared by this call yields a value with no injection in it (its type or
 * validators decide), or undefined when no library speaks for the call. Asked while lowering.
 */
export function fieldDeclarationNeutral(call: SyntaxNode, ctx: FileContext): boolean | undefined {
  return wtformsFieldNeutral(call, ctx);
}
