// ASVS requirement ids as the store files them: 'V1.2.4' belongs to chapter 'V1'.

export function asvsChapter(requirementId: string): string {
  const m = /^(V\d+)/i.exec(requirementId.trim());
  return m ? m[1]!.toUpperCase() : requirementId;
}
