// A service's `env_file` entries into its environment (compose-go types/project.go
// WithServicesEnvironmentResolved, loadEnvFile): files in order, later files over earlier ones,
// `environment:` over all of them; a missing file fails when it is required and is skipped otherwise.
import { parseDotEnv } from './dotenv';
import { ComposeError } from './errors';
import type { Project, ProjectService } from './project';

/** Reads a file's text, or undefined when there is no such file. */
export type ReadText = (path: string) => string | undefined;

/** loadEnvFile: `env file PATH not found: stat PATH: no such file or directory`. */
export function envFileNotFound(path: string): string {
  return `env file ${path} not found: stat ${path}: no such file or directory`;
}

function keyOf(entry: string): string {
  const eq = entry.indexOf('=');
  return eq < 0 ? entry : entry.slice(0, eq);
}

/** The service's environment with its env_file values under the entries it sets itself. */
export function serviceEnvironment(s: ProjectService, read: ReadText): string[] {
  if (s.envFiles.length === 0) return s.environment;
  const fromFiles = new Map<string, string>();
  for (const f of s.envFiles) {
    const text = read(f.path);
    if (text === undefined) {
      if (f.required) throw new ComposeError(envFileNotFound(f.path));
      continue;
    }
    for (const [k, v] of parseDotEnv(text)) fromFiles.set(k, v);
  }
  const own = new Set(s.environment.map(keyOf));
  const inherited = [...fromFiles].filter(([k]) => !own.has(k)).map(([k, v]) => `${k}=${v}`);
  return [...inherited, ...s.environment];
}

/** Every service's env_file read into its environment, and the env_file entries dropped (discardEnvFiles). */
export function withEnvironmentResolved(project: Project, read: ReadText): Project {
  return {
    ...project,
    services: project.services.map((s) => ({ ...s, environment: serviceEnvironment(s, read), envFiles: [] })),
  };
}
