import { compileSync, runSync } from '@mdx-js/mdx';
import GithubSlugger from 'github-slugger';
import type { Heading, Link, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { MDXContent } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { ContentProblem } from './errors';
import { remarkDiagrams } from './remark-diagrams';

/** A heading of an article body with the plain text that follows it, for the TOC and the search index. */
export interface Section {
  id: string;
  title: string;
  depth: number;
  text: string;
}

export interface CompiledBody {
  Content: MDXContent;
  sections: Section[];
  /** Every link target in the body, to find which articles use which glossary term. */
  links: string[];
  /** The whole body as plain text. */
  plainText: string;
}

const HEADING_ID = /^(#{1,6}[ \t].*?)[ \t]*\{#([a-z0-9-]+)\}[ \t]*$/;
const ESCAPED_ID = /[ \t]*\{#([a-z0-9-]+)\}$/;

/**
 * MDX reads `{…}` as a JavaScript expression, so the usual `## Title {#id}`
 * heading-id syntax would not parse. Escape the braces on heading lines
 * (outside fenced code) so they reach the tree as text, where
 * remarkHeadingIds picks them up.
 */
export function escapeHeadingIds(source: string): string {
  let fence: string | null = null;
  return source
    .split('\n')
    .map((line) => {
      const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
      if (fenceMatch) {
        const marker = fenceMatch[1]!;
        if (fence === null) fence = marker[0]!;
        else if (marker[0] === fence) fence = null;
        return line;
      }
      if (fence !== null) return line;
      return line.replace(HEADING_ID, (_, heading: string, id: string) => `${heading} \\{#${id}\\}`);
    })
    .join('\n');
}

/** Nodes whose children are blocks: their texts are joined with a space, so table cells and list items do not run together ("OS쿠버네티스Marathon"). */
const BLOCK_CONTAINERS = new Set(['list', 'listItem', 'table', 'tableRow', 'blockquote', 'mdxJsxFlowElement']);

function blockText(node: RootContent): string {
  if (BLOCK_CONTAINERS.has(node.type) && 'children' in node) {
    return (node.children as RootContent[]).map(blockText).filter(Boolean).join(' ');
  }
  return toString(node).trim();
}

/** Gives every heading an id (explicit `{#id}` or a slug of its text) and records the sections. */
function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    const slugger = new GithubSlugger();
    const sections: Section[] = [];
    const seen = new Set<string>();
    const problems: ContentProblem[] = [];
    let current: Section | null = null;
    const intro: string[] = [];
    for (const node of tree.children as RootContent[]) {
      if (node.type === 'heading') {
        const heading = node as Heading;
        let id: string | undefined;
        const last = heading.children.at(-1);
        if (last?.type === 'text') {
          const match = ESCAPED_ID.exec(last.value);
          if (match) {
            id = match[1]!;
            last.value = last.value.slice(0, match.index);
          }
        }
        const title = toString(heading).trim();
        id ??= slugger.slug(title);
        if (seen.has(id)) problems.push({ field: 'body', message: `heading id "${id}" is used twice; give one heading another {#id}` });
        seen.add(id);
        heading.data = { ...heading.data, hProperties: { ...(heading.data?.hProperties ?? {}), id } };
        current = { id, title, depth: heading.depth, text: '' };
        sections.push(current);
      } else {
        const text = blockText(node);
        if (!text) continue;
        if (current) current.text = current.text ? `${current.text} ${text}` : text;
        else intro.push(text);
      }
    }
    const links: string[] = [];
    visit(tree, 'link', (link: Link) => {
      links.push(link.url);
    });
    file.data.sections = sections;
    file.data.links = links;
    file.data.intro = intro.join(' ');
    file.data.problems = [...(file.data.problems ?? []), ...problems];
  };
}

declare module 'vfile' {
  interface DataMap {
    sections: Section[];
    links: string[];
    intro: string;
    problems: ContentProblem[];
  }
}

/**
 * One MDX body compiled to the body of a JavaScript function, with the facts
 * other features index: plain data, so a build can keep it on disk and share
 * it between its processes (lib/content/parse-cache.ts).
 */
export interface CompiledSource {
  code: string;
  sections: Section[];
  links: string[];
  plainText: string;
}

/** Compiles one MDX body; the slow half of reading an article (parsing, diagrams, code generation). */
export function compileSource(source: string, path: string): CompiledSource | { problems: ContentProblem[] } {
  const file = new VFile({ value: escapeHeadingIds(source), path });
  let code: string;
  try {
    code = String(
      compileSync(file, {
        outputFormat: 'function-body',
        // Diagrams first: their DOT source must not reach the section text that search indexes.
        remarkPlugins: [remarkGfm, remarkDiagrams, remarkHeadingIds],
        development: false,
      }),
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const place = (error as { line?: number; column?: number }).line;
    if (place) {
      const column = (error as { column?: number }).column ?? 1;
      return { problems: [{ field: 'body', message: `is not valid MDX at line ${place}, column ${column}: ${reason}` }] };
    }
    return { problems: [{ field: 'body', message: `is not valid MDX: ${reason}` }] };
  }
  if (file.data.problems?.length) return { problems: file.data.problems };
  const sections = file.data.sections ?? [];
  return {
    code,
    sections,
    links: file.data.links ?? [],
    plainText: [file.data.intro ?? '', ...sections.map((s) => `${s.title} ${s.text}`)].join(' ').trim(),
  };
}

/** Turns compiled source into the server-rendered component (cheap: evaluates the generated function). */
export function runCompiled({ code, sections, links, plainText }: CompiledSource): CompiledBody {
  const { default: Content } = runSync(code, { ...runtime, baseUrl: import.meta.url });
  return { Content, sections, links, plainText };
}

/** Compiles one MDX body to a server-rendered component plus the facts other features index. */
export function compileBody(source: string, path: string): CompiledBody | { problems: ContentProblem[] } {
  const compiled = compileSource(source, path);
  return 'problems' in compiled ? compiled : runCompiled(compiled);
}
