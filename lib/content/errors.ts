import type { z } from 'zod';

/** One thing wrong with a content file: where (a dotted field path, or "file") and what. */
export interface ContentProblem {
  field: string;
  message: string;
}

/**
 * Thrown when content cannot be built. Its message names the file and, per
 * problem, the field, what was found and what was expected, because a
 * contributor reads it in a failed build log and must know what to fix.
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ContentProblem[],
  ) {
    super(`Invalid content in ${file}:\n${problems.map((p) => `  - ${p.field}: ${p.message}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** Several files' errors at once, so one build run lists every mistake. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`${errors.length} content file(s) need fixing:\n\n${errors.map((e) => e.message).join('\n\n')}`);
    this.name = 'ContentErrors';
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `${value.length} item(s)`;
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/** Turns zod issues into problems that say what was found and what was expected. */
export function problemsFromZod(error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(frontmatter)';
    if (issue.code === 'unrecognized_keys') {
      return {
        field: issue.keys.map((k) => (issue.path.length ? `${issue.path.join('.')}.${k}` : k)).join(', '),
        message: `unknown field; remove it or check its spelling`,
      };
    }
    if (issue.input === undefined) {
      return { field, message: `is missing; it ${issue.message}` };
    }
    return { field, message: `${issue.message}, but found ${describe(issue.input)}` };
  });
}
