// What a container sees under its mounts (src/core/kernel/containerFiles.ts, src/core/daemon/volumeCopyUp.ts):
// a bind shows the host's folder through the session's reader and hides the image's files there; a volume
// is one folder every container mounting it shares, filled from the image when empty unless `nocopy`;
// the volume's files are saved with the lab and go with `docker volume rm`. Each row cites the upstream
// file it follows. Host folders are real ones (composeFixture.ts) read through the CLI's reader.
import * as assert from 'node:assert/strict';
import { Session } from '../../src/commandLine/session';
import { MemoryFiles } from '../../src/core/files/memoryFiles';
import { overlayFiles } from '../../src/core/files/overlayFiles';
import { loadLab, saveLab } from '../../src/core/lab/serialize';
import { composeDir, replayIn } from './composeFixture';
import { replay } from './transcript';

const NGINX_HTML = '/usr/share/nginx/html';
const PAGE = '<h1>mine</h1>\n';

interface Row {
  why: string;
  lines: string[];
  expect: [number, string, string];
}

/** Runs each row in a fresh folder holding site/index.html, site/about/team.html and nginx.conf. */
function inSite(rows: readonly Row[]): void {
  for (const row of rows) {
    it(row.why, () => {
      const dir = composeDir({ 'nginx.conf': 'server { listen 81; }\n', 'compose.yaml': COMPOSE });
      const site = composeDir({ 'index.html': PAGE, 'note.txt': 'note\n' }, 'site');
      const lines = row.lines.map((l) => l.replaceAll('$SITE', site).replaceAll('$DIR', dir));
      const { steps } = replayIn(dir, lines);
      const s = steps[steps.length - 1]!;
      assert.deepEqual([s.exitCode, s.stdout, s.stderr], row.expect, JSON.stringify(steps.slice(0, -1), null, 1));
    });
  }
}

const COMPOSE = [
  'services:',
  '  web:',
  '    image: nginx',
  '    ports: ["8080:80"]',
  '    volumes:',
  '      - ./nginx.conf:/etc/nginx/conf.d/default.conf:ro',
  '',
].join('\n');

const RUN_BIND = `docker run -d --name web -p 8080:80 -v "$SITE:${NGINX_HTML}" nginx`;

describe('bind mounts show the host folder (moby daemon/volumes.go, volume/mounts/linux_parser.go ParseMountRaw)', () => {
  inSite([
    {
      why: 'nginx serves the host folder mounted over its html root, not the welcome page',
      lines: [RUN_BIND, 'curl -s localhost:8080'],
      expect: [0, PAGE, ''],
    },
    {
      why: 'cat inside reads the host file (the mount hides the image file)',
      lines: [RUN_BIND, `docker exec web cat ${NGINX_HTML}/index.html`],
      expect: [0, PAGE, ''],
    },
    {
      why: "ls lists the host folder's names; the image's 50x.html is hidden under the mount",
      lines: [RUN_BIND, `docker exec web ls ${NGINX_HTML}`],
      expect: [0, 'index.html\nnote.txt\n', ''],
    },
    {
      why: "a path the host folder lacks is nginx's 404 (ngx_http_special_response.c), not the image's 50x.html",
      lines: [RUN_BIND, 'curl -s -o /dev/null -w "%{http_code}" localhost:8080/50x.html'],
      expect: [0, '404', ''],
    },
    {
      why: 'a missing -v source shows an empty folder (the daemon makes it: volumes_unix.go createIfNotExists)',
      lines: [`docker run -d --name web -v "$DIR/nothing:${NGINX_HTML}" nginx`, `docker exec web ls ${NGINX_HTML}`],
      expect: [0, '', ''],
    },
    {
      why: 'a file bound over a file: compose `./nginx.conf:...:ro` (compose-go resolves it against the project folder)',
      lines: ['docker compose up -d', 'docker compose exec web cat /etc/nginx/conf.d/default.conf'],
      expect: [0, 'server { listen 81; }\n', ''],
    },
    {
      why: ':ro refuses a write (EROFS; dash src/redir.c openredirect)',
      lines: [
        `docker run -d --name web -v "$SITE:${NGINX_HTML}:ro" nginx`,
        `docker exec web sh -c 'echo x > ${NGINX_HTML}/index.html'`,
      ],
      expect: [2, '', `sh: 1: cannot create ${NGINX_HTML}/index.html: Read-only file system\n`],
    },
    {
      why: 'a write into a rw bind is seen inside (kept in the layer over that path: the reader cannot write the host)',
      lines: [RUN_BIND, `docker exec web sh -c 'echo x > ${NGINX_HTML}/index.html'`, 'curl -s localhost:8080'],
      expect: [0, 'x\n', ''],
    },
    {
      why: "the host folder's mount point cannot be removed (rmdir EBUSY; busybox libbb/remove_file.c)",
      lines: ['docker run -d --name box -v "$SITE:/site" busybox top', 'docker exec box rm -r /site'],
      expect: [1, '', "rm: can't remove '/site': Resource busy\n"],
    },
  ]);

  it("the host's file is unchanged by a write inside (the session's reader has no write)", () => {
    const files = new MemoryFiles({ '/root/site/index.html': PAGE });
    const session = new Session(replay([]).lab, { files });
    session.execute(RUN_BIND.replace('$SITE', '/root/site'));
    session.execute(`docker exec web sh -c 'echo x > ${NGINX_HTML}/index.html'`);
    assert.equal(files.readText('/root/site/index.html'), PAGE);
  });

  it('an editor overlay is what the bind shows (overlayFiles lists its unsaved files too)', () => {
    const base = new MemoryFiles({ '/root/site/index.html': PAGE });
    const files = overlayFiles(base, new Map([['/root/site/draft.html', 'draft\n']]));
    const session = new Session(replay([]).lab, { files });
    session.execute(RUN_BIND.replace('$SITE', '/root/site'));
    assert.equal(session.execute(`docker exec web ls ${NGINX_HTML}`).output.stdout, 'draft.html\nindex.html\n');
    assert.equal(session.execute('curl -s localhost:8080/draft.html').output.stdout, 'draft\n');
  });
});

