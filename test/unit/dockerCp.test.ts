// `docker cp` (src/commandLine/docker/commands/cp.ts): the CLI's argument checks (docker/cli
// cli/command/container/cp.go runCopy, splitCpArg), go-archive's copy rules (copy.go PrepareArchiveCopy,
// PreserveTrailingDotOrSeparator), the daemon's answers (moby daemon/archive.go, archive_unix.go), the
// "Successfully copied" line with the tar stream's size (go-units HumanSizeWithPrecision), and the host
// side, which the lab reads but cannot write. Host folders are real ones (composeFixture.ts).
import * as assert from 'node:assert/strict';
import { dirname } from 'node:path';
import { humanSize } from '../../src/commandLine/print/humanSize';
import { tarSize } from '../../src/commandLine/docker/commands/cp';
import { composeDir, replayIn } from './composeFixture';

const WEB = 'docker run -d --name web nginx';
const NOTE = 'note\n';
const PAGE = '<h1>copied</h1>\n';

interface Row {
  why: string;
  lines: string[];
  expect: [number, string, string];
}

function rows(list: readonly Row[]): void {
  for (const row of list)
    it(row.why, () => {
      // $DIR: a folder of its own; the session starts in the folder holding site/.
      const dir = composeDir({ 'note.txt': NOTE, 'big.txt': 'x'.repeat(1300) });
      const cwd = dirname(composeDir({ 'index.html': PAGE, 'style.css': 'h1{}\n' }, 'demo/site'));
      const { steps } = replayIn(
        cwd,
        row.lines.map((l) => l.replaceAll('$DIR', dir)),
      );
      const s = steps[steps.length - 1]!;
      const expect = row.expect.map((e) => (typeof e === 'string' ? e.replaceAll('$CWD', cwd) : e));
      assert.deepEqual([s.exitCode, s.stdout, s.stderr], expect, JSON.stringify(steps.slice(0, -1), null, 1));
    });
}

describe('docker cp: arguments (docker/cli cli/command/container/cp.go)', () => {
  rows([
    {
      why: 'cli.ExactArgs(2), with both usage lines',
      lines: ['docker cp web:/x'],
      expect: [
        1,
        '',
        "docker: 'docker cp' requires 2 arguments\n\nUsage:  docker cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH\n\nRun 'docker cp --help' for more information\n",
      ],
    },
    {
      why: 'under `docker container cp` the path says so',
      lines: ['docker container cp web:/x'],
      expect: [
        1,
        '',
        "docker: 'docker container cp' requires 2 arguments\n\nUsage:  docker container cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH\n\nRun 'docker container cp --help' for more information\n",
      ],
    },
    { why: 'RunE: an empty source', lines: ["docker cp '' web:/tmp"], expect: [1, '', 'source can not be empty\n'] },
    {
      why: 'RunE: an empty destination',
      lines: ["docker cp web:/x ''"],
      expect: [1, '', 'destination can not be empty\n'],
    },
    {
      why: 'runCopy: no side names a container',
      lines: ['docker cp note.txt copy.txt'],
      expect: [1, '', 'must specify at least one container source\n'],
    },
    {
      why: 'runCopy: both sides name one (acrossContainers)',
      lines: [WEB, 'docker cp web:/etc/hostname web:/tmp/'],
      expect: [1, '', 'copying between containers is not supported\n'],
    },
    {
      why: 'splitCpArg: a path starting with `.` is local even with a colon',
      lines: [WEB, 'docker cp ./a:b web:/tmp/'],
      expect: [1, '', 'lstat $CWD/a:b: no such file or directory\n'],
    },
  ]);
});

