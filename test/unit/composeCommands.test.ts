// docker compose subcommands against their upstream sources, one row per behaviour: each row names
// the docker/compose (v5) or compose-go (v2) file and function it follows.
import * as assert from 'node:assert/strict';
import { composeDir, replayIn } from './composeFixture';
import { loadProject } from '../../src/compose/loadProject';
import { envFileNotFound } from '../../src/compose/envFile';

const WEB_AND_DB = 'services:\n  web:\n    image: nginx\n    ports: ["8080:80"]\n  db:\n    image: redis\n';

interface Row {
  /** Upstream file and function. */
  source: string;
  files?: Record<string, string>;
  lines: string[];
  /** What the last line prints (exact), or a pattern. */
  stdout?: string | RegExp;
  stderr?: string | RegExp;
  exitCode?: number;
}

const ROWS: Row[] = [
  // --- project name precedence -------------------------------------------------------------
  {
    source: 'compose-go cli/options.go withNamePrecedenceLoad: COMPOSE_PROJECT_NAME from the project .env',
    files: {
      'compose.yaml': 'name: fromfile\nservices:\n  web:\n    image: nginx\n',
      '.env': 'COMPOSE_PROJECT_NAME=fromenv\n',
    },
    lines: ['docker compose config --format json'],
    stdout: /^\{\n {2}"name": "fromenv",/,
  },
  {
    source: 'compose-go cli/options.go withNamePrecedenceLoad: -p before COMPOSE_PROJECT_NAME',
    files: { 'compose.yaml': 'services:\n  web:\n    image: nginx\n', '.env': 'COMPOSE_PROJECT_NAME=fromenv\n' },
    lines: ['docker compose -p flag up -d', 'docker compose -p flag ps --format "{{.Name}}"'],
    stdout: 'flag-web-1\n',
  },
  {
    source:
      'compose-go loader/loader.go projectName: an imperative name must already be normal (InvalidProjectNameErr)',
    files: { 'compose.yaml': 'services:\n  web:\n    image: nginx\n', '.env': 'COMPOSE_PROJECT_NAME=My_App\n' },
    lines: ['docker compose config'],
    stderr:
      'invalid project name "My_App": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number\n',
    exitCode: 1,
  },
  {
    source: 'compose-go loader/loader.go projectName: `name:` normalised (NormalizeProjectName)',
    files: { 'compose.yaml': 'name: "-My App"\nservices:\n  web:\n    image: nginx\n' },
    lines: ['docker compose config --format json'],
    stdout: /"name": "myapp"/,
  },
  // --- ps ------------------------------------------------------------------------------------
  {
    source: 'docker/compose cmd/formatter/container.go defaultContainerTableFormat',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose ps'],
    stdout:
      /^NAME {9}IMAGE {5}COMMAND {18}SERVICE {3}CREATED {8}STATUS {8}PORTS\ndemo-db-1 {4}redis {5}"docker-entrypoint\.s…" {3}db {8}1 second ago {3}Up 1 second {3}6379\/tcp\ndemo-web-1 {3}nginx {5}"\/docker-entrypoint\.…" {3}web {7}1 second ago {3}Up 1 second {3}0\.0\.0\.0:8080->80\/tcp, \[::\]:8080->80\/tcp\n$/,
  },
  {
    source: 'compose cmd/formatter/container.go ContainerContext.Image: the daemon value as it is, not shortened',
    files: { 'compose.yaml': 'services:\n  web:\n    image: docker.io/library/nginx:latest\n' },
    lines: ['docker compose up -d', 'docker compose ps --format "{{.Image}}"'],
    stdout: 'docker.io/library/nginx:latest\n',
  },
  {
    source: 'moby daemon/list.go refreshImage: once the tag is gone, compose ps shows the full image ID',
    files: { 'compose.yaml': 'services:\n  web:\n    image: nginx\n' },
    lines: ['docker compose up -d', 'docker rmi -f nginx', 'docker compose ps --format "{{.Image}}"'],
    stdout: /^sha256:[0-9a-f]{64}\n$/,
  },
  {
    source: 'docker/compose cmd/compose/ps.go runPs: --services prints the services of the listed containers',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose ps --services'],
    stdout: 'db\nweb\n',
  },
  {
    source: 'docker/compose cmd/compose/ps.go runPs: `no such service: X` for a service the project lacks',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose ps cache'],
    stderr: 'no such service: cache\n',
    exitCode: 1,
  },
  {
    source: 'docker/compose cmd/compose/ps.go runPs: selecting services by name',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose ps web --format "{{.Service}} {{.State}}"'],
    stdout: 'web running\n',
  },
  {
    source: 'docker/compose cmd/compose/ps.go parseFilter: only KEY=VAL',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose ps --filter status'],
    stderr: 'arguments to --filter should be in form KEY=VAL\n',
    exitCode: 1,
  },
  {
    source: 'docker/compose cmd/compose/ps.go parseFilter: unknown filter',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose ps --filter name=web'],
    stderr: 'unknown filter name\n',
    exitCode: 1,
  },
  {
    source: 'docker/compose cmd/compose/ps.go filterByStatus: --status implies -a',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker stop demo-db-1', 'docker compose ps --status exited --format "{{.Name}}"'],
    stdout: 'demo-db-1\n',
  },
  {
    source: 'docker/compose cmd/compose/ps.go filterByStatus: --filter status= is the same',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker stop demo-db-1', 'docker compose ps --filter status=running -q'],
    stdout: /^[0-9a-f]{64}\n$/,
  },
  {
    source: 'docker/compose pkg/compose/ps.go Ps: without -a only running containers',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker stop demo-db-1', 'docker compose ps --format "{{.Name}}"'],
    stdout: 'demo-web-1\n',
  },
  {
    source:
      'docker/compose cmd/formatter/container.go ContainerContext via docker/cli formatter.MarshalJSON: one object per line',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose ps web --format json'],
    stdout:
      /^\{"Command":"\\"\/docker-entrypoint\.…\\"","CreatedAt":"[^"]+ \+0000 UTC","Engine":"","ExitCode":0,"Health":"","ID":"[0-9a-f]{12}","Image":"nginx","Labels":"[^"]*com\.docker\.compose\.service=web[^"]*","LocalVolumes":"0","Mounts":"","Name":"demo-web-1","Names":"demo-web-1","Networks":"demo_default","Ports":"0\.0\.0\.0:8080->80\/tcp, \[::\]:8080->80\/tcp","Project":"demo","Publishers":\[\{"URL":"0\.0\.0\.0","TargetPort":80,"PublishedPort":8080,"Protocol":"tcp"\},\{"URL":"::","TargetPort":80,"PublishedPort":8080,"Protocol":"tcp"\}\],"RunningFor":"[^"]+","Service":"web","Size":"0B","State":"running","Status":"Up [^"]+"\}\n$/,
  },
  {
    source: 'docker/compose cmd/formatter/container.go NewContainerFormat: `table` with a template and its headers',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose ps --format "table {{.Service}}\\t{{.State}}"'],
    stdout: 'SERVICE   STATE\ndb        running\nweb       running\n',
  },
  // --- up ------------------------------------------------------------------------------------
  {
    source: 'docker/compose cmd/compose/up.go validateFlags',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d --force-recreate --no-recreate'],
    stderr: '--force-recreate and --no-recreate are incompatible\n',
    exitCode: 1,
  },
  {
    source: 'docker/compose cmd/compose/create.go applyScaleOpts',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d --scale db'],
    stderr: 'invalid --scale option "db". Should be SERVICE=NUM\n',
    exitCode: 1,
  },
  {
    source: 'docker/compose pkg/compose/convergence.go: --scale db=3 creates <project>-<service>-N',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d --scale db=3', 'docker compose ps --format "{{.Name}}"'],
    stdout: 'demo-db-1\ndemo-db-2\ndemo-db-3\ndemo-web-1\n',
  },
  {
    source: 'compose-go types.ServiceConfig GetScale: deploy.replicas',
    files: { 'compose.yaml': 'services:\n  db:\n    image: redis\n    deploy:\n      replicas: 2\n' },
    lines: ['docker compose up -d', 'docker compose ps -a --format "{{.Name}}"'],
    stdout: 'demo-db-1\ndemo-db-2\n',
  },
  {
    source: "compose-go loader/validate.go checkConsistency: distinct 'scale' and 'deploy.replicas'",
    files: { 'compose.yaml': 'services:\n  db:\n    image: redis\n    scale: 3\n    deploy:\n      replicas: 2\n' },
    lines: ['docker compose config'],
    stderr: "services.db: can't set distinct values on 'scale' and 'deploy.replicas': invalid compose project\n",
    exitCode: 1,
  },
  {
    source: 'docker/compose pkg/compose/reconcile.go: scaling down removes the highest numbers',
    files: { 'compose.yaml': 'services:\n  db:\n    image: redis\n' },
    lines: ['docker compose up -d --scale db=2', 'docker compose up -d'],
    stderr:
      ' Container demo-db-2 Stopping \n Container demo-db-2 Stopped \n Container demo-db-2 Removing \n Container demo-db-2 Removed \n Container demo-db-1 Running \n',
  },
  {
    source: 'docker/compose cmd/compose/up.go: --no-start creates without starting',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up --no-start', 'docker compose ps -a --format "{{.Name}} {{.State}}"'],
    stdout: 'demo-db-1 created\ndemo-web-1 created\n',
  },
  {
    source: 'compose-go types/project.go WithSelectedServices: services and their dependencies',
    files: {
      'compose.yaml':
        'services:\n  web:\n    image: nginx\n    depends_on: [db]\n  db:\n    image: redis\n  cache:\n    image: redis\n',
    },
    lines: ['docker compose up -d web', 'docker compose ps --services'],
    stdout: 'db\nweb\n',
  },
  {
    source: 'docker/compose cmd/compose/up.go --no-deps: only the named services',
    files: { 'compose.yaml': 'services:\n  web:\n    image: nginx\n    depends_on: [db]\n  db:\n    image: redis\n' },
    lines: ['docker compose up -d --no-deps web', 'docker compose ps --services'],
    stdout: 'web\n',
  },
  {
    source: 'compose-go types/project.go withServices: no such service',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d cache'],
    stderr: 'no such service: cache\n',
    exitCode: 1,
  },
  {
    source: 'docker/compose pkg/compose/executor_events.go groupTracker: --force-recreate prints Recreate/Recreated',
    files: { 'compose.yaml': 'services:\n  db:\n    image: redis\n' },
    lines: ['docker compose up -d', 'docker compose up -d --force-recreate'],
    stderr:
      ' Container demo-db-1 Recreate \n Container demo-db-1 Recreated \n Container demo-db-1 Starting \n Container demo-db-1 Started \n',
  },
  {
    source: 'docker/compose pkg/compose/create.go create: orphan containers are warned about',
    files: { 'compose.yaml': WEB_AND_DB, 'other.yaml': 'name: demo\nservices:\n  db:\n    image: redis\n' },
    lines: ['docker compose up -d', 'docker compose -f other.yaml up -d'],
    stderr:
      /level=warning msg="Found orphan containers \(demo-web-1\) for this project\. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up\."/,
  },
  {
    source: 'docker/compose pkg/compose/create.go: --remove-orphans removes them',
    files: { 'compose.yaml': WEB_AND_DB, 'other.yaml': 'name: demo\nservices:\n  db:\n    image: redis\n' },
    lines: [
      'docker compose up -d',
      'docker compose -f other.yaml up -d --remove-orphans',
      'docker ps -a --format "{{.Names}}"',
    ],
    stdout: 'demo-db-1\n',
  },
  // --- down ------------------------------------------------------------------------------------
  {
    source: 'docker/compose cmd/compose/down.go PreRunE: --rmi values',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose down --rmi some'],
    stderr: 'invalid value for --rmi: "some"\n',
    exitCode: 1,
  },
  // --- config ----------------------------------------------------------------------------------
  {
    source: 'docker/compose cmd/compose/config.go runConfigImages',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose config --images'],
    stdout: 'nginx\nredis\n',
  },
  {
    source: 'docker/compose cmd/compose/config.go runConfigInterpolate: unsupported format',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose config --format xml'],
    stderr: 'unsupported format "xml"\n',
    exitCode: 1,
  },
  {
    source: 'compose-go types/project.go Project.MarshalJSON: MarshalIndent, command and entrypoint null',
    files: { 'compose.yaml': 'services:\n  web:\n    image: nginx\n' },
    lines: ['docker compose config --format json'],
    stdout:
      '{\n  "name": "demo",\n  "networks": {\n    "default": {\n      "name": "demo_default"\n    }\n  },\n  "services": {\n    "web": {\n      "command": null,\n      "entrypoint": null,\n      "image": "nginx",\n      "networks": {\n        "default": null\n      }\n    }\n  }\n}',
  },
  // --- port ------------------------------------------------------------------------------------
  {
    source: 'docker/compose cmd/compose/port.go runPort: `ip:port`',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose port web 80'],
    stdout: '0.0.0.0:8080\n',
  },
  {
    source: 'docker/compose pkg/compose/port.go portNotFoundError',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose port web 81'],
    stderr: 'no port 81/tcp for container demo-web-1: 80/tcp, 80/tcp\n',
    exitCode: 1,
  },
  {
    source: 'docker/compose pkg/compose/port.go: --protocol udp',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose port --protocol udp web 80'],
    stderr: 'no port 80/udp for container demo-web-1: 80/tcp, 80/tcp\n',
    exitCode: 1,
  },
  {
    source: 'docker/compose pkg/compose/containers.go getSpecifiedContainer: not running',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose port web 80'],
    stderr: 'service "web" is not running\n',
    exitCode: 1,
  },
  {
    source: 'docker/compose pkg/compose/containers.go getSpecifiedContainer: --index',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose port --index 2 web 80'],
    stderr: 'service "web" is not running container #2\n',
    exitCode: 1,
  },
  // --- exec ------------------------------------------------------------------------------------
  {
    source: 'docker/compose pkg/compose/exec.go Exec: docker exec in the service container',
    files: { 'compose.yaml': 'services:\n  box:\n    image: busybox\n    command: sleep 3600\n' },
    lines: ['docker compose up -d', 'docker compose exec -T box hostname'],
    stdout: /^[0-9a-f]{12}\n$/,
  },
  {
    source: 'docker/compose pkg/compose/containers.go getSpecifiedContainer via exec',
    files: { 'compose.yaml': 'services:\n  box:\n    image: busybox\n    command: sleep 3600\n' },
    lines: ['docker compose exec -T box hostname'],
    stderr: 'service "box" is not running\n',
    exitCode: 1,
  },
  // --- run -------------------------------------------------------------------------------------
  {
    source: 'docker/compose pkg/compose/run.go prepareRun: <project>-<service>-run-<slug>, oneoff=True',
    files: { 'compose.yaml': 'services:\n  box:\n    image: busybox\n' },
    lines: ['docker compose run -d box sleep 60', 'docker compose ps -a --format "{{.Name}} {{.Labels}}"'],
    stdout:
      /^demo-box-run-([0-9a-f]{12}) (?=.*com\.docker\.compose\.oneoff=True)(?=.*com\.docker\.compose\.slug=\1[0-9a-f]{52})(?!.*container-number).*\n$/,
  },
  {
    source: 'docker/compose pkg/compose/run.go: attached, the command output and its exit code',
    files: { 'compose.yaml': 'services:\n  box:\n    image: busybox\n' },
    lines: ['docker compose run --rm -T box echo hello'],
    stdout: 'hello\n',
    exitCode: 0,
  },
  {
    source: 'docker/compose cmd/compose/run.go PreRunE: --service-ports with --publish',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose run -P -p 9090:80 web'],
    stderr: '--service-ports and --publish are incompatible\n',
    exitCode: 1,
  },
  {
    source: 'docker/compose pkg/compose/ps.go: one-off containers only with -a',
    files: { 'compose.yaml': 'services:\n  box:\n    image: busybox\n' },
    lines: ['docker compose run -d box sleep 60', 'docker compose ps --format "{{.Name}}"'],
    stdout: '',
  },
  // --- start / stop / restart -----------------------------------------------------------------
  {
    source: 'docker/compose pkg/compose/stop.go stop: reverse dependency order',
    files: { 'compose.yaml': 'services:\n  web:\n    image: nginx\n    depends_on: [db]\n  db:\n    image: redis\n' },
    lines: ['docker compose up -d', 'docker compose stop'],
    stderr:
      ' Container demo-web-1 Stopping \n Container demo-web-1 Stopped \n Container demo-db-1 Stopping \n Container demo-db-1 Stopped \n',
  },
  {
    source: 'docker/compose pkg/compose/convergence.go startService',
    files: { 'compose.yaml': 'services:\n  web:\n    image: nginx\n    depends_on: [db]\n  db:\n    image: redis\n' },
    lines: ['docker compose up -d', 'docker compose stop', 'docker compose start'],
    stderr:
      ' Container demo-db-1 Starting \n Container demo-db-1 Started \n Container demo-web-1 Starting \n Container demo-web-1 Started \n',
  },
  {
    source: 'docker/compose pkg/compose/convergence.go startService: no container to start',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose start'],
    stderr: 'service "db" has no container to start\n',
    exitCode: 1,
  },
  {
    source: 'docker/compose pkg/compose/restart.go restartContainer: Restarting then Started',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose restart web'],
    stderr: ' Container demo-web-1 Restarting \n Container demo-web-1 Started \n',
  },
  // --- pause / unpause / kill / rm ---------------------------------------------------------------
  {
    source: 'docker/compose pkg/compose/pause.go pause: each running container of the named services, Paused',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose pause web'],
    stderr: ' Container demo-web-1 Paused \n',
  },
  {
    source: 'moby container.State StateString: a paused container is "paused" to docker ps and compose ps --status',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: [
      'docker compose up -d',
      'docker compose pause web',
      'docker ps --format "{{.Names}} {{.State}}" --filter name=demo-web-1',
      'docker compose ps --status paused --format "{{.Name}} {{.State}} {{.Status}}"',
    ],
    stdout: /^demo-web-1 paused Up \d+ seconds? \(Paused\)\n$/,
  },
  {
    source:
      'docker/compose pkg/compose/pause.go pause (errgroup): the others are paused, then the engine refusal (moby daemon/pause.go)',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose pause web', 'docker compose pause'],
    stderr: /^ Container demo-db-1 Paused \nError response from daemon: container [0-9a-f]{64} is already paused\n$/,
    exitCode: 1,
  },
  {
    source: 'docker/compose pkg/compose/pause.go unPause: Unpaused; moby daemon/unpause.go: Container X is not paused',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose pause', 'docker compose unpause', 'docker compose unpause db'],
    stderr: /^Error response from daemon: Container [0-9a-f]{64} is not paused\n$/,
    exitCode: 1,
  },
  {
    source: 'docker/compose cmd/compose/pause.go runPause: projectOrName(services...) refuses an unknown service',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose pause cache'],
    stderr: 'no such service: cache\n',
    exitCode: 1,
  },
  {
    source: 'docker/compose pkg/compose/kill.go kill: Killing then Killed; the container exits 137 (SIGKILL)',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose kill db', 'docker compose ps -a --format "{{.Name}} {{.Status}}"'],
    stdout: /^demo-db-1 Exited \(137\) \d+ seconds? ago\ndemo-web-1 Up \d+ seconds?\n$/,
  },
  {
    source: 'docker/compose cmd/compose/kill.go runKill: ErrNoResources is "No container to kill", exit 0',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose kill', 'docker compose kill'],
    stderr: 'No container to kill\n',
    exitCode: 0,
  },
  {
    source: 'docker/compose pkg/compose/kill.go kill: one-off containers too (oneOffInclude)',
    files: { 'compose.yaml': 'services:\n  box:\n    image: busybox\n' },
    lines: ['docker compose run -d --name oneoff box sleep 60', 'docker compose kill'],
    stderr: ' Container oneoff Killing \n Container oneoff Killed \n',
  },
  {
    source: 'docker/compose cmd/compose/remove.go runRemove: no stopped container',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose rm -f'],
    stdout: '',
    stderr: 'No stopped containers\n',
    exitCode: 0,
  },
  {
    source: 'docker/compose pkg/compose/remove.go Remove: without -f the prompt reads no answer, nothing is removed',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: [
      'docker compose up -d',
      'docker compose stop',
      'docker compose rm',
      'docker compose ps -a --format "{{.Name}}"',
    ],
    stdout: 'demo-db-1\ndemo-web-1\n',
  },
  {
    source: 'docker/compose pkg/compose/remove.go Remove: the prompt itself (prompt.Pipe Confirm prints no newline)',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose stop', 'docker compose rm'],
    stdout: 'Going to remove demo-db-1, demo-web-1',
    stderr: '',
  },
  {
    source: 'docker/compose pkg/compose/remove.go Remove: -s stops first, -f removes the stopped ones',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose rm -sf db'],
    stdout: 'Going to remove demo-db-1\n',
    stderr:
      ' Container demo-db-1 Stopping \n Container demo-db-1 Stopped \n Container demo-db-1 Removing \n Container demo-db-1 Removed \n',
  },
  {
    source: 'docker/compose pkg/compose/remove.go Remove: only stopped containers, running ones are left',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: [
      'docker compose up -d',
      'docker compose stop db',
      'docker compose rm -f',
      'docker ps -a --format "{{.Names}}"',
    ],
    stdout: 'demo-web-1\n',
  },
  // --- ls ------------------------------------------------------------------------------------------
  {
    source:
      'docker/compose pkg/compose/ls.go combinedStatus: states counted and sorted; cmd/formatter PrintPrettySection (minwidth 20)',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose pause web', 'docker compose ls'],
    stdout: /^NAME {16}STATUS {18}CONFIG FILES\ndemo {16}paused\(1\), running\(1\) {3}\/.*\/demo\/compose\.yaml\n$/,
  },
  {
    source: 'docker/compose pkg/compose/ls.go List: stopped containers only with -a',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose stop', 'docker compose ls -q', 'docker compose ls -a -q'],
    stdout: 'demo\n',
  },
  {
    source: 'docker/compose cmd/compose/list.go runList: --format json is the view as one JSON line',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose ls --format json'],
    stdout: /^\[\{"Name":"demo","Status":"running\(2\)","ConfigFiles":"\/.*\/demo\/compose\.yaml"\}\]\n$/,
  },
  {
    source: 'docker/compose cmd/compose/list.go runList: no project, the empty view',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose ls --format json'],
    stdout: '[]\n',
  },
  {
    source: 'docker/compose cmd/compose/list.go acceptedListFilters: only name',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose ls --filter label=x'],
    stderr: "invalid filter 'label'\n",
    exitCode: 1,
  },
  {
    source: 'docker/compose cmd/formatter/formatter.go Print: a format it does not know',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose ls --format "{{.Name}}"'],
    stderr: 'format value "{{.Name}}" could not be parsed: parsing failed\n',
    exitCode: 1,
  },
  // --- create -------------------------------------------------------------------------------------
  {
    source: 'docker/compose cmd/compose/create.go runCreate: networks and containers, nothing started',
    files: { 'compose.yaml': 'services:\n  web:\n    image: nginx\n' },
    lines: ['docker compose create', 'docker compose ps -a --format "{{.Name}} {{.State}}"'],
    stdout: 'demo-web-1 created\n',
  },
  {
    source: 'docker/compose cmd/compose/create.go runCreate: the progress lines',
    files: { 'compose.yaml': 'services:\n  web:\n    image: nginx\n' },
    lines: ['docker compose create'],
    stderr:
      ' Network demo_default Creating \n Network demo_default Created \n Container demo-web-1 Creating \n Container demo-web-1 Created \n',
  },
  {
    source: 'docker/compose cmd/compose/create.go PreRunE: --build with --no-build',
    files: { 'compose.yaml': 'services:\n  web:\n    image: nginx\n' },
    lines: ['docker compose create --build --no-build'],
    stderr: '--build and --no-build are incompatible\n',
    exitCode: 1,
  },
  // --- images -------------------------------------------------------------------------------------
  {
    source:
      'docker/compose cmd/compose/images.go runImages: one row per container, sorted; pkg/compose/images.go containerImageSummary',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose images'],
    stdout:
      /^CONTAINER {11}REPOSITORY {10}TAG {17}PLATFORM {12}IMAGE ID {12}SIZE {16}CREATED\ndemo-db-1 {11}redis {15}latest {14}linux\/amd64 {9}[0-9a-f]{12} {8}49\.1MB {14}\d+ weeks ago\ndemo-web-1 {10}nginx {15}latest {14}linux\/amd64 {9}[0-9a-f]{12} {8}59\.8MB {14}\d+ weeks ago\n$/,
  },
  {
    source: 'docker/compose cmd/compose/images.go runImages: -q prints each image ID once, without sha256:',
    files: { 'compose.yaml': 'services:\n  a:\n    image: nginx\n  b:\n    image: nginx\n' },
    lines: ['docker compose up -d', 'docker compose images -q'],
    stdout: /^[0-9a-f]{64}\n$/,
  },
  {
    source: 'docker/compose cmd/compose/images.go runImages: --format json (ToJSON, then Fprintln)',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose images --format json db'],
    stdout:
      /^\[\{"ID":"sha256:[0-9a-f]{64}","ContainerName":"demo-db-1","Repository":"redis","Tag":"latest","Platform":"linux\/amd64","Size":49100000,"Created":"[0-9T:.-]+Z","LastTagTime":"[0-9T:.-]+Z"\}\]\n\n$/,
  },
  // --- top ----------------------------------------------------------------------------------------
  {
    source:
      'docker/compose cmd/compose/top.go collectTop/topPrint: SERVICE and # first, CMD last, tabwriter minwidth 4 padding 2',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose top'],
    stdout:
      /^SERVICE {2}# {3}UID {3}PID {4}PPID {3}C {3}STIME {2}TTY {2}TIME {6}CMD\ndb {7}1 {3}999 {3}\d+ +\d+ +0 {3}\d\d:\d\d {2}\? {4}00:00:00 {2}redis-server\nweb {6}1 {3}root {2}\d+ +\d+ +0 {3}\d\d:\d\d {2}\? {4}00:00:00 {2}nginx -g daemon off;\n$/,
  },
  {
    source: 'docker/compose cmd/compose/top.go topPrint: no running container prints nothing',
    files: { 'compose.yaml': WEB_AND_DB },
    lines: ['docker compose up -d', 'docker compose stop', 'docker compose top'],
    stdout: '',
    exitCode: 0,
  },
  // --- version --------------------------------------------------------------------------------------
  {
    source: 'docker/compose cmd/compose/version.go runVersion: no project needed',
    files: {},
    lines: ['docker compose version'],
    stdout: 'Docker Compose version v5.5.0\n',
  },
  {
    source: 'docker/compose cmd/compose/version.go runVersion: --short drops the v',
    lines: ['docker compose version --short'],
    stdout: '5.5.0\n',
  },
  {
    source: 'docker/compose cmd/compose/version.go runVersion: -f json',
    lines: ['docker compose version -f json'],
    stdout: '{"version":"v5.5.0"}\n',
  },
  // --- env_file --------------------------------------------------------------------------------
  {
    source: 'compose-go types/project.go WithServicesEnvironmentResolved: env_file under environment',
    files: {
      'compose.yaml':
        'services:\n  box:\n    image: busybox\n    command: sleep 3600\n    env_file: web.env\n    environment:\n      B: own\n',
      'web.env': 'A=1\nB=file\n',
    },
    lines: ['docker compose up -d', "docker compose exec -T box sh -c 'echo $A $B'"],
    stdout: '1 own\n',
  },
  {
    source: 'compose-go types/project.go loadEnvFile: required file missing',
    files: { 'compose.yaml': 'services:\n  box:\n    image: busybox\n    env_file: missing.env\n' },
    lines: ['docker compose up -d'],
    stderr: /^env file \/.*\/demo\/missing\.env not found: stat \/.*\/demo\/missing\.env: no such file or directory\n$/,
    exitCode: 1,
  },
  {
    source: 'compose-go types/project.go loadEnvFile: `required: false` is skipped',
    files: {
      'compose.yaml':
        'services:\n  box:\n    image: busybox\n    env_file:\n      - path: missing.env\n        required: false\n',
    },
    lines: ['docker compose up -d'],
    exitCode: 0,
  },
];

const check = (actual: string, expected: string | RegExp | undefined, what: string) => {
  if (expected === undefined) return;
  if (typeof expected === 'string') assert.equal(actual, expected, what);
  else assert.match(actual, expected, what);
};

describe('docker compose subcommands (docker/compose v5, compose-go v2)', () => {
  for (const row of ROWS) {
    it(row.source, () => {
      const dir = composeDir(row.files ?? {});
      const { steps } = replayIn(dir, row.lines);
      for (const s of steps.slice(0, -1)) assert.equal(s.exitCode, 0, `${s.command}: ${s.stderr}`);
      const last = steps[steps.length - 1]!;
      check(last.stdout, row.stdout, `stdout of ${last.command}\n${last.stderr}`);
      check(last.stderr, row.stderr, `stderr of ${last.command}`);
      assert.equal(last.exitCode, row.exitCode ?? 0, `${last.command}: ${last.stderr}`);
    });
  }

  it('compose-go cli/options.go withNamePrecedenceLoad: COMPOSE_PROJECT_NAME from the environment wins over name:', () => {
    const env = new Map([['COMPOSE_PROJECT_NAME', 'fromenv']]);
    const loaded = loadProject(
      [{ path: '/w/demo/compose.yaml', text: 'name: fromfile\nservices:\n  a:\n    image: nginx\n' }],
      {
        environment: (k) => env.get(k),
      },
    );
    assert.equal(loaded.project.name, 'fromenv');
    assert.equal(loaded.projectName.from, 'environment');
  });

  it('compose-go types/project.go loadEnvFile: the error text names the path twice', () => {
    assert.equal(envFileNotFound('/a/b.env'), 'env file /a/b.env not found: stat /a/b.env: no such file or directory');
  });
});
