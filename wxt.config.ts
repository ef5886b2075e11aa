import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Firefox builds as MV2 (WXT's default): host permissions are granted at install there,
// which the background needs to inject the annotator into a story page.
const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: no hidden globals, no clashes between modules' export names.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Source Lens',
    description:
      'Highlights the quotes and figures of the Musk–Altman Stargate dispute in the news you read and cross-references them against a curated corpus of sources. Works offline; nothing leaves your browser.',
    permissions: ['storage', 'tabs', ...(browser === 'firefox' ? [] : ['scripting'])],
    action: { default_title: 'Source Lens' },
    commands: {
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next Source Lens highlight',
      },
      'previous-highlight': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Go to the previous Source Lens highlight',
      },
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Open or close the Source Lens sidebar',
      },
    },
    // Extension pages run only the package's own scripts and styles; nothing inline, nothing remote.
    content_security_policy:
      browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    browser_specific_settings: {
      gecko: {
        id: 'source-lens@source-lens.dev',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
