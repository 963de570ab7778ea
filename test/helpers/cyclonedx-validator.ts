// Validation against the official CycloneDX 1.6 JSON schema bundled with @cyclonedx/cyclonedx-library.
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';

/** null when the document is a valid CycloneDX 1.6 JSON BOM; the validator's errors otherwise. */
export async function schemaErrors(bom: unknown): Promise<unknown> {
  return new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(JSON.stringify(bom));
}
