// electron-builder.yml against electron-builder's own configuration schema, and the facts the
// issue asks for: the four installers, the app id, product name and icon.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('electron-builder.yml', () => {
  const config = parse(readFileSync(`${ROOT}electron-builder.yml`, 'utf8')) as Record<string, unknown> & {
    linux: { target: string[] };
    mac: { target: string[] };
    win: { target: string[] };
  };

  it('is valid for electron-builder', () => {
    const schema = JSON.parse(readFileSync(`${ROOT}node_modules/app-builder-lib/scheme.json`, 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('builds AppImage and deb, dmg and nsis with the id, name and a 512×512 icon', () => {
    expect(config.appId).toBe('dev.assay.desktop');
    expect(config.productName).toBe('Assay');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
    const png = readFileSync(`${ROOT}${String(config.icon)}`);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(existsSync(`${ROOT}test/fixtures/demo-shop`)).toBe(true);
  });
});
