import { defineConfig } from 'wxt';

export default defineConfig({
  // `lib/` is plain TypeScript; explicit imports keep dependencies visible.
  imports: false,
  manifestVersion: 3,
  // Tests and parallel builds can point the output elsewhere.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: { sourcemap: false },
  }),
  hooks: {
    // Extension pages share one build: keep third-party code in its own
    // `vendor-*` chunk so reviewers and addons-linter can tell it from ours.
    // (Content scripts are single-file IIFE builds and are left alone.)
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.inputPath.endsWith('.html'))) return;
      config.build ??= {};
      config.build.rollupOptions ??= {};
      const output = config.build.rollupOptions.output ?? {};
      if (Array.isArray(output)) return;
      config.build.rollupOptions.output = {
        ...output,
        manualChunks: (id: string) => (id.includes('/node_modules/') ? 'vendor' : undefined),
      };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'save-passage': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the selected passage to 1325 Lens',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lens@1325lens.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
