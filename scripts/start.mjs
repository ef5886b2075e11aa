// `npm start`: builds both browsers' extensions, serves the demo articles on 127.0.0.1 and opens
// Chromium with the extension loaded — or, with no display, says how to load it by hand.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pages = join(root, 'tests/e2e/pages');
const port = Number(process.env.PORT ?? 8642);

const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = normalize(join(pages, path === '/' ? 'story.html' : path));
  if (!file.startsWith(pages)) return void res.writeHead(403).end();
  try {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await readFile(file));
  } catch {
    res.writeHead(404).end('not found');
  }
});
await new Promise((ok) => server.listen(port, '127.0.0.1', ok));

const demo = `http://127.0.0.1:${port}/story.html`;
const chromeDir = join(root, '.output/chrome-mv3');
const firefoxDir = join(root, '.output/firefox-mv2');
console.log(`
Source Lens is built:
  Chrome/Chromium: ${chromeDir}
  Firefox:         ${firefoxDir}
Demo articles are served at http://127.0.0.1:${port}/ :
  ${demo}        (about the story: quotes and figures highlighted)
  http://127.0.0.1:${port}/unrelated.html    (not about the story: left untouched)
`);

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (hasDisplay && existsSync(chromium)) {
  const { chromium: playwright } = await import('playwright-core');
  const context = await playwright.launchPersistentContext('', {
    executablePath: chromium,
    headless: false,
    viewport: null,
    args: [`--disable-extensions-except=${chromeDir}`, `--load-extension=${chromeDir}`, '--no-first-run'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(demo);
  console.log('Chromium is open with Source Lens loaded. Close it (or press Ctrl+C) to stop.');
  context.on('close', () => process.exit(0));
} else {
  console.log(`No display (or no Chromium at ${chromium}), so no browser was opened. To try it by hand:
  Chrome:  chrome://extensions → turn on Developer mode → Load unpacked → choose ${chromeDir}
  Firefox: about:debugging#/runtime/this-firefox → Load Temporary Add-on… → choose ${firefoxDir}/manifest.json
Then open ${demo}
Press Ctrl+C to stop the demo server.`);
}
