import { buildOpenData } from '@/lib/open-data/build';

// Written to out/api/technologies.json at build time; there is no server.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildOpenData());
}
