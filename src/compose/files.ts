// Which files a `docker compose` command reads (compose-go cli/options.go): the `-f` files resolved
// against the working folder, or the first default name found there or in a parent folder, plus
// its override file.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseDotEnv } from './dotenv';
import { ComposeError } from './errors';
import type { Lookup } from './interpolate';
import type { ComposeInput } from './loadProject';

/** compose-go DefaultFileNames, in order of preference. */
export const DEFAULT_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
export const DEFAULT_OVERRIDE_FILE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];

export interface ResolvedFiles {
  inputs: ComposeInput[];
  /** logrus warnings (several candidates found). */
  warnings: string[];
}

function read(path: string): ComposeInput {
  try {
    return { path, text: readFileSync(path, 'utf8') };
  } catch {
    throw new ComposeError(`open ${path}: no such file or directory`, path);
  }
}

/** Default discovery; undefined when no folder up to the root has a compose file. */
export function discoverComposeFiles(cwd: string): ResolvedFiles | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const candidates = DEFAULT_FILE_NAMES.map((n) => join(dir, n)).filter((p) => existsSync(p));
    if (candidates.length > 0) {
      const warnings: string[] = [];
      if (candidates.length > 1) warnings.push(`Found multiple config files with supported names: ${candidates.join(', ')}`, `Using ${candidates[0]!}`);
      const paths = [candidates[0]!];
      const overrides = DEFAULT_OVERRIDE_FILE_NAMES.map((n) => join(dir, n)).filter((p) => existsSync(p));
      if (overrides.length > 1) warnings.push(`Found multiple override files with supported names: ${overrides.join(', ')}`, `Using ${overrides[0]!}`);
      if (overrides.length > 0) paths.push(overrides[0]!);
      return { inputs: paths.map(read), warnings };
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * What ${VAR} sees: the shell's environment, then the project's `.env` (the environment wins, as in
 * compose). The lab's host shell has only root's usual variables, so runs stay reproducible.
 */
export function composeEnvironment(projectDir: string, shell: ReadonlyMap<string, string>): Lookup {
  const dotenvPath = join(projectDir, '.env');
  const dotenv = existsSync(dotenvPath) ? parseDotEnv(readFileSync(dotenvPath, 'utf8')) : new Map<string, string>();
  return (name) => shell.get(name) ?? dotenv.get(name);
}

/** `-f` files (relative to cwd), else discovery; `no configuration file provided: not found` when none. */
export function resolveComposeFiles(cwd: string, fileFlags: readonly string[]): ResolvedFiles {
  if (fileFlags.length > 0) return { inputs: fileFlags.map((f) => read(resolve(cwd, f))), warnings: [] };
  const found = discoverComposeFiles(cwd);
  if (!found) throw new ComposeError('no configuration file provided: not found');
  return found;
}
