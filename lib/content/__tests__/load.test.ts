import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../load';
import { contentDir, loadError } from './content-dir';

let dir: ReturnType<typeof contentDir>;
afterEach(() => dir?.cleanup());

/** Loads the broken copy and returns the message a contributor would read. */
function errorFor(setup: (d: ReturnType<typeof contentDir>) => void): string {
  dir = contentDir();
  setup(dir);
  return loadError(dir.root);
}

describe('loadContent on valid content', () => {
  it('loads every technology in both languages, sorted by localized title', () => {
    dir = contentDir();
    const content = loadContent(dir.root);
    expect(content.technologies.en.map((t) => t.title)).toEqual(['Alpha', 'Beta']);
    expect(content.technologies.ko.map((t) => t.title)).toEqual(['베타', '알파']);
  });

  it('gives headings their explicit ids, or slugs of their text, and records section text', () => {
    dir = contentDir();
    const alpha = loadContent(dir.root).technologies.ko.find((t) => t.slug === 'alpha')!;
    expect(alpha.sections.map((s) => [s.id, s.title])).toEqual([
      ['what-it-is', '개요'],
      ['how-it-works', '동작 방식'],
      ['커널-기능', '커널 기능'],
      ['history-and-status', '역사와 현재 상태'],
      ['when-to-use', '언제 쓰고 언제 피할까'],
    ]);
    expect(alpha.sections[0]!.text).toContain('파드');
    expect(alpha.links).toEqual(['/ko/glossary/#pod']);
  });

  it('applies schema defaults for optional lists', () => {
    dir = contentDir();
    const beta = loadContent(dir.root).technologies.en.find((t) => t.slug === 'beta')!;
    expect(beta.successors).toEqual([]);
    expect(beta.ratings).toEqual({});
  });
});

