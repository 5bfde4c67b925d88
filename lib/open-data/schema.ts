import { z } from 'zod';
import { LOCALES } from '../i18n/locales';
import { technologyFrontmatterSchema } from '../content/schema';

/**
 * The shape of /api/technologies.json, in zod, so the JSON Schema published
 * next to it is generated from the same definition the site validates
 * content with, and cannot drift from it.
 */
export const OPEN_DATA_VERSION = 1;

const perLocale = <T extends z.ZodType>(schema: T) => z.strictObject(Object.fromEntries(LOCALES.map((l) => [l, schema])) as Record<(typeof LOCALES)[number], T>);

export const openDataTechnologySchema = z
  .strictObject({
    slug: z.string().meta({ description: 'Stable identifier, the same in every language.' }),
    urls: perLocale(z.string()).meta({ description: 'The article in each language, as an absolute URL.' }),
    data: perLocale(technologyFrontmatterSchema).meta({
      description: 'The article’s frontmatter in each language. Language-neutral fields (dates, states, slugs, URLs, lists) are equal in all languages; texts are translated.',
    }),
  })
  .meta({ title: 'Technology' });

export const openDataSchema = z
  .strictObject({
    name: z.literal('Container Atlas technologies'),
    version: z.literal(OPEN_DATA_VERSION).meta({ description: 'Raised when a field is removed or changes meaning.' }),
    schema: z.string().meta({ description: 'Where this document’s JSON Schema is published.' }),
    locales: z.array(z.enum(LOCALES)),
    technologies: z.array(openDataTechnologySchema),
  })
  .meta({
    title: 'Container Atlas technologies',
    description: 'Every technology on Container Atlas with its structured facts in English and Korean.',
  });

export type OpenData = z.infer<typeof openDataSchema>;

/** The JSON Schema (draft 2020-12) of the open data, describing the data as published (defaults applied). */
export function openDataJsonSchema() {
  return z.toJSONSchema(openDataSchema, { io: 'output', target: 'draft-2020-12', unrepresentable: 'any' });
}
