import { defineConfig } from 'drizzle-kit';

// Only for `npm run db:generate` (writing migrations); the app applies them itself (lib/server/db/client.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './lib/server/db/schema.ts',
  out: './drizzle',
});
