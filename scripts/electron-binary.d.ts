export function electronBinary(): { path: string; missing?: undefined } | { path?: undefined; missing: string };
export function electronVersion(): string;
export const INSTALL_HELP: string;
