// `docker version [--format TEMPLATE]`: docker/cli cli/command/system/version.go
// (defaultVersionTemplate, executed into tabwriter.NewWriter(out, 20, 1, 1, ' ', 0), then a newline;
// a template that does not parse is exit 64) over what the lab's client and daemon report.
import { type Output, fail, ok } from '../../../core/lab/output';
import { TemplateError, executeTemplate, parseTemplate, templateParsingError } from '../../print/goTemplate';
import { type JsonObject, goJson } from '../../print/json';
import type { CommandContext } from '../context';
import { type CommandSpec, prologue } from '../prologue';

export const VERSION: CommandSpec = {
  usage: 'docker version [OPTIONS]',
  arity: { kind: 'none' },
  flags: [{ name: 'format', short: 'f', type: 'string' }],
};

/**
 * The docker-ce 29.0.0 packages (linux/amd64). Versions, commits and Go from the release tags:
 * docker/cli v29.0.0 (commit 3d4129b, Dockerfile GO_VERSION=1.25.4) and moby docker-v29.0.0
 * (commit d105562, GO_VERSION=1.25.4, CONTAINERD_VERSION=v2.1.5, RUNC_VERSION=v1.3.3,
 * TINI_VERSION=v0.19.0; daemon/config/config.go defaultMinAPIVersion "1.44"; API 1.52). The build
 * time, and the containerd, runc and tini commits, are what those packages report, as published
 * `docker version` transcripts of 29.0.0 show them.
 */
export const RELEASE = {
  platform: 'Docker Engine - Community',
  version: '29.0.0',
  apiVersion: '1.52',
  minApiVersion: '1.44',
  goVersion: 'go1.25.4',
  clientCommit: '3d4129b',
  engineCommit: 'd105562',
  built: 'Mon Nov 10 21:46:31 2025',
  os: 'linux',
  arch: 'amd64',
  components: [
    { name: 'containerd', version: 'v2.1.5', gitCommit: 'fcd43222d6b07379a4be9786bda52438f0dd16a1' },
    { name: 'runc', version: '1.3.3', gitCommit: 'v1.3.3-0-gd842d771' },
    { name: 'docker-init', version: '0.19.0', gitCommit: 'de40ad0' },
  ],
} as const;

/** The Engine component's Details (the /version endpoint), BuildTime as reformatDate leaves it. */
const ENGINE_DETAILS: JsonObject = {
  ApiVersion: RELEASE.apiVersion,
  Arch: RELEASE.arch,
  BuildTime: RELEASE.built,
  Experimental: 'false',
  GitCommit: RELEASE.engineCommit,
  GoVersion: RELEASE.goVersion,
  MinAPIVersion: RELEASE.minApiVersion,
  Os: RELEASE.os,
};

const components = (): JsonObject[] => [
  { Name: 'Engine', Version: RELEASE.version, Details: ENGINE_DETAILS },
  ...RELEASE.components.map((c) => ({ Name: c.name, Version: c.version, Details: { GitCommit: c.gitCommit } })),
];

/** versionInfo as a template sees it: Go field names (clientVersion, client.ServerVersionResult). */
function templateView(context: string): JsonObject {
  return {
    Client: {
      Platform: { Name: RELEASE.platform },
      Version: RELEASE.version,
      APIVersion: RELEASE.apiVersion,
      DefaultAPIVersion: RELEASE.apiVersion,
      GitCommit: RELEASE.clientCommit,
      GoVersion: RELEASE.goVersion,
      Os: RELEASE.os,
      Arch: RELEASE.arch,
      BuildTime: RELEASE.built,
      Context: context,
    },
    Server: {
      Platform: { Name: RELEASE.platform },
      Version: RELEASE.version,
      APIVersion: RELEASE.apiVersion,
      MinAPIVersion: RELEASE.minApiVersion,
      Os: RELEASE.os,
      Arch: RELEASE.arch,
      Experimental: false,
      Components: components(),
    },
  };
}

/** `--format json` ({{json .}}): clientVersion's json tags (ApiVersion), the server result's field names. */
function jsonView(context: string): JsonObject {
  const view = templateView(context);
  const c = view.Client as JsonObject;
  const client: JsonObject = {
    Platform: c.Platform!,
    Version: c.Version!,
    ApiVersion: c.APIVersion!,
    DefaultAPIVersion: c.DefaultAPIVersion!,
    GitCommit: c.GitCommit!,
    GoVersion: c.GoVersion!,
    Os: c.Os!,
    Arch: c.Arch!,
    BuildTime: c.BuildTime!,
    Context: c.Context!,
  };
  return { Client: client, Server: view.Server! };
}

