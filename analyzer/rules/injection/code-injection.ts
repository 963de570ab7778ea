// Python code built from untrusted input: a taint rule. Sources, sinks and sanitizers live in analyzer/frameworks/; this file
// says which sink kinds it reports and what to tell the user.
import { defineRule } from '../../rule.js';

export const codeInjection = defineRule({
  id: 'PY-INJ-CODE',
  title: "Python code built from untrusted input",
  cwe: [95],
  asvs: { '5.0.0': ['V1.3.2'], '4.0.3': ['V5.2.4'] },
  severity: 'critical',
  confidence: 'high',
  kind: 'vulnerability',
  bandit: ['B307'],
  docs: {
    what: "Finds request data reaching eval, exec or compile.",
    why: "Whoever controls the string runs arbitrary Python inside the application process.",
    example: "total = eval(request.POST[\"expression\"])",
    fix: "values = ast.literal_eval(request.POST[\"values\"])  # literals only",
    byFramework: {
      flask: { example: "total = eval(request.form[\"expression\"])", fix: "values = ast.literal_eval(request.form[\"values\"])  # literals only" },
      fastapi: { example: "total = eval(expression)", fix: "values = ast.literal_eval(values)  # literals only; better, a Pydantic model of the allowed shape" },
    },
    references: ["https://cwe.mitre.org/data/definitions/95.html", "https://docs.python.org/3/library/ast.html#ast.literal_eval"],
  },
  taint: { sinkKinds: ['code'] },
});
