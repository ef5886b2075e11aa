import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Firefox builds as MV2 (WXT's default): host permissions are granted at install there,
// which the background needs to inject the annotator into a story page.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Source Lens',
    description:
      'Highlights the quotes and figures of the Musk–Altman Stargate dispute in the news you read and cross-references them against a curated corpus of sources. Works offline; nothing leaves your browser.',
    permissions: ['storage', 'tabs', ...(browser === 'firefox' ? [] : ['scripting'])],
    action: { default_title: 'Source Lens' },
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
