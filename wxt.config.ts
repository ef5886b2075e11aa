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
    // The store listing speaks the browser's language: public/_locales/<lang>/messages.json.
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    permissions: ['storage', 'tabs', ...(browser === 'firefox' ? [] : ['scripting'])],
    action: { default_title: '__MSG_ext_name__' },
    commands: {
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_command_next_highlight__',
      },
      'previous-highlight': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_command_previous_highlight__',
      },
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_command_toggle_sidebar__',
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
