import { describe, expect, it } from 'vitest';
import { summariseVnu, type VnuMessage } from './vnu-report';

const root = '/site/out';
const at = (file: string) => `file:${root}/${file}`;

describe('summariseVnu', () => {
  it('fails on errors and warnings, naming the file and line', () => {
    const messages: VnuMessage[] = [
      { type: 'error', url: at('en/index.html'), lastLine: 3, message: 'An element with the attribute “role=status” must not appear as a descendant of an “h1”.' },
      { type: 'info', subType: 'warning', url: at('ko/index.html'), lastLine: 1, message: 'Consider adding a “lang” attribute.' },
    ];
    expect(summariseVnu(messages, root)).toEqual({
      failures: [
        'en/index.html:3: error: An element with the attribute “role=status” must not appear as a descendant of an “h1”.',
        'ko/index.html:1: warning: Consider adding a “lang” attribute.',
      ],
      errors: 1,
      warnings: 1,
      artefacts: 0,
      infos: 0,
    });
  });

  it("sets aside only the CSP warning a file: URL causes for 'self' resources, and counts info messages", () => {
    const messages: VnuMessage[] = [
      { type: 'info', subType: 'warning', url: at('en/index.html'), message: 'Resource violates Content Security Policy (meta tag): external script “/islands/site-3EBDMPTU.js” blocked by “script-src” directive.' },
      { type: 'info', url: at('en/index.html'), message: 'Trailing slash on void elements has no effect and interacts badly with unquoted attribute values.' },
      { type: 'info', subType: 'warning', url: at('en/index.html'), message: 'Resource violates Content Security Policy (meta tag): external script “https://evil.example/x.js” blocked by “script-src” directive.' },
    ];
    const summary = summariseVnu(messages, root);
    expect(summary).toMatchObject({ errors: 0, warnings: 1, artefacts: 1, infos: 1 });
    expect(summary.failures).toHaveLength(1);
  });

  it('counts a page the checker could not read as an error', () => {
    expect(summariseVnu([{ type: 'non-document-error', url: at('broken.html'), message: 'IO error' }], root).failures).toEqual(['broken.html: error: IO error']);
  });
});