/** The default template's output: every label column of the tabwriter is 20 wide (minwidth). */
function defaultText(context: string): string {
  const row = (indent: string, label: string, value: string) => `${`${indent}${label}:`.padEnd(20)}${value}\n`;
  let text = `Client: ${RELEASE.platform}\n`;
  text += row(' ', 'Version', RELEASE.version);
  text += row(' ', 'API version', RELEASE.apiVersion);
  text += row(' ', 'Go version', RELEASE.goVersion);
  text += row(' ', 'Git commit', RELEASE.clientCommit);
  text += row(' ', 'Built', RELEASE.built);
  text += row(' ', 'OS/Arch', `${RELEASE.os}/${RELEASE.arch}`);
  text += row(' ', 'Context', context);
  text += `\nServer: ${RELEASE.platform}\n Engine:\n`;
  text += row('  ', 'Version', RELEASE.version);
  text += row('  ', 'API version', `${RELEASE.apiVersion} (minimum version ${RELEASE.minApiVersion})`);
  text += row('  ', 'Go version', RELEASE.goVersion);
  text += row('  ', 'Git commit', RELEASE.engineCommit);
  text += row('  ', 'Built', RELEASE.built);
  text += row('  ', 'OS/Arch', `${RELEASE.os}/${RELEASE.arch}`);
  text += row('  ', 'Experimental', 'false');
  for (const c of RELEASE.components) {
    text += ` ${c.name}:\n`;
    text += row('  ', 'Version', c.version);
    text += row('  ', 'GitCommit', c.gitCommit);
  }
  return text;
}

/**
 * Go's text/tabwriter (minwidth 20, padding 1, spaces): a tab ends a cell, and each column is as
 * wide as its widest cell in the run of adjacent lines that have that column.
 */
export function tabwrite(text: string, minWidth = 20, padding = 1): string {
  const lines = text.split('\n').map((l) => l.split('\t'));
  const widths = lines.map((cells) => cells.map(() => 0));
  const columns = Math.max(...lines.map((cells) => cells.length));
  for (let col = 0; col < columns - 1; col++) {
    for (let start = 0; start < lines.length;) {
      if (lines[start]!.length <= col + 1) {
        start++;
        continue;
      }
      let end = start;
      while (end < lines.length && lines[end]!.length > col + 1) end++;
      const width = Math.max(minWidth, ...lines.slice(start, end).map((cells) => [...cells[col]!].length + padding));
      for (let i = start; i < end; i++) widths[i]![col] = width;
      start = end;
    }
  }
  return lines
    .map((cells, i) =>
      cells.map((cell, col) => (col < cells.length - 1 ? cell.padEnd(widths[i]![col]!) : cell)).join(''),
    )
    .join('\n');
}

/** newVersionTemplate names the template "version", which Go's messages quote. */
const named = (e: TemplateError) =>
  new TemplateError(
    e.message.replace(/^template: :/, 'template: version:').replace('executing ""', 'executing "version"'),
  );

export function versionCommand(_ctx: CommandContext, args: string[]): Output {
  const p = prologue(VERSION, args);
  if (p.output) return p.output;
  const format = p.flags.strings.get('format') ?? '';
  // The lab's CLI talks to its one simulated engine: the default context.
  const context = 'default';
  if (format === '') return ok(defaultText(context));
  if (format === 'json') return ok(`${goJson(jsonView(context))}\n`);
  let nodes;
  try {
    nodes = parseTemplate(format);
  } catch (e) {
    if (e instanceof TemplateError) return fail(`${templateParsingError(named(e))}\n`, 64);
    throw e;
  }
  try {
    // Go marshals clientVersion with its json tags ({{json .Client}} has ApiVersion) but a field path
    // names the Go field (.Client.APIVersion): the marshalled view first, the field names when that fails.
    let text: string;
    try {
      text = executeTemplate(format, nodes, jsonView(context));
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      text = executeTemplate(format, nodes, templateView(context));
    }
    return ok(`${tabwrite(text)}\n`);
  } catch (e) {
    // prettyPrintVersion: an execution error is returned as it is (exit 1).
    if (e instanceof TemplateError) return fail(`${named(e).message}\n`, 1);
    throw e;
  }
}
