// pydantic models outside FastAPI's parameters: `Model(**data)` (see the taint's instantiate),
// `Model.model_validate(data)` and the v1 `parse_obj` / `parse_raw` give an instance whose attributes
// are judged by their declared types (../typing.ts: int, UUID, Literal, constr(pattern=...) …).
import type { FrameworkModel } from '../model.js';

const MODEL_BASES = ['pydantic.BaseModel', 'pydantic.main.BaseModel', 'sqlmodel.SQLModel'];

export const pydanticModel: FrameworkModel = {
  name: 'pydantic',
  loaders: [{ bases: MODEL_BASES, methods: ['model_validate', 'model_validate_json', 'parse_obj', 'parse_raw', 'validate'], result: 'model' }],
};
