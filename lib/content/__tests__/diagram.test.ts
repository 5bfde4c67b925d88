import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../load';
import { diagramStats, parseDiagramMeta, renderDiagram } from '../diagram';
import { textWidth } from '../../text-width';
import { contentDir, loadError } from './content-dir';

let dir: ReturnType<typeof contentDir>;
afterEach(() => dir?.cleanup());

const FENCE = '```diagram title="How Alpha runs" description="The API asks the daemon, which starts the container."\ndigraph {\n  api -> daemon -> container;\n}\n```\n';

/** Puts `fence` into Alpha's "How it works" section, right after its first paragraph (line 46 of the file). */
function withDiagram(fence: string) {
  dir = contentDir();
  dir.edit('en/alpha.mdx', (s) => s.replace('With namespaces.\n', `With namespaces.\n\n${fence}`));
  return dir;
}

describe('diagrams in articles', () => {
  it('become an inline SVG with the title and description, and leave no DOT in the indexed text', () => {
    withDiagram(FENCE);
    const alpha = loadContent(dir.root).technologies.en.find((t) => t.slug === 'alpha')!;
    expect(alpha.plainText).not.toContain('digraph');
    const svg = renderDiagram('digraph {\n  api -> daemon -> container;\n}\n', { title: 'How Alpha runs', description: 'The API asks the daemon, which starts the container.' });
    expect(svg).toMatch(/^<svg width="\d+" height="\d+" style="min-width:\d+px" viewBox="[^"]+" xmlns="http:\/\/www.w3.org\/2000\/svg" role="img" aria-labelledby="(diagram-\w+)-title \1-desc" class="diagram-svg"><title id="\1-title">How Alpha runs<\/title><desc id="\1-desc">The API asks the daemon, which starts the container.<\/desc>/);
    // Colours come from the stylesheet, so both themes work; ids would clash between two diagrams on a page.
    expect(svg).not.toMatch(/ (fill|stroke|id|font-family)="(?!diagram-)/);
    expect(svg.match(/class="node"/g)).toHaveLength(3);
  });

  it('size a node from its own text, a Korean character a full em wide', () => {
    expect(textWidth('쿠버네티스', 14)).toBe(70);
    const korean = renderDiagram('digraph { a [label="쿠버네티스 컨트롤 플레인"] }', { title: 't', description: 'd' });
    const width = Number(/^<svg width="(\d+)"/.exec(korean)![1]);
    expect(width).toBeGreaterThanOrEqual(textWidth('쿠버네티스 컨트롤 플레인', 14));
  });

  it('lay out a source once, then answer from the cache', () => {
    const source = `digraph { once [label="${Date.now()}"] }`;
    const first = renderDiagram(source, { title: 't', description: 'd' });
    const { renders, memoryHits } = diagramStats;
    expect(renderDiagram(source, { title: 't', description: 'd' })).toBe(first);
    expect(diagramStats.renders).toBe(renders);
    expect(diagramStats.memoryHits).toBe(memoryHits + 1);
  });

  it('reads the meta, with escaped quotes', () => {
    expect(parseDiagramMeta('title="The \\"core\\"" description="d" size="2"')).toEqual({ title: 'The "core"', description: 'd', unknown: ['size'] });
  });

  it('fail the build naming the file and line of a DOT syntax error', () => {
    withDiagram('```diagram title="t" description="d"\ndigraph {\n  api -> ;\n}\n```\n');
    expect(loadError(dir.root)).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/en/alpha.mdx:
        - body: diagram at line 49 is not valid Graphviz DOT: syntax error near ';'"
    `);
  });

  it('fail the build when the title or description is missing', () => {
    withDiagram('```diagram description="d" colour="red"\ndigraph { a -> b }\n```\n');
    expect(loadError(dir.root)).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/en/alpha.mdx:
        - body: diagram at line 47 has no title; write title="…" after \`\`\`diagram (screen readers read it in place of the picture)
        - body: diagram at line 47 has an unknown setting "colour"; expected only title and description"
    `);
  });
});
