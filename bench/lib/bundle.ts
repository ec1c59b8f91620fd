import { build } from 'esbuild';

/** `entry` and what it imports as one script for a browser page (an IIFE, not written to disk). */
export async function bundleForPage(entry: string): Promise<string> {
  const out = await build({ entryPoints: [entry], bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', write: false, logLevel: 'error' });
  return out.outputFiles[0]!.text;
}
