/**
 * Where the project's files are, found from this module whether it runs from the sources (tsx, tests) or from the
 * compiled server bundle (dist/server): the nearest folder above that holds the project's package.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'src/server'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`project root not found above ${from}`);
  }
}

export const PROJECT_ROOT = projectRoot(path.dirname(fileURLToPath(import.meta.url)));
