// NoSQL query or command shaped by untrusted input (MongoDB, Redis): a taint rule. Sources, sinks and sanitizers live in analyzer/frameworks/; this file
// says which sink kinds it reports and what to tell the user.
import { defineRule } from '../../rule.js';

export const nosqlInjection = defineRule({
  id: 'PY-INJ-NOSQL',
  title: "NoSQL query or command shaped by untrusted input",
  cwe: [943],
  asvs: { '5.0.0': ['V1.2.4'], '4.0.3': ['V5.3.4'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  docs: {
    what: "Finds request JSON objects used as pymongo / motor filters (operator injection such as {\"$ne\": null}), $where clauses built from request data, and Redis commands or Lua scripts whose text comes from the request.",
    why: "Operators in the filter bypass checks or read other documents; $where runs JavaScript on the database; a Redis command name or script from the client runs any command on the cache.",
    example: "db.users.find_one({\"name\": request.json[\"name\"], \"password\": request.json[\"password\"]})",
    fix: "db.users.find_one({\"name\": str(request.json[\"name\"])})",
    byFramework: {
      django: { example: "db.users.find_one({\"name\": json.loads(request.body)[\"name\"]})", fix: "db.users.find_one({\"name\": str(json.loads(request.body)[\"name\"])})" },
      fastapi: { example: "db.users.find_one({\"name\": body[\"name\"]})", fix: "db.users.find_one({\"name\": user.name})  # user: a Pydantic model with name: str" },
    },
    references: ["https://cwe.mitre.org/data/definitions/943.html", "https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/07-Input_Validation_Testing/05.6-Testing_for_NoSQL_Injection"],
  },
  taint: { sinkKinds: ['nosql'] },
});
