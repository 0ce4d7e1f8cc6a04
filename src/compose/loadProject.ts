// The whole load, in compose-go's order (LoadWithContext): `-p` check, per file syntax and schema
// (then the `version` and `external.name` transforms), merge, empty check, project name,
// normalisation, consistency. The first error wins and carries its file and range.
import { ComposeError, type ComposeWarning } from './errors';
import { isEmptyFile, loadComposeFile } from './load';
import type { Lookup } from './interpolate';
import { mergeFiles } from './merge';
import type { ComposeFileSource } from './model';
import { normalizeProject } from './normalize';
import type { Project } from './project';
import { COMPOSE_PROJECT_NAME, type ProjectNameSource, checkImperativeName, resolveProjectName } from './projectName';
import { checkConsistency, checkPortAddresses, checkVolumes } from './validate';

export interface ComposeInput {
  /** Absolute path, as compose prints it in messages. */
  path: string;
  text: string;
}

export interface LoadOptions {
  /** `-p`. */
  projectName?: string;
  /** Folder the default project name comes from; defaults to the first file's folder. */
  workingDir?: string;
  /** compose-go SkipNormalization (the consistency check then sees the file as written). */
  skipNormalization?: boolean;
  skipConsistency?: boolean;
  /** Active profiles (`--profile`); services with other profiles are left out ("*" enables all). */
  profiles?: string[];
  /** Variables for ${VAR} interpolation (the shell's environment and the project's .env); none: no interpolation. */
  environment?: Lookup;
}

export interface LoadedProject {
  project: Project;
  files: ComposeFileSource[];
  projectName: ProjectNameSource;
  warnings: ComposeWarning[];
}

const dirOf = (path: string) => path.replace(/[/\\][^/\\]*$/, '') || '/';

/** transform/external.go: `external: {name: x}` is deprecated, and conflicts with a different `name:`. */
function externalNames(file: ComposeFileSource, warnings: ComposeWarning[]): void {
  const resources = [
    ...file.networks.map((n) => ({ path: `networks.${n.key}`, ...n })),
    ...file.volumes.map((v) => ({ path: `volumes.${v.key}`, ...v })),
  ];
  for (const n of resources) {
    if (!n.externalName) continue;
    warnings.push({
      message: `${n.path}: external.name is deprecated. Please set name and external: true`,
      file: file.path,
      range: n.externalName.range,
    });
    if (n.name && n.name.value !== n.externalName.value) {
      throw new ComposeError(
        `${n.path}: name and external.name conflict; only use name`,
        file.path,
        n.externalName.range,
      );
    }
  }
}

/** compose-go WithProfiles: a service with profiles is enabled only when one of them is active. */
function withProfiles(file: ComposeFileSource, active: readonly string[]): ComposeFileSource {
  const enabled = (s: ComposeFileSource['services'][number]) =>
    (s.profiles ?? []).length === 0 || active.includes('*') || (s.profiles ?? []).some((p) => active.includes(p.value));
  return { ...file, services: file.services.filter(enabled) };
}

export function loadProject(inputs: readonly ComposeInput[], options: LoadOptions = {}): LoadedProject {
  if (inputs.length === 0) throw new ComposeError('no configuration file provided: not found');
  if (options.projectName) checkImperativeName(options.projectName);
  const warnings: ComposeWarning[] = [];
  const files: ComposeFileSource[] = [];
  for (const input of inputs) {
    const file = loadComposeFile(input.path, input.text, options.environment, warnings);
    if (file.version) {
      warnings.push({
        message: `${file.path}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`,
        file: file.path,
        range: file.version.range,
      });
    }
    externalNames(file, warnings);
    files.push(file);
  }
  const merged = withProfiles(mergeFiles(files), options.profiles ?? []);
  checkPortAddresses(merged);
  checkVolumes(merged);
  if (files.every(isEmptyFile)) throw new ComposeError('empty compose file', files[0]!.path, [0, 0]);
  const workingDir = options.workingDir ?? dirOf(inputs[0]!.path);
  const projectName = resolveProjectName(
    options.projectName,
    files.map((f) => ({ file: f.path, name: f.name })),
    workingDir,
    options.environment?.(COMPOSE_PROJECT_NAME),
  );
  const project = normalizeProject(
    merged,
    projectName.name,
    workingDir,
    inputs.map((i) => i.path),
    {
      skip: options.skipNormalization === true,
      ...(options.environment?.('HOME') === undefined ? {} : { home: options.environment('HOME')! }),
    },
  );
  if (!options.skipConsistency) checkConsistency(project);
  return { project, files, projectName, warnings };
}

/** For editors: the first load error of one file's text, with its range, or undefined when it loads. */
export function diagnoseComposeText(path: string, text: string, options: LoadOptions = {}): ComposeError | undefined {
  try {
    loadProject([{ path, text }], { ...options, projectName: options.projectName ?? 'project' });
    return undefined;
  } catch (e) {
    if (e instanceof ComposeError) return e;
    throw e;
  }
}
