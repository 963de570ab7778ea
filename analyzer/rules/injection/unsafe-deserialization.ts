// Request data deserialised with an object-building format: a taint rule. Sources, sinks and sanitizers live in analyzer/frameworks/; this file
// says which sink kinds it reports and what to tell the user.
import { defineRule } from '../../rule.js';

export const unsafeDeserialization = defineRule({
  id: 'PY-INJ-DESER',
  title: "Request data deserialised with an object-building format",
  cwe: [502],
  asvs: { '5.0.0': ['V1.5.2'], '4.0.3': ['V5.5.3'] },
  severity: 'critical',
  confidence: 'high',
  kind: 'vulnerability',
  bandit: ['B301', 'B302', 'B506'],
  docs: {
    what: "Finds request data reaching pickle, marshal, dill, jsonpickle, shelve, torch/pandas pickle loaders or yaml.load without a safe loader.",
    why: "These formats build arbitrary objects while loading: a crafted payload runs code on the server.",
    example: "cart = pickle.loads(base64.b64decode(request.data[\"cart\"]))",
    fix: "cart = json.loads(request.data[\"cart\"])",
    byFramework: {
      drf: { example: "cart = pickle.loads(base64.b64decode(request.data[\"cart\"]))", fix: "serializer = CartSerializer(data=request.data)  # fields declared, types checked\nserializer.is_valid(raise_exception=True)" },
      django: { example: "cart = pickle.loads(base64.b64decode(request.POST[\"cart\"]))", fix: "cart = json.loads(request.POST[\"cart\"])  # or django.core.signing.loads for data you issued" },
      flask: { example: "cart = pickle.loads(base64.b64decode(request.form[\"cart\"]))", fix: "cart = json.loads(request.form[\"cart\"])  # or itsdangerous for data you issued" },
      fastapi: { example: "cart = pickle.loads(base64.b64decode(cart))", fix: "class Cart(BaseModel): items: list[int]\n# take `cart: Cart` as the parameter: FastAPI parses and validates JSON" },
    },
    references: ["https://cwe.mitre.org/data/definitions/502.html", "https://cheatsheetseries.owasp.org/cheatsheets/Deserialization_Cheat_Sheet.html"],
  },
  taint: { sinkKinds: ['deserialize'] },
});
