// Which files a `docker compose` command reads (compose-go cli/options.go): the `-f` files resolved
// against the working folder, or the first default name found there or in a parent folder
// (WithDefaultConfigPath, findFiles), plus its override file. Files come through the FileReader
// the session was given, never from the disk directly.
import type { FileReader } from '../core/files/fileReader';
import { dirnameOf, joinPath, resolvePath } from '../core/files/posixPath';
import { parseDotEnv } from './dotenv';
import { ComposeError } from './errors';
import type { Lookup } from './interpolate';
import type { ComposeInput } from './loadProject';

/** compose-go DefaultFileNames, in order of preference. */
export const DEFAULT_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
export const DEFAULT_OVERRIDE_FILE_NAMES = [
  'compose.override.yml',
  'compose.override.yaml',
  'docker-compose.override.yml',
  'docker-compose.override.yaml',
];

export interface ResolvedFiles {
  inputs: ComposeInput[];
  /** logrus warnings (several candidates found). */
  warnings: string[];
}

function read(files: FileReader, path: string): ComposeInput {
  const text = files.readText(path);
  if (text === undefined) throw new ComposeError(`open ${path}: no such file or directory`, path);
  return { path, text };
}

/** Default discovery; undefined when no folder up to the root has a compose file. */
export function discoverComposeFiles(files: FileReader, cwd: string): ResolvedFiles | undefined {
  let dir = resolvePath('/', cwd);
  for (;;) {
    const candidates = DEFAULT_FILE_NAMES.map((n) => joinPath(dir, n)).filter((p) => files.exists(p));
    if (candidates.length > 0) {
      const warnings: string[] = [];
      if (candidates.length > 1)
        warnings.push(
          `Found multiple config files with supported names: ${candidates.join(', ')}`,
          `Using ${candidates[0]!}`,
        );
      const paths = [candidates[0]!];
      const overrides = DEFAULT_OVERRIDE_FILE_NAMES.map((n) => joinPath(dir, n)).filter((p) => files.exists(p));
      if (overrides.length > 1)
        warnings.push(
          `Found multiple override files with supported names: ${overrides.join(', ')}`,
          `Using ${overrides[0]!}`,
        );
      if (overrides.length > 0) paths.push(overrides[0]!);
      return { inputs: paths.map((p) => read(files, p)), warnings };
    }
    const parent = dirnameOf(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * What ${VAR} sees: the shell's environment, then the project's `.env` (the environment wins, as in
 * compose). A `.env` that is a folder is skipped (cli/options.go WithDotEnv checks IsDir).
 */
export function composeEnvironment(files: FileReader, projectDir: string, shell: ReadonlyMap<string, string>): Lookup {
  const dotenvPath = joinPath(projectDir, '.env');
  const text = files.isDirectory(dotenvPath) ? undefined : files.readText(dotenvPath);
  const dotenv = text === undefined ? new Map<string, string>() : parseDotEnv(text);
  return (name) => shell.get(name) ?? dotenv.get(name);
}

/** `-f` files (relative to cwd), else discovery; `no configuration file provided: not found` when none. */
export function resolveComposeFiles(files: FileReader, cwd: string, fileFlags: readonly string[]): ResolvedFiles {
  if (fileFlags.length > 0) return { inputs: fileFlags.map((f) => read(files, resolvePath(cwd, f))), warnings: [] };
  const found = discoverComposeFiles(files, cwd);
  if (!found) throw new ComposeError('no configuration file provided: not found');
  return found;
}
