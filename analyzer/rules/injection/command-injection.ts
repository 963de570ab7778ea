// OS command built from untrusted input: a taint rule. Sources, sinks and sanitizers live in analyzer/frameworks/; this file
// says which sink kinds it reports and what to tell the user.
import { defineRule } from '../../rule.js';

export const commandInjection = defineRule({
  id: 'PY-INJ-CMD',
  title: "OS command built from untrusted input",
  cwe: [78],
  asvs: { '5.0.0': ['V1.2.5'], '4.0.3': ['V5.3.8'] },
  severity: 'critical',
  confidence: 'high',
  kind: 'vulnerability',
  bandit: ['B602', 'B605', 'B607'],
  docs: {
    what: "Finds request data reaching os.system, os.popen, subprocess with shell=True or a string command, and argv lists where the input can be read as an option (no \"--\" before it).",
    why: "Shell metacharacters or an injected option let an attacker run any command with the privileges of the application.",
    example: "os.system(\"ping -c 1 \" + request.GET[\"host\"])",
    fix: "subprocess.run([\"ping\", \"-c\", \"1\", \"--\", host], check=True)  # no shell, input after --",
    references: ["https://cwe.mitre.org/data/definitions/78.html", "https://cheatsheetseries.owasp.org/cheatsheets/OS_Command_Injection_Defense_Cheat_Sheet.html"],
  },
  taint: { sinkKinds: ['command'] },
});