const VOL_WEB = `docker run -d --name web -p 8080:80 -v pages:${NGINX_HTML} nginx`;
const VOL_BOX = 'docker run -d --name box -v pages:/data busybox top';

describe('named volumes: one folder for every container (moby daemon/create_unix.go populateVolumes)', () => {
  const ROWS: Row[] = [
    {
      why: "a new volume over the image's folder is filled with its files (container_unix.go copyExistingContents)",
      lines: [VOL_WEB, VOL_BOX, 'docker exec box ls /data'],
      expect: [0, '50x.html\nindex.html\n', ''],
    },
    {
      why: "another container's write is what nginx serves",
      lines: [VOL_WEB, VOL_BOX, "docker exec box sh -c 'echo shared > /data/index.html'", 'curl -s localhost:8080'],
      expect: [0, 'shared\n', ''],
    },
    {
      why: 'a volume that already has files is not filled again (copyExistingContents: destination is not empty)',
      lines: [
        VOL_BOX,
        "docker exec box sh -c 'echo mine > /data/only.txt'",
        VOL_WEB,
        `docker exec web ls ${NGINX_HTML}`,
      ],
      expect: [0, 'only.txt\n', ''],
    },
    {
      why: '-v NAME:DEST:nocopy leaves the new volume empty (linux_parser.go getCopyMode)',
      lines: [`docker run -d --name web -v pages:${NGINX_HTML}:nocopy nginx`, `docker exec web ls ${NGINX_HTML}`],
      expect: [0, '', ''],
    },
    {
      why: '--mount volume-nocopy does the same (docker/cli opts/mount.go, VolumeOptions.NoCopy)',
      lines: [
        `docker run -d --name web --mount type=volume,src=pages,dst=${NGINX_HTML},volume-nocopy nginx`,
        `docker exec web ls ${NGINX_HTML}`,
      ],
      expect: [0, '', ''],
    },
    {
      why: 'volume-nocopy takes a boolean (opts/mount.go strconv.ParseBool)',
      lines: [`docker run -d --mount type=volume,src=pages,dst=/x,volume-nocopy=maybe busybox`],
      expect: [
        125,
        '',
        'invalid argument "type=volume,src=pages,dst=/x,volume-nocopy=maybe" for "--mount" flag: invalid value for volume-nocopy: maybe\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun \'docker run --help\' for more information\n',
      ],
    },
    {
      why: 'nocopy on a bind is refused by the daemon (validateMountConfigImpl: field VolumeOptions must not be specified)',
      lines: ['docker run -d -v /srv:/x:nocopy busybox'],
      expect: [
        125,
        '',
        "docker: Error response from daemon: invalid volume specification: '/srv:/x:nocopy': invalid mount config for type \"bind\": field VolumeOptions must not be specified\n\nRun 'docker run --help' for more information\n",
      ],
    },
    {
      why: 'the files stay with the volume after the containers go',
      lines: [
        VOL_BOX,
        "docker exec box sh -c 'echo kept > /data/f'",
        'docker rm -f box',
        'docker run --rm -v pages:/d busybox cat /d/f',
      ],
      expect: [0, 'kept\n', ''],
    },
    {
      why: '`docker volume rm` drops them: a volume made again starts empty',
      lines: [
        VOL_BOX,
        "docker exec box sh -c 'echo gone > /data/f'",
        'docker rm -f box',
        'docker volume rm pages',
        'docker run --rm -v pages:/d busybox ls /d',
      ],
      expect: [0, '', ''],
    },
    {
      why: 'a :ro mount of the volume refuses writes while another container writes it',
      lines: ['docker run -d --name ro -v pages:/d:ro busybox top', 'docker exec ro touch /d/f'],
      expect: [1, '', 'touch: /d/f: Read-only file system\n'],
    },
    {
      why: 'mkdir -p in a volume makes folders the other container lists',
      lines: [VOL_WEB, VOL_BOX, 'docker exec box mkdir -p /data/a/b', `docker exec web ls ${NGINX_HTML}/a`],
      expect: [0, 'b\n', ''],
    },
    {
      why: 'rm -r of the mount point empties the volume, then rmdir fails with EBUSY',
      lines: [VOL_WEB, VOL_BOX, 'docker exec box rm -r /data', `docker exec web ls ${NGINX_HTML}`],
      expect: [0, '', ''],
    },
    {
      why: 'an anonymous volume (-v DEST) is filled from the image too',
      lines: [`docker run -d --name web -v ${NGINX_HTML} nginx`, `docker exec web ls ${NGINX_HTML}`],
      expect: [0, '50x.html\nindex.html\n', ''],
    },
  ];
  for (const row of ROWS)
    it(row.why, () => {
      const { steps } = replay(row.lines);
      const s = steps[steps.length - 1]!;
      assert.deepEqual([s.exitCode, s.stdout, s.stderr], row.expect, JSON.stringify(steps.slice(0, -1), null, 1));
    });

  it('compose `volume: {nocopy: true}` (compose create.go buildMount) leaves the volume empty', () => {
    const dir = composeDir({
      'compose.yaml': [
        'services:',
        '  web:',
        '    image: nginx',
        '    volumes:',
        '      - type: volume',
        '        source: pages',
        `        target: ${NGINX_HTML}`,
        '        volume:',
        '          nocopy: true',
        '  other:',
        '    image: nginx',
        '    volumes:',
        `      - conf:/etc/nginx/conf.d`,
        'volumes:',
        '  pages:',
        '  conf:',
        '',
      ].join('\n'),
    });
    const { steps } = replayIn(dir, [
      'docker compose up -d',
      `docker compose exec web ls ${NGINX_HTML}`,
      'docker compose exec other ls /etc/nginx/conf.d',
    ]);
    assert.equal(steps[1]!.stdout, '');
    assert.equal(steps[2]!.stdout, 'default.conf\n');
  });

  it("save and load keep a volume's files; a damaged files map is refused", () => {
    const { lab } = replay([VOL_BOX, "docker exec box sh -c 'echo saved > /data/f'"]);
    const again = new Session(loadLab(JSON.parse(JSON.stringify(saveLab(lab))) as unknown));
    assert.equal(again.execute('docker exec box cat /data/f').output.stdout, 'saved\n');
    const saved = JSON.parse(JSON.stringify(saveLab(lab))) as { volumes: Array<Record<string, unknown>> };
    saved.volumes[0]!.files = ['not', 'a', 'map'];
    assert.throws(() => loadLab(saved), /saved lab is damaged: the files of volume pages are malformed/);
  });
});
