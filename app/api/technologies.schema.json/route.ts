import { openDataJsonSchema } from '@/lib/open-data/schema';

// Written to out/api/technologies.schema.json at build time, generated from the zod schema.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(openDataJsonSchema());
}
