export const NATIVE_MODULES: string[];
export function readTarget(root: string): string | null;
export function writeTarget(root: string, target: string): void;
export function nodeTarget(): string;
export function probeNativeModules(root: string, modules?: string[]): Array<{ name: string; error: string }>;
