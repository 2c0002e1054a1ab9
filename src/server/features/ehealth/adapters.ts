/**
 * Where e-health records go: the file adapter (default) writes one JSON file per record under a folder; the HTTP
 * adapter POSTs the record to the provincial platform's endpoint. A failure is an Error with a short message.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config.js';
import type { HealthRecord } from '../../../domain/ehealth/index.js';

export interface EhealthAdapter {
  name: string;
  send(record: HealthRecord): Promise<void>;
}

export function fileAdapter(dir: string): EhealthAdapter {
  return {
    name: 'file',
    async send(r) {
      const folder = path.join(dir, r.settledate);
      await mkdir(folder, { recursive: true });
      // The settlement number names the file: a retry overwrites the same file, never a second one.
      await writeFile(path.join(folder, `${r.costlistcode.replace(/[^\w-]/g, '_')}.json`), `${JSON.stringify(r, null, 2)}\n`, 'utf8');
    },
  };
}

export function httpAdapter(url: string, token?: string, timeoutMs = 10_000): EhealthAdapter {
  return {
    name: 'http',
    async send(r) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(r),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
    },
  };
}

/** The configured adapter. */
export function adapterOf(config: Pick<Config, 'EHEALTH_ADAPTER' | 'EHEALTH_DIR' | 'EHEALTH_URL' | 'EHEALTH_TOKEN' | 'DATA_DIR'>): EhealthAdapter {
  if (config.EHEALTH_ADAPTER === 'http') {
    if (!config.EHEALTH_URL) throw new Error('EHEALTH_URL is required when EHEALTH_ADAPTER=http');
    return httpAdapter(config.EHEALTH_URL, config.EHEALTH_TOKEN);
  }
  return fileAdapter(config.EHEALTH_DIR ?? path.join(config.DATA_DIR, 'ehealth'));
}
