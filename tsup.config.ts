import { defineConfig } from 'tsup'

// Every runtime dependency (unified, retext, franc, natural's pieces, stop
// words) is bundled: the published package has no dependencies of its own.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    platform: 'node',
    noExternal: [/.*/],
    splitting: true,
    treeshake: true,
    sourcemap: false,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    noExternal: [/.*/],
    banner: { js: '#!/usr/bin/env node' },
  },
])
