// One folder holds everything a code-server instance writes: user data (settings, logs),
// installed extensions, its config file and the XDG folders it would otherwise put in $HOME.
import { join } from 'node:path';

export interface StateDirs {
  userDataDir: string;
  extensionsDir: string;
  configFile: string;
}

export function stateDirs(stateDir: string): StateDirs {
  return {
    userDataDir: join(stateDir, 'user-data'),
    extensionsDir: join(stateDir, 'extensions'),
    configFile: join(stateDir, 'config.yaml'),
  };
}

/** The command-line options that point code-server at the folders of stateDir. */
export function stateDirArgs(stateDir: string): string[] {
  const dirs = stateDirs(stateDir);
  return ['--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir];
}

/** code-server writes a config file and logs under XDG folders; keep them out of the user's home. */
export function stateDirEnv(stateDir: string): NodeJS.ProcessEnv {
  return { XDG_CONFIG_HOME: join(stateDir, 'config'), XDG_DATA_HOME: join(stateDir, 'data') };
}