describe('loadContent error messages name the file and the field', () => {
  it('reports a missing field', () => {
    expect(errorFor((d) => d.edit('en/beta.mdx', (s) => s.replace('license: MIT\n', '')))).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/en/beta.mdx:
        - license: is missing; it must be a licence identifier"
    `);
  });

  it('reports an unknown field', () => {
    expect(errorFor((d) => d.edit('en/beta.mdx', (s) => s.replace('license: MIT', 'license: MIT\nlicence: MIT')))).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/en/beta.mdx:
        - licence: unknown field; remove it or check its spelling"
    `);
  });

  it('reports an invalid date with what was found', () => {
    expect(errorFor((d) => d.edit('en/beta.mdx', (s) => s.replace('firstRelease: "2019"', 'firstRelease: "2019-02-30"')))).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/en/beta.mdx:
        - firstRelease: is not a real calendar date, but found "2019-02-30""
    `);
  });

  it('reports a reviewed date that is not a full day', () => {
    expect(errorFor((d) => d.edit('en/beta.mdx', (s) => s.replace('reviewed: "2026-11-27"', 'reviewed: "2026-11"')))).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/en/beta.mdx:
        - reviewed: must be a full date written as "YYYY-MM-DD", but found "2026-11""
    `);
  });

  it('reports an alternative slug that does not exist', () => {
    expect(errorFor((d) => d.edit('en/beta.mdx', (s) => s.replace('related: [alpha]', 'related: [alpha]\nalternatives: [gamma]')))).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/en/beta.mdx:
        - alternatives.0: "gamma" is not the slug of any technology in content/en/
        - alternatives: is ["gamma"] here but [] in content/ko/beta.mdx; language-neutral fields must agree"
    `);
  });

  it('reports an unquoted YAML date that is not a string', () => {
    expect(errorFor((d) => d.edit('en/beta.mdx', (s) => s.replace('firstRelease: "2019"', 'firstRelease: 2019')))).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/en/beta.mdx:
        - firstRelease: must be a date written as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (in quotes), but found 2019"
    `);
  });

  it('reports an unknown status with the allowed values', () => {
    expect(errorFor((d) => d.edit('en/beta.mdx', (s) => s.replace('state: active', 'state: gone')))).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/en/beta.mdx:
        - status.state: must be one of active, maintenance, deprecated, retired, but found "gone""
    `);
  });

  it('reports an unknown category with the allowed values', () => {
    expect(errorFor((d) => d.edit('en/beta.mdx', (s) => s.replace('category: orchestrator', 'category: scheduler')))).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/en/beta.mdx:
        - category: must be one of container-runtime, orchestrator, openstack-project, azure-service, tooling, but found "scheduler""
    `);
  });

  it('reports a related slug that does not exist', () => {
    expect(errorFor((d) => d.edit('en/beta.mdx', (s) => s.replace('related: [alpha]', 'related: [alpha, gamma]')))).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/en/beta.mdx:
        - related.1: "gamma" is not the slug of any technology in content/en/
        - related: is ["alpha","gamma"] here but ["alpha"] in content/ko/beta.mdx; language-neutral fields must agree"
    `);
  });

  it('reports a successor slug that does not exist', () => {
    const message = errorFor((d) => {
      for (const l of ['en', 'ko']) d.edit(`${l}/alpha.mdx`, (s) => s.replace('successors: [beta]', 'successors: [betta]'));
    });
    expect(message).toContain(`Invalid content in content/en/alpha.mdx:\n  - successors.0: "betta" is not the slug of any technology in content/en/`);
    expect(message).toContain(`Invalid content in content/ko/alpha.mdx:\n  - successors.0: "betta" is not the slug of any technology in content/ko/`);
  });

  it('reports a missing language twin', () => {
    expect(errorFor((d) => d.remove('ko/beta.mdx'))).toMatchInlineSnapshot(`
      "3 content file(s) need fixing:

      Invalid content in content/ko/alpha.mdx:
        - related.0: "beta" is not the slug of any technology in content/ko/
        - successors.0: "beta" is not the slug of any technology in content/ko/

      Invalid content in content/en/beta.mdx:
        - (file): has no Korean twin; expected content/ko/beta.mdx

      Invalid content in content/data/required-technologies.yaml:
        - beta: is required (the talk presents it) but content/ko/beta.mdx does not exist"
    `);
  });

  it('reports a duplicate slug, naming the file that already has it', () => {
    expect(errorFor((d) => d.edit('en/alpha.mdx', (s) => s.replace('slug: alpha', 'slug: beta')))).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/en/alpha.mdx:
        - slug: "beta" is already used by content/en/beta.mdx; each technology needs its own slug, equal to its file name "alpha""
    `);
  });

  it('reports a slug that does not match its file name', () => {
    expect(errorFor((d) => d.edit('en/alpha.mdx', (s) => s.replace('slug: alpha', 'slug: alfa')))).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/en/alpha.mdx:
        - slug: must equal the file name "alpha", but found "alfa""
    `);
  });

  it('reports language-neutral fields that disagree between twins', () => {
    expect(errorFor((d) => d.edit('ko/beta.mdx', (s) => s.replace('license: MIT', 'license: Apache-2.0')))).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/en/beta.mdx:
        - license: is "MIT" here but "Apache-2.0" in content/ko/beta.mdx; language-neutral fields must agree"
    `);
  });

  it('reports a missing required section by its id', () => {
    expect(errorFor((d) => d.edit('en/beta.mdx', (s) => s.replace(' {#when-to-use}', '')))).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/en/beta.mdx:
        - body: has no section with id "when-to-use"; add a heading like "## … {#when-to-use}""
    `);
  });

  it('reports MDX syntax errors with the line in the file', () => {
    const message = errorFor((d) => d.edit('en/beta.mdx', (s) => s.replace('Beta orchestrates.', 'Beta orchestrates <div.')));
    expect(message).toMatch(/Invalid content in content\/en\/beta\.mdx:\n {2}- body: is not valid MDX at line 29, column \d+: /);
  });

  it('reports an unknown criterion in ratings and pros', () => {
    expect(
      errorFor((d) =>
        d.edit('en/alpha.mdx', (s) => s.replace('criterion: portability', 'criterion: speed')),
      ),
    ).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/en/alpha.mdx:
        - pros.0.criterion: "speed" is not a known criterion; expected one of portability, isolation, operational-overhead, maturity, managed-control-plane, openstack-integration, azure-integration, ecosystem, learning-curve, cost, longevity"
    `);
  });

  it('reports a required technology that has no article in a language', () => {
    expect(
      errorFor((d) => {
        d.remove('en/beta.mdx');
        d.remove('ko/beta.mdx');
        for (const l of ['en', 'ko']) d.edit(`${l}/alpha.mdx`, (s) => s.replace('successors: [beta]', 'successors: []').replace('related: [beta]', 'related: []'));
      }),
    ).toMatchInlineSnapshot(`
      "2 content file(s) need fixing:

      Invalid content in content/data/required-technologies.yaml:
        - beta: is required (the talk presents it) but content/en/beta.mdx does not exist
        - beta: is required (the talk presents it) but content/ko/beta.mdx does not exist

      Invalid content in content/data/aliases.yaml:
        - b: "beta" is not the slug of any technology; expected one of alpha"
    `);
  });

  it('reports fewer than three sources', () => {
    expect(
      errorFor((d) => d.edit('en/beta.mdx', (s) => s.replace(/  - \{ title: Beta pricing.*\n/, ''))),
    ).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/en/beta.mdx:
        - sources: must list at least three sources, but found 2 item(s)"
    `);
  });

  it('reports a file without frontmatter', () => {
    expect(errorFor((d) => d.write('en/beta.mdx', '# Beta\n'))).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/en/beta.mdx:
        - (frontmatter): is missing; the file must start with a --- fenced YAML block"
    `);
  });

  it('reports a backedBy entry for a fact the article does not set', () => {
    expect(
      errorFor((d) => d.edit('en/alpha.mdx', (s) => s.replace('  controlPlane: not-applicable\n', '  controlPlane: not-applicable\n  backedBy: { billing: how-it-works }\n'))),
    ).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/en/alpha.mdx:
        - comparison.backedBy.billing: names a fact this article does not set; add comparison.billing or remove it from backedBy"
    `);
  });

  it('reports a backedBy section that is not a required section id', () => {
    expect(
      errorFor((d) => d.edit('en/alpha.mdx', (s) => s.replace('  controlPlane: not-applicable\n', '  controlPlane: not-applicable\n  backedBy: { controlPlane: kernel-features }\n'))),
    ).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/en/alpha.mdx:
        - comparison.backedBy.controlPlane: must be one of the required section ids what-it-is, how-it-works, history-and-status, when-to-use, but found "kernel-features""
    `);
  });
});
