import type { Code, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { DiagramSyntaxError, parseDiagramMeta, renderDiagram } from './diagram';
import type { ContentProblem } from './errors';

/** The MDX component a ```diagram fence becomes (components/mdx-components.tsx maps it). */
export const DIAGRAM_COMPONENT = 'ArchitectureDiagram';

/**
 * Replaces each ```diagram fence (Graphviz DOT, `title="…" description="…"`
 * in its meta) with <ArchitectureDiagram svg="…" title="…"/>, the SVG laid out
 * here at build time. A fence without its title or description, or with DOT
 * that does not parse, becomes a content problem naming the file's line.
 */
export function remarkDiagrams() {
  return (tree: Root, file: VFile) => {
    const problems: ContentProblem[] = [];
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== 'diagram' || !parent || index === undefined) return;
      const line = node.position?.start.line ?? 0;
      const where = `diagram at line ${line}`;
      const meta = parseDiagramMeta(node.meta);
      const missing = (['title', 'description'] as const).filter((key) => !meta[key]);
      for (const key of missing) {
        problems.push({ field: 'body', message: `${where} has no ${key}; write ${key}="…" after \`\`\`diagram (screen readers read it in place of the picture)` });
      }
      for (const key of meta.unknown) {
        problems.push({ field: 'body', message: `${where} has an unknown setting "${key}"; expected only title and description` });
      }
      if (missing.length || meta.unknown.length) return;
      let svg: string;
      try {
        svg = renderDiagram(node.value, { title: meta.title!, description: meta.description! });
      } catch (error) {
        if (!(error instanceof DiagramSyntaxError)) throw error;
        // The DOT starts on the line after the fence.
        const at = error.dotLine !== undefined ? `line ${line + error.dotLine}` : `line ${line}`;
        problems.push({ field: 'body', message: `diagram at ${at} is not valid Graphviz DOT: ${error.message.replace(/\s*in line \d+/, '')}` });
        return;
      }
      const element: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: DIAGRAM_COMPONENT,
        attributes: [
          { type: 'mdxJsxAttribute', name: 'svg', value: svg },
          { type: 'mdxJsxAttribute', name: 'title', value: meta.title! },
        ],
        children: [],
      };
      parent.children.splice(index, 1, element);
    });
    file.data.problems = [...(file.data.problems ?? []), ...problems];
  };
}
