/** Writes data/dataset.schema.json from the runtime schema, so staff can validate a file in their editor. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetJsonSchema } from '../src/data/json-schema';

const target = resolve(import.meta.dirname, '..', 'data', 'dataset.schema.json');
writeFileSync(target, datasetJsonSchema());
console.log(`wrote ${target}`);
