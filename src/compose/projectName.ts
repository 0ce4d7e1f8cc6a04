// Project name resolution (compose-go cli/options.go withNamePrecedenceLoad, loader.projectName,
// NormalizeProjectName): `-p` as given, else COMPOSE_PROJECT_NAME from the environment or the
// project's `.env` (both must already be normal), else the files' top-level `name:` normalised,
// else the base name of the working directory normalised.
import { ComposeError } from './errors';
import type { Located } from './model';

/** Lowercase, keep [a-z0-9_-], trim leading `_` and `-`. */
export function normalizeProjectName(s: string): string {
  return (s.toLowerCase().match(/[a-z0-9_-]/g) ?? []).join('').replace(/^[_-]+/, '');
}

export function invalidProjectName(name: string): string {
  return `invalid project name "${name}": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number`;
}

/** Checks a `-p` value before anything is read. */
export function checkImperativeName(name: string): void {
  if (normalizeProjectName(name) !== name) throw new ComposeError(invalidProjectName(name));
}

function baseName(dir: string): string {
  const parts = dir.replace(/[/\\]+$/, '').split(/[/\\]/);
  return parts[parts.length - 1] ?? '';
}

export interface ProjectNameSource {
  name: string;
  from: 'flag' | 'environment' | 'file' | 'directory';
  /** The `name:` value, when the name comes from the file. */
  located?: Located<string>;
  file?: string;
}

/** The environment variable compose-go reads the project name from (consts.ComposeProjectName). */
export const COMPOSE_PROJECT_NAME = 'COMPOSE_PROJECT_NAME';

export function resolveProjectName(
  flag: string | undefined,
  fileNames: { file: string; name: Located<string> | undefined }[],
  workingDir: string,
  fromEnvironment?: string,
): ProjectNameSource {
  if (flag !== undefined && flag !== '') {
    checkImperativeName(flag);
    return { name: flag, from: 'flag' };
  }
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    checkImperativeName(fromEnvironment);
    return { name: fromEnvironment, from: 'environment' };
  }
  let fromFile: { file: string; name: Located<string> } | undefined;
  for (const f of fileNames) if (f.name && f.name.value !== '') fromFile = { file: f.file, name: f.name };
  if (fromFile) {
    const name = normalizeProjectName(fromFile.name.value);
    if (name !== '') return { name, from: 'file', located: fromFile.name, file: fromFile.file };
  }
  const name = normalizeProjectName(baseName(workingDir));
  if (name === '') throw new ComposeError('project name must not be empty');
  return { name, from: 'directory' };
}
