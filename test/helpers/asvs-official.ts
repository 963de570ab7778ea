// Test-only access to the official exports in ../shared/asvs-data (never imported by shipped code).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The checkout sits beside ../shared in the workspace; elsewhere point ASSAY_ASVS_DATA at a copy.
export const OFFICIAL_DIR = process.env.ASSAY_ASVS_DATA
  ? `${process.env.ASSAY_ASVS_DATA.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../../../shared/asvs-data/', import.meta.url));

export const OFFICIAL_JSON = {
  '5.0.0': 'OWASP_Application_Security_Verification_Standard_5.0.0_en.json',
  '4.0.3': 'OWASP Application Security Verification Standard 4.0.3-en.json',
} as const;

export interface OfficialRequirement {
  Shortcode: string;
  Description: string;
  L?: string;
  L1?: { Required: boolean };
  L2?: { Required: boolean };
  L3?: { Required: boolean };
  CWE?: number[];
}
export interface OfficialSection { Shortcode: string; Name: string; Items: OfficialRequirement[] }
export interface OfficialChapter { Shortcode: string; Name: string; Items: OfficialSection[] }
export interface OfficialDoc { Version: string; Requirements: OfficialChapter[] }

export function readOfficialText(name: string): string {
  return readFileSync(OFFICIAL_DIR + name, 'utf8');
}

export function readOfficial(version: keyof typeof OFFICIAL_JSON): OfficialDoc {
  return JSON.parse(readOfficialText(OFFICIAL_JSON[version])) as OfficialDoc;
}

export function isActive(r: OfficialRequirement): boolean {
  return r.L !== undefined || Boolean(r.L1?.Required || r.L2?.Required || r.L3?.Required);
}
