// The one colour of each requirement status, for charts, legends and the reports' chips, so
// "Passing (attested)" looks the same in the app and on paper. Text on a chip of these colours is
// chosen by contrast (chipTextColour), never assumed.
import type { RequirementStatus } from './asvs.js';

export const STATUS_COLOURS: Readonly<Record<RequirementStatus, string>> = {
  failing: '#c0392b',
  failing_risk_accepted: '#d4843b',
  passing_automated: '#2e8b57',
  passing_attested: '#1f6f9f',
  not_applicable: '#8e8e8e',
  not_applicable_suggested: '#b9b9b9',
  not_verified: '#e3e3e3',
};

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** White, or near-black where white would fall under 4.5:1 on this background. */
export function chipTextColour(background: string): string {
  return contrastRatio(background, '#ffffff') >= 4.5 ? '#ffffff' : '#1b1f24';
}
