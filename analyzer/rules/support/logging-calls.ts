// Logging calls: the logging module, loggers (logger.info, app.logger.warning, log.error, structlog),
// and print(), which the A09 rules treat as a log that nobody collects.
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { calleeName } from './calls.js';

const LEVELS = new Set(['debug', 'info', 'warning', 'warn', 'error', 'exception', 'critical', 'fatal', 'log', 'msg']);

export function isLoggingCall(call: SyntaxNode, ctx: RuleContext): boolean {
  if (call.type !== 'call') return false;
  const q = calleeName(call, ctx);
  if (q && /^(logging|structlog|loguru\.logger)\.\w+$/.test(q) && LEVELS.has(q.split('.').pop()!)) return true;
  const f = call.childForFieldName('function');
  if (f?.type !== 'attribute') return false;
  const method = f.childForFieldName('attribute')?.text ?? '';
  const recv = f.childForFieldName('object')?.text ?? '';
  return LEVELS.has(method) && /(^|\.|_)(log|logger|logging|LOG|LOGGER|audit_log|security_log|audit|_log|log_\w+|\w+_log|\w+_logger)$/i.test(recv);
}

export function isPrintCall(call: SyntaxNode, ctx: RuleContext): boolean {
  return call.type === 'call' && calleeName(call, ctx) === 'builtins.print';
}
