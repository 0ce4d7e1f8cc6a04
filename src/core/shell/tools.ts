// The programs a shell can run, host or container, looked up by name.
import { echoTool, falseTool, trueTool } from './basicTools';
import type { ShellTool } from './context';
import { catTool, hostnameTool, lsTool, readlinkTool } from './fileTools';
import { ifconfigTool, ipTool } from './netTools';

export const SHELL_TOOLS: Record<string, ShellTool> = {
  cat: catTool,
  echo: echoTool,
  false: falseTool,
  hostname: hostnameTool,
  ifconfig: ifconfigTool,
  ip: ipTool,
  ls: lsTool,
  readlink: readlinkTool,
  true: trueTool,
};
