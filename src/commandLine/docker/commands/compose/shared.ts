// What every `docker compose` subcommand shares: the plain progress printer, the project options
// (files, `-p`, profiles, the shell's environment), loading the project, and finding its containers
// by their labels (docker/compose cmd/compose/compose.go, pkg/compose/containers.go).
import { ComposeError } from '../../../../compose/errors';
import { composeEnvironment, resolveComposeFiles } from '../../../../compose/files';
import { type LoadedProject, loadProject } from '../../../../compose/loadProject';
import { LABEL_NUMBER, LABEL_ONEOFF, LABEL_PROJECT, LABEL_SERVICE } from '../../../../compose/plan';
import { withoutUnnecessaryResources } from '../../../../compose/project';
import { COMPOSE_PROJECT_NAME } from '../../../../compose/projectName';
import type { FileReader } from '../../../../core/files/fileReader';
import { dirnameOf } from '../../../../core/files/posixPath';
import type { DockerError } from '../../../../core/lab/errors';
import type { Lab } from '../../../../core/lab/lab';
import type { Container } from '../../../../core/lab/model';
import type { Output } from '../../../../core/lab/output';

/** Accumulates what the command prints. */
export class Printer {
  stdout = '';
  stderr = '';
  constructor(private readonly lab: Lab) {}
  /** plainWriter.Event: fmt.Fprintln("", ID, Text, Details). */
  event(id: string, text: string, details = ''): void {
    this.stderr += ` ${id} ${text} ${details}\n`;
  }
  /** logrus' text formatter on a non-terminal, stamped with the lab's clock. */
  warn(message: string): void {
    const time = new Date(this.lab.now * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    this.stderr += `time="${time}" level=warning msg=${JSON.stringify(message)}\n`;
  }
  out(exitCode = 0): Output {
    return { stdout: this.stdout, stderr: this.stderr, exitCode };
  }
  fail(message: string, exitCode = 1): Output {
    this.stderr += message.endsWith('\n') ? message : `${message}\n`;
    return this.out(exitCode);
  }
}

export interface Globals {
  fileFlags: string[];
  projectName: string | undefined;
  cwd: string;
  files: FileReader;
  /** The host shell's environment (what os.Getenv sees in compose). */
  environment: ReadonlyMap<string, string>;
  profiles: string[];
  /** `--all-resources`: keep networks and volumes no service uses. */
  allResources: boolean;
}

/** The host shell's environment as compose sees it (HOME, USER, HOSTNAME, PWD, PATH). */
export function shellEnvironment(home: string, hostname: string, cwd: string): Map<string, string> {
  return new Map([
    ['HOME', home],
    ['USER', 'root'],
    ['HOSTNAME', hostname],
    ['PWD', cwd],
    ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
  ]);
}

/** ProjectOptions.ToProject: the files, the project's `.env`, profiles, then compose-go's load. */
export function load(g: Globals, p: Printer): LoadedProject {
  const resolved = resolveComposeFiles(g.files, g.cwd, g.fileFlags);
  for (const w of resolved.warnings) p.warn(w);
  const projectDir = dirnameOf(resolved.inputs[0]!.path);
  const environment = composeEnvironment(g.files, projectDir, g.environment);
  const profiles =
    g.profiles.length > 0 ? g.profiles : (environment('COMPOSE_PROFILES') ?? '').split(',').filter((x) => x !== '');
  const loaded = loadProject(resolved.inputs, {
    ...(g.projectName === undefined ? {} : { projectName: g.projectName }),
    environment,
    profiles,
  });
  for (const w of loaded.warnings) p.warn(w.message);
  return g.allResources ? loaded : { ...loaded, project: withoutUnnecessaryResources(loaded.project) };
}

/**
 * projectOrName (cmd/compose/compose.go): with `-f` or without `-p`, the project is loaded; when that
 * fails, COMPOSE_PROJECT_NAME from the environment still names it. With `-p` alone nothing is read.
 */
export function projectOrName(g: Globals, p: Printer): { loaded?: LoadedProject; name: string } {
  if (g.fileFlags.length === 0 && g.projectName !== undefined) return { name: g.projectName };
  try {
    const loaded = load(g, p);
    return { loaded, name: loaded.project.name };
  } catch (e) {
    const fromEnv = g.environment.get(COMPOSE_PROJECT_NAME);
    if (e instanceof ComposeError && fromEnv) return { name: fromEnv };
    throw e;
  }
}

/** toProjectName: `-p`, else COMPOSE_PROJECT_NAME, else the loaded project's name. */
export function toProjectName(g: Globals, p: Printer): string {
  if (g.projectName !== undefined) return g.projectName;
  const fromEnv = g.environment.get(COMPOSE_PROJECT_NAME);
  if (fromEnv) return fromEnv;
  return load(g, p).project.name;
}

export const daemonText = (e: DockerError): string =>
  e.source === 'daemon' ? `Error response from daemon: ${e.message}` : e.message;

export const serviceOf = (c: Container): string => c.labels?.[LABEL_SERVICE] ?? '';
export const isOneOff = (c: Container): boolean => c.labels?.[LABEL_ONEOFF] === 'True';
export const numberOf = (c: Container): number => Number(c.labels?.[LABEL_NUMBER] ?? '0');

export const byName = (a: Container, b: Container): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The project's containers (the project label), in the lab's creation order. */
export const projectContainers = (lab: Lab, project: string): Container[] =>
  [...lab.containers.values()].filter((c) => c.labels?.[LABEL_PROJECT] === project);

/**
 * getSpecifiedContainer (pkg/compose/containers.go): the service's running container with the lowest
 * number (`--index N`: that one), one-off containers last.
 */
export function specifiedContainer(lab: Lab, project: string, service: string, index: number): Container {
  const found = projectContainers(lab, project)
    .filter((c) => serviceOf(c) === service && c.state === 'running')
    .filter((c) => index <= 0 || numberOf(c) === index)
    .sort((a, b) => Number(isOneOff(a)) - Number(isOneOff(b)) || numberOf(a) - numberOf(b));
  const first = found[0];
  if (first) return first;
  if (index > 0) throw new ComposeError(`service "${service}" is not running container #${index}`);
  throw new ComposeError(`service "${service}" is not running`);
}

/** pflag's IntVar parse of a flag value, with its complaint. */
export function intFlag(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^[+-]?\d+$/.test(value))
    throw new ComposeError(
      `invalid argument "${value}" for "${flag}" flag: strconv.ParseInt: parsing "${value}": invalid syntax`,
    );
  return Number(value);
}
