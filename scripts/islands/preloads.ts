import type { Metafile } from 'esbuild';

/** Written by scripts/build-islands.ts, read by scripts/html/finish-page.ts; kept out of public/, since no browser needs it. */
export const ISLANDS_MANIFEST = '.islands/manifest.json';

/** What a page needs preloaded: the site script's own imports, and per hydrated island the chunks that hydrate it. */
export interface IslandsManifest {
  site: string[];
  islands: Record<string, string[]>;
}

/** An output file and everything it imports statically, as URLs under `/islands/`. */
function withStaticImports(metafile: Metafile, output: string, outdir: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(output);
  return [...seen].map((file) => `/islands/${file.slice(outdir.length + 1)}`);
}

function outputFor(metafile: Metafile, source: string): string | undefined {
  return Object.keys(metafile.outputs).find((file) => metafile.outputs[file]!.entryPoint === source);
}

/**
 * Reads esbuild's metafile: without preloads, a page would discover React
 * and its explorer only after the site script and the hydration chunk had
 * run, three round trips late. Throws, naming the file, if a listed island is
 * not a chunk of its own (its loader in hydrate.island.ts is missing).
 */
export function islandsManifest(metafile: Metafile, outdir: string, site: string, hydrator: string, islands: Record<string, string>): IslandsManifest {
  const siteOutput = outputFor(metafile, site);
  const hydratorOutput = outputFor(metafile, hydrator);
  if (!siteOutput || !hydratorOutput) throw new Error(`esbuild made no chunk for ${siteOutput ? hydrator : site}`);
  const hydration = withStaticImports(metafile, hydratorOutput, outdir);
  const manifest: IslandsManifest = { site: withStaticImports(metafile, siteOutput, outdir).slice(1), islands: {} };
  for (const [name, source] of Object.entries(islands)) {
    const output = outputFor(metafile, source);
    if (!output) throw new Error(`${source}: island ${name} has no chunk of its own; add its loader to ${hydrator}.`);
    manifest.islands[name] = [...new Set([...hydration, ...withStaticImports(metafile, output, outdir)])];
  }
  return manifest;
}
