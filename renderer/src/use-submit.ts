// The state every form that saves through the API needs: whether a save is under way, and the
// message to show when validation or the save failed.
import { useState } from 'react';

export function useSubmit() {
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  /** Runs one save; a thrown error (a typed API error included) becomes the form's message. */
  const run = async (save: () => Promise<void>) => {
    setSaving(true);
    setError(null);
    try {
      await save();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };
  return { error, setError, saving, run };
}
