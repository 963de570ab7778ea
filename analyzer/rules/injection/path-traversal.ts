// File path built from untrusted input: a taint rule. Sources, sinks and sanitizers live in analyzer/frameworks/; this file
// says which sink kinds it reports and what to tell the user.
import { defineRule } from '../../rule.js';

export const pathTraversal = defineRule({
  id: 'PY-INJ-PATH',
  title: "File path built from untrusted input",
  cwe: [22],
  asvs: { '5.0.0': ['V5.3.2', 'V5.3.3'], '4.0.3': ['V12.3.1'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  docs: {
    what: "Finds request data reaching open, os/shutil file operations, pathlib methods, send_file, FileResponse and archive extraction without secure_filename, basename, safe_join or a realpath containment check.",
    why: "\"../\" sequences or absolute paths let an attacker read, overwrite or delete files outside the intended directory.",
    example: "open(os.path.join(MEDIA_ROOT, request.GET[\"file\"]))",
    fix: "path = os.path.realpath(os.path.join(MEDIA_ROOT, os.path.basename(name)))\nif not path.startswith(MEDIA_ROOT + os.sep): raise Http404",
    byFramework: {
      flask: { example: "return send_file(os.path.join(UPLOAD_DIR, request.args[\"file\"]))", fix: "return send_from_directory(UPLOAD_DIR, request.args[\"file\"])  # refuses paths that leave UPLOAD_DIR; or secure_filename(name)" },
      fastapi: { example: "return FileResponse(os.path.join(UPLOAD_DIR, name))", fix: "path = os.path.realpath(os.path.join(UPLOAD_DIR, os.path.basename(name)))\nif not path.startswith(UPLOAD_DIR + os.sep): raise HTTPException(404)\nreturn FileResponse(path)" },
    },
    references: ["https://cwe.mitre.org/data/definitions/22.html", "https://owasp.org/www-community/attacks/Path_Traversal"],
  },
  taint: { sinkKinds: ['path'] },
});
