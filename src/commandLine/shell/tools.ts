// The programs a shell can run, host or container, looked up by name.
import { arpTool } from './arpTool';
import { envTool } from './envTool';
import { getentTool } from './getentTool';
import { routeTool } from './routeTool';
import { tracerouteTool } from './tracerouteTool';
import { falseTool, sleepTool, trueTool } from './basicTools';
import { echoTool } from './echoTool';
import { digTool, hostTool } from './digTool';
import { printfTool } from './printfTool';
import type { ShellTool } from './context';
import { catTool, hostnameTool, pwdTool, readlinkTool } from './fileTools';
import { mkdirTool, rmTool, touchTool } from './fileWriteTools';
import { lsTool } from './lsTool';
import { wgetTool } from './httpTools';
import { curlTool } from './curlTool';
import { ncTool } from './ncTool';
import { ifconfigTool, ipTool } from './netTools';
import { netstatTool, ssTool } from './netstatTool';
import { nslookupTool } from './nslookupTool';
import { pingTool } from './pingTool';
import { cutTool } from './cutTool';
import { grepTool } from './grepTool';
import { headTool, tailTool } from './headTailTools';
import { sortTool } from './sortTool';
import { trTool } from './trTool';
import { uniqTool } from './uniqTool';
import { wcTool } from './wcTool';
import { redisCliTool } from './redisCliTool';

export const SHELL_TOOLS: Record<string, ShellTool> = {
  arp: arpTool,
  cat: catTool,
  curl: curlTool,
  cut: cutTool,
  dig: digTool,
  echo: echoTool,
  env: envTool,
  false: falseTool,
  getent: getentTool,
  grep: grepTool,
  head: headTool,
  host: hostTool,
  hostname: hostnameTool,
  ifconfig: ifconfigTool,
  ip: ipTool,
  ls: lsTool,
  mkdir: mkdirTool,
  nc: ncTool,
  netstat: netstatTool,
  nslookup: nslookupTool,
  ping: pingTool,
  printf: printfTool,
  'redis-cli': redisCliTool,
  // busybox's ping6 applet: ping -6 (ping.c ping6_main).
  ping6: pingTool,
  pwd: pwdTool,
  readlink: readlinkTool,
  rm: rmTool,
  route: routeTool,
  sleep: sleepTool,
  sort: sortTool,
  ss: ssTool,
  tail: tailTool,
  touch: touchTool,
  tr: trTool,
  traceroute: tracerouteTool,
  true: trueTool,
  uniq: uniqTool,
  wc: wcTool,
  wget: wgetTool,
};
