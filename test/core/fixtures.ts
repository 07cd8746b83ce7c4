import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/**
 * The real recorded fixtures. The shared copy (`../shared/fixtures`, next to the
 * repository) is preferred; the repository's own `fixtures/` is the fallback.
 */
const CANDIDATES = [path.resolve(HERE, '../../../shared/fixtures'), path.resolve(HERE, '../../fixtures')];

export const FIXTURES_DIR =
  CANDIDATES.find((dir) => existsSync(path.join(dir, 'models-2026-06-16.json'))) ?? CANDIDATES[0];

export function fixtureText(name: string): string {
  return readFileSync(path.join(FIXTURES_DIR, name), 'utf8');
}

export function fixtureJson<T = any>(name: string): T {
  return JSON.parse(fixtureText(name)) as T;
}

export const MODELS_2026 = 'models-2026-06-16.json';
export const MODELS_2025 = 'models-2025-05-23.json';
