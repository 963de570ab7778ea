// Libraries a web app uses whatever its framework (forms, database drivers, caches), one file each:
// their sources, sinks and sanitizers join the merged taint model (../index.ts).
import type { SyntaxNode } from '../../rule.js';
import type { FileContext } from '../../file-context.js';
import type { FrameworkModel } from '../model.js';
import { wtformsModel } from './wtforms.js';
import type { FieldJudgement } from './field-validators.js';
import { judgeFieldDeclaration, patternBoundsValue } from './field-validators.js';

export { patternBoundsValue };
import { sqlalchemyModel } from './sqlalchemy.js';
import { sqlDriversModel } from './sql-drivers.js';
import { redisModel } from './redis.js';
import { filesModel } from './files.js';
import { marshmallowModel } from './marshmallow.js';
import { pydanticModel } from './pydantic.js';
import { storedDataModel } from './stored-data.js';

export const LIBRARY_MODELS: readonly FrameworkModel[] = [wtformsModel, sqlalchemyModel, sqlDriversModel, redisModel, filesModel, marshmallowModel, pydanticModel, storedDataModel];

/**
 * What a form field declared by this call can hold (the kinds its value is clean for, from its type
 * or validators), or undefined when no library speaks for the call. Asked while lowering.
 */
export function fieldDeclaration(call: SyntaxNode, ctx: FileContext): FieldJudgement | undefined {
  return judgeFieldDeclaration(call, ctx);
}
