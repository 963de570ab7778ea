#!/usr/bin/env node
// Renders build/icon.svg to build/icon.png (512×512) with the machine's Chromium, for
// electron-builder. Run after editing the SVG: `node scripts/render-icon.js`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const svg = readFileSync(`${root}build/icon.svg`, 'utf8');
const browser = await chromium.launch({ executablePath: process.env.ASSAY_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({ path: `${root}build/icon.png`, omitBackground: true });
await browser.close();
