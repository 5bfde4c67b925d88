import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, sha256Source, withPolicyMeta } from './html';
import { HEADER_CSP, pagePolicy } from './policy';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inline hashes', () => {
  it('hashes inline scripts the way browsers do, and skips external ones', () => {
    const html = '<head><script src="/a.js" async=""></script><script>one()</script></head><body><script id="_R_">two()\r\n</script></body>';
    expect(inlineHashes(html).scripts).toEqual([hash('one()'), hash('two()\n')].sort());
  });

  it('matches a known value', () => {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    expect(sha256Source('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('hashes style elements and style attributes, decoding character references', () => {
    const html = '<style>a{color:red}</style><p style="font-family:&quot;X&quot;">x</p><script>var s = \'<b style="no">\'</script>';
    const hashes = inlineHashes(html);
    expect(hashes.styles).toEqual([hash('a{color:red}')]);
    expect(hashes.styleAttributes).toEqual([hash('font-family:"X"')]);
  });

  it('decodes named and numeric references in style attributes, as the browser does before hashing', () => {
    const html = '<p style="content:\'&lt;&#60;&#x3c;&amp;&unknown;\'">x</p>';
    expect(inlineHashes(html).styleAttributes).toEqual([hash("content:'<<<&&unknown;'")]);
  });
});

describe('policy', () => {
  it('allows inline code only by hash and never eval', () => {
    const policy = pagePolicy({ scripts: ["'sha256-a'"], styles: [], styleAttributes: [] });
    expect(policy).toContain("script-src 'self' 'sha256-a'");
    expect(policy).toContain("style-src 'self';");
    expect(policy).not.toMatch(/unsafe-(eval|inline|hashes)/);
    expect(HEADER_CSP).toContain("frame-ancestors 'none'");
    expect(HEADER_CSP).not.toMatch(/unsafe/);
  });

  it("adds 'unsafe-hashes' only when a page has style attributes", () => {
    const policy = pagePolicy({ scripts: [], styles: [], styleAttributes: ["'sha256-b'"] });
    expect(policy).toContain("style-src 'self' 'unsafe-hashes' 'sha256-b'");
  });

  it('leaves frame-ancestors to the header: browsers ignore it in a meta policy and warn', () => {
    expect(pagePolicy({ scripts: [], styles: [], styleAttributes: [] })).not.toContain('frame-ancestors');
  });
});

describe('meta tag', () => {
  const page = '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/a.css"/><script>x()</script></head></html>';

  it('goes right after the charset, before any script, style or link', () => {
    const result = withPolicyMeta(page, "default-src 'self'");
    expect(result).toContain('<meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"/><link');
  });

  it('is replaced, not repeated, when the step runs again', () => {
    const twice = withPolicyMeta(withPolicyMeta(page, 'a'), 'b');
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(twice).toContain('content="b"');
  });

  it('refuses a page without a head', () => {
    expect(() => withPolicyMeta('<p>x</p>', 'a')).toThrow(/head/);
  });
});

describe('markup that would defeat a pattern', () => {
  it('hashes exactly the script text, whatever the case, attribute order or a ">" inside a value', () => {
    const html = '<html><head><SCRIPT data-note="1 > 0" TYPE="module">one()</SCRIPT><script type="x" src="/a.js" data-x=">"></script></head></html>';
    expect(inlineHashes(html).scripts).toEqual([hash('one()')]);
  });

  it('ignores scripts and style attributes inside comments', () => {
    const html = '<html><body><!-- <script>evil()</script><p style="color:red"> --><p>x</p></body></html>';
    expect(inlineHashes(html)).toEqual({ scripts: [], styles: [], styleAttributes: [] });
  });

  it('places the meta after an uppercase charset and replaces a policy written in another attribute order', () => {
    const html = '<!DOCTYPE html><HTML><HEAD><META CHARSET="utf-8"><META CONTENT="old" HTTP-EQUIV="content-security-policy"><title>t</title></HEAD></HTML>';
    expect(withPolicyMeta(html, 'new')).toBe(
      '<!DOCTYPE html><HTML><HEAD><META CHARSET="utf-8"><meta http-equiv="Content-Security-Policy" content="new"/><title>t</title></HEAD></HTML>',
    );
  });

  it('is not fooled by a <head> inside a comment', () => {
    const html = '<!DOCTYPE html><!-- <head> --><html><head><meta charSet="utf-8"/></head></html>';
    expect(withPolicyMeta(html, 'p')).toBe('<!DOCTYPE html><!-- <head> --><html><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="p"/></head></html>');
  });

  it('refuses a page whose script comes before its <head> (the parser then ignores that head)', () => {
    expect(() => withPolicyMeta('<html><script>x()</script><head><meta charset="utf-8"></head></html>', 'p')).toThrowErrorMatchingInlineSnapshot(
      `[Error: No <head> element: cannot place the Content-Security-Policy.]`,
    );
  });
});
