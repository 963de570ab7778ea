// The pieces every saving form ends with: the message of what went wrong, and the submit button
// that says it is saving.
export function FormError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p className="error-message" role="alert">
      {error}
    </p>
  );
}

export function SaveButton({ saving, label }: { saving: boolean; label: string }) {
  return (
    <button type="submit" disabled={saving}>
      {saving ? 'Saving…' : label}
    </button>
  );
}
