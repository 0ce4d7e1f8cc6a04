// What the extension registers under: view IDs, URI schemes, document selectors and completion
// triggers. One place, because the browser's activation (src/vscode/deferred/) registers
// stand-ins under the same keys before the lab's code is loaded, and hands each to the lab's own
// registration when it comes (matched by identity). Import nothing heavy here: this is in the
// browser's entry bundle.
import type * as vscode from 'vscode';

export const TREE_VIEW_ID = 'netlab.containers';
export const DIAGRAM_VIEW_TYPE = 'netlab.diagram';
export const TERMINAL_PROFILE_ID = 'netlab.terminal';
/** Read-only documents of the lab: a container's /etc files and `docker inspect` JSON. */
export const LAB_SCHEME = 'netlab';

/** The `dockercompose` language (VS Code names compose.yaml and docker-compose.yml so), and YAML files named like them. */
export const COMPOSE_SELECTOR: vscode.DocumentFilter[] = [
  { language: 'dockercompose' },
  { language: 'yaml', pattern: '**/{compose,docker-compose}*.{yml,yaml}' },
  { language: 'yaml', pattern: '**/*.compose.{yml,yaml}' },
];
export const DOCKERFILE_SELECTOR: vscode.DocumentFilter = { language: 'dockerfile' };
/** Files with docker command lines: shell scripts, Makefiles, Markdown and devcontainer.json. */
export const COMMAND_LINE_SELECTOR: vscode.DocumentFilter[] = [
  { language: 'shellscript' },
  { language: 'makefile' },
  { language: 'markdown' },
  { pattern: '**/{.devcontainer/devcontainer.json,.devcontainer.json}' },
];

export const COMPOSE_COMPLETION_TRIGGERS = [':', ' '];
export const DOCKERFILE_COMPLETION_TRIGGERS = ['='];

/** The language providers, by kind and selector (the deferred activation's stand-ins). */
export type ProviderKind = 'hover' | 'completion' | 'codeLens' | 'codeActions';
export const LANGUAGE_PROVIDERS: ReadonlyArray<{
  kind: ProviderKind;
  selector: vscode.DocumentSelector;
  triggerCharacters?: readonly string[];
}> = [
  { kind: 'hover', selector: COMPOSE_SELECTOR },
  { kind: 'completion', selector: COMPOSE_SELECTOR, triggerCharacters: COMPOSE_COMPLETION_TRIGGERS },
  { kind: 'codeActions', selector: COMPOSE_SELECTOR },
  { kind: 'codeLens', selector: COMPOSE_SELECTOR },
  { kind: 'hover', selector: DOCKERFILE_SELECTOR },
  { kind: 'completion', selector: DOCKERFILE_SELECTOR, triggerCharacters: DOCKERFILE_COMPLETION_TRIGGERS },
  { kind: 'hover', selector: COMMAND_LINE_SELECTOR },
  { kind: 'codeLens', selector: COMMAND_LINE_SELECTOR },
];
