import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { UN_MATCHES } from './lib/hosts';

/**
 * pdf.js data the PDF viewer loads at run time, copied from pdfjs-dist into
 * `pdfjs/` at build time (not committed): CMaps for CJK text (Chinese UN
 * documents), the standard fonts for PDFs that do not embed theirs, and the
 * WebAssembly image decoders (JPEG 2000, JBIG2) scanned pages often use.
 */
const PDFJS_ASSET_DIRS = ['cmaps', 'standard_fonts', 'wasm', 'iccs'];
/**
 * pdf.js's own worker, copied as is among the third-party chunks (addons-linter
 * reports their warnings about library internals without failing on them).
 * entrypoints/pdf-viewer/main.tsx loads it from this path.
 */
const PDFJS_WORKER = 'chunks/vendor-pdfjs-worker.min.mjs';

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
        // pdf.js (~1 MB) gets a chunk of its own so pages other than the PDF
        // viewer (side panel, library) never load it.
        manualChunks: (id: string) =>
          id.includes('/node_modules/pdfjs-dist/')
            ? 'vendor-pdfjs'
            : id.includes('/node_modules/')
              ? 'vendor'
              : undefined,
      };
    },
    'build:publicAssets': (_wxt, files) => {
      const root = resolve('node_modules/pdfjs-dist');
      files.push({ absoluteSrc: resolve(root, 'build/pdf.worker.min.mjs'), relativeDest: PDFJS_WORKER });
      for (const dir of PDFJS_ASSET_DIRS) {
        for (const name of readdirSync(resolve(root, dir))) {
          files.push({ absoluteSrc: resolve(root, dir, name), relativeDest: `pdfjs/${dir}/${name}` });
        }
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // declarativeNetRequestWithHostAccess: the rule that sends UN PDFs to the
    // extension's PDF viewer (lib/background/pdf-service). It acts only on
    // hosts we already have access to, so it adds no install warning.
    permissions: ['storage', 'contextMenus', 'declarativeNetRequestWithHostAccess'],
    // The UN hosts the content script reads. Host access there is also what
    // lets the PDF viewer (an extension page) fetch the PDF the reader opened,
    // and the redirect rule act on its response.
    host_permissions: UN_MATCHES,
    // The redirect above can only land on an extension page that navigations
    // from those hosts may reach. Only the viewer page is exposed, only to UN
    // pages; it shows nothing but the UN PDF named in its address.
    web_accessible_resources: [{ resources: ['pdf-viewer.html'], matches: UN_MATCHES }],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'save-passage': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSavePassage__',
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
