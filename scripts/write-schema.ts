// `npm run schema`: writes public/events.schema.json, the editor schema, from the zod schema.
import { writeFile } from 'node:fs/promises';
import { eventsFileJsonSchema } from '../src/events/editorSchema.ts';

export const SCHEMA_FILE = 'public/events.schema.json';

await writeFile(SCHEMA_FILE, `${JSON.stringify(eventsFileJsonSchema(), null, 2)}\n`);
console.log(`${SCHEMA_FILE} written from src/events/editorSchema.ts`);