describe('docker cp: host to container (copyToContainer, archive.PrepareArchiveCopy, daemon containerExtractToDir)', () => {
  rows([
    {
      why: 'a file into a folder: the success line with the tar size (512 header + 512 body + 1024 end = 2.05kB)',
      lines: [WEB, 'docker cp $DIR/note.txt web:/tmp/'],
      expect: [0, '', 'Successfully copied 2.05kB to web:/tmp/\n'],
    },
    {
      why: 'the file lands there',
      lines: [WEB, 'docker cp $DIR/note.txt web:/tmp/', 'docker exec web cat /tmp/note.txt'],
      expect: [0, NOTE, ''],
    },
    {
      why: 'a file to a new name (the archive entry is rebased to the destination base)',
      lines: [WEB, 'docker cp $DIR/note.txt web:/tmp/renamed', 'docker exec web cat /tmp/renamed'],
      expect: [0, NOTE, ''],
    },
    {
      why: 'a file over an existing file replaces it (nginx then serves it)',
      lines: [
        WEB,
        'docker cp site/index.html web:/usr/share/nginx/html/index.html',
        'docker exec web curl -s localhost',
      ],
      expect: [0, PAGE, ''],
    },
    {
      why: '-q keeps the success line quiet',
      lines: [WEB, 'docker cp -q $DIR/note.txt web:/tmp/'],
      expect: [0, '', ''],
    },
    {
      why: 'a folder to a new path becomes that folder (the folder 512, two files 2 x 1024, the end 1024)',
      lines: [WEB, 'docker cp site web:/root/www'],
      expect: [0, '', 'Successfully copied 3.58kB to web:/root/www\n'],
    },
    {
      why: 'a folder into an existing folder goes under its own name',
      lines: [WEB, 'docker cp site web:/tmp', 'docker exec web ls /tmp/site'],
      expect: [0, 'index.html\nstyle.css\n', ''],
    },
    {
      why: "`site/.` copies the folder's contents (PreserveTrailingDotOrSeparator)",
      lines: [WEB, 'docker cp site/. web:/usr/share/nginx/html', 'docker exec web ls /usr/share/nginx/html'],
      expect: [0, '50x.html\nindex.html\nstyle.css\n', ''],
    },
    {
      why: 'a 1300-byte file pads to three blocks: 512 + 1536 + 1024 = 3.07kB',
      lines: [WEB, 'docker cp $DIR/big.txt web:/tmp/'],
      expect: [0, '', 'Successfully copied 3.07kB to web:/tmp/\n'],
    },
    {
      why: "CopyInfoSourcePath: a missing source is lstat's error",
      lines: [WEB, 'docker cp nope.txt web:/tmp/'],
      expect: [1, '', 'lstat $CWD/nope.txt: no such file or directory\n'],
    },
    {
      why: 'PrepareArchiveCopy: a folder over a file is ErrCannotCopyDir',
      lines: [WEB, 'docker cp site web:/etc/hostname'],
      expect: [1, '', 'cannot copy directory\n'],
    },
    {
      why: 'PrepareArchiveCopy: a file to a missing path asserted to be a folder is ErrDirNotExists',
      lines: [WEB, 'docker cp $DIR/note.txt web:/nope/'],
      expect: [1, '', 'no such directory\n'],
    },
    {
      why: "the daemon's containerFileNotFound for a missing extraction folder, after cp.go's success line",
      lines: [WEB, 'docker cp $DIR/note.txt web:/nope/note.txt'],
      expect: [
        1,
        '',
        'Successfully copied 2.05kB to web:/nope/note.txt\nError response from daemon: Could not find the file /nope in container web\n',
      ],
    },
    {
      why: 'extraction point is not a directory',
      lines: [WEB, 'docker cp $DIR/note.txt web:/etc/hostname/x'],
      expect: [
        1,
        '',
        'Successfully copied 2.05kB to web:/etc/hostname/x\nError response from daemon: extraction point is not a directory\n',
      ],
    },
    {
      why: 'checkWritablePath: a read-only mount refuses the copy',
      lines: ['docker run -d --name web -v data:/data:ro nginx', 'docker cp $DIR/note.txt web:/data/'],
      expect: [
        1,
        '',
        'Successfully copied 2.05kB to web:/data/\nError response from daemon: mounted volume is marked read-only\n',
      ],
    },
    {
      why: 'a copy into a volume is what the other containers on it see',
      lines: [
        'docker run -d --name web -v data:/data nginx',
        'docker run -d --name box -v data:/shared busybox top',
        'docker cp $DIR/note.txt web:/data/',
        'docker exec box cat /shared/note.txt',
      ],
      expect: [0, NOTE, ''],
    },
    {
      why: 'no such container, from the daemon',
      lines: ['docker cp $DIR/note.txt ghost:/tmp/note.txt'],
      expect: [
        1,
        '',
        'Successfully copied 2.05kB to ghost:/tmp/note.txt\nError response from daemon: No such container: ghost\n',
      ],
    },
    {
      why: "without a container the destination's stat fails, so `/tmp/` is a folder that is not there",
      lines: ['docker cp $DIR/note.txt ghost:/tmp/'],
      expect: [1, '', 'no such directory\n'],
    },
    {
      why: 'a stopped container is copied into too (the archive API does not need it running)',
      lines: [
        WEB,
        'docker stop web',
        'docker cp $DIR/note.txt web:/tmp/',
        'docker start web',
        'docker exec web cat /tmp/note.txt',
      ],
      expect: [0, NOTE, ''],
    },
  ]);
});

describe('docker cp: container to host (copyFromContainer, daemon ContainerArchivePath)', () => {
  rows([
    {
      why: 'containerFileNotFound names the path and the container as typed',
      lines: [WEB, 'docker cp web:/nope .'],
      expect: [1, '', 'Error response from daemon: Could not find the file /nope in container web\n'],
    },
    {
      why: 'no such container',
      lines: ['docker cp ghost:/etc/hostname .'],
      expect: [1, '', 'Error response from daemon: No such container: ghost\n'],
    },
    {
      why: 'command.ValidateOutputPath: the destination folder must exist',
      lines: [WEB, 'docker cp web:/etc/hostname missing/hostname'],
      expect: [1, '', 'invalid output path: directory "$CWD/missing" does not exist\n'],
    },
    {
      why: 'the lab cannot write the host: it says so rather than pretend',
      lines: [WEB, 'docker cp web:/etc/nginx/nginx.conf .'],
      expect: [
        1,
        '',
        "docker cp: the lab reads the host's files but cannot write them, so $CWD/. was not written; read the file with `docker exec web cat /etc/nginx/nginx.conf`\n",
      ],
    },
    {
      why: '`-` (a tar stream) is not modelled, and says so',
      lines: [WEB, 'docker cp web:/etc/hostname -'],
      expect: [
        1,
        '',
        "docker cp: the lab does not model tar streams on stdin or stdout ('-'); copy a file or a folder by its path\n",
      ],
    },
  ]);
});

describe('docker cp: the copied size (archive/tar blocks, go-units HumanSizeWithPrecision)', () => {
  const SIZES: Array<[string, Array<{ name: string; text?: string }>, string]> = [
    ['an empty file: header and end blocks', [{ name: 'f', text: '' }], '1.54kB'],
    ['512 bytes fill one block exactly', [{ name: 'f', text: 'x'.repeat(512) }], '2.05kB'],
    ['513 bytes need a second block', [{ name: 'f', text: 'x'.repeat(513) }], '2.56kB'],
    ['bytes, not characters: 300 two-byte characters', [{ name: 'f', text: 'é'.repeat(300) }], '2.56kB'],
    ['a folder entry has no body', [{ name: 'd' }, { name: 'd/f', text: 'x' }], '2.56kB'],
  ];
  for (const [why, entries, size] of SIZES)
    it(why, () => {
      assert.equal(humanSize(tarSize(entries)), size);
    });
});
