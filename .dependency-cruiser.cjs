/**
 * `npm run check:cycles`: no module of lib/ may import itself back through others. Type-only
 * imports do not count (they vanish when TypeScript compiles: no load-order trap at run time).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes load order matter and the modules impossible to understand one at a time: move the shared part into a module of its own.',
      from: { path: '^lib/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.test\\.ts$' },
  },
};
