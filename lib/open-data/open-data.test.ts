import { describe, expect, it } from 'vitest';
import { buildOpenData } from './build';
import { openDataJsonSchema, openDataSchema } from './schema';

describe('open data', () => {
  const data = buildOpenData();

  it('validates against its own zod schema, in both languages', () => {
    expect(() => openDataSchema.parse(data)).not.toThrow();
    const aks = data.technologies.find((t) => t.slug === 'aks')!;
    expect(aks.data.en.comparison.controlPlane).toBe('provider-managed');
    expect(aks.data.ko.summary).toMatch(/[가-힣]/);
    expect(aks.urls.ko).toMatch(/\/ko\/tech\/aks\/$/);
  });

  it('carries no loader internals such as compiled MDX or file paths', () => {
    const keys = Object.keys(data.technologies[0]!.data.en);
    expect(keys).not.toContain('Content');
    expect(keys).not.toContain('file');
    expect(keys).not.toContain('sections');
  });

  it('publishes a JSON Schema that requires the fields every technology has', () => {
    const schema = openDataJsonSchema() as unknown as { $schema: string; properties: { technologies: { items: { properties: { data: { properties: { en: { required: string[] } } } } } } } };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const required = schema.properties.technologies.items.properties.data.properties.en.required;
    expect(required).toEqual(expect.arrayContaining(['slug', 'title', 'category', 'status', 'firstRelease', 'successors', 'comparison']));
  });
});
