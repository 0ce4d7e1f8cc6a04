// The distribution each catalogue image is built on, and the files of that base a learner reads:
// /etc/os-release (os-release(5)) and, for Debian, /etc/passwd. Bases follow each image's Dockerfile
// (docker-library: nginx, httpd, redis, postgres, memcached, node, python FROM debian:bookworm(-slim);
// mariadb, rabbitmq and mongo FROM ubuntu:noble; mysql FROM oraclelinux:9-slim; traefik, caddy and
// nicolaka/netshoot FROM alpine; busybox and hello-world have no distribution). The lab's Debian
// is 12 (bookworm) throughout, the GNU userland textFlavour answers as.
import { imageBaseName } from './images';
import { own } from '../lab/own';

export type ImageBase = 'debian' | 'ubuntu' | 'alpine' | 'oraclelinux';

const BASES: Record<string, ImageBase> = {
  alpine: 'alpine',
  'nicolaka/netshoot': 'alpine',
  traefik: 'alpine',
  caddy: 'alpine',
  ubuntu: 'ubuntu',
  mariadb: 'ubuntu',
  rabbitmq: 'ubuntu',
  mongo: 'ubuntu',
  mysql: 'oraclelinux',
  debian: 'debian',
  node: 'debian',
  python: 'debian',
  nginx: 'debian',
  httpd: 'debian',
  redis: 'debian',
  postgres: 'debian',
  memcached: 'debian',
};

/** The base distribution of a catalogue image; undefined for busybox and hello-world (no /etc/os-release). */
export const imageBase = (reference: string): ImageBase | undefined => own(BASES, imageBaseName(reference));

/** /etc/os-release of each base as its base-files package writes it (Debian 12, Ubuntu 24.04.3, Alpine 3.22.2, Oracle Linux 9.6). */
export const OS_RELEASE: Record<ImageBase, string> = {
  debian: `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`,
  ubuntu: `PRETTY_NAME="Ubuntu 24.04.3 LTS"
NAME="Ubuntu"
VERSION_ID="24.04"
VERSION="24.04.3 LTS (Noble Numbat)"
VERSION_CODENAME=noble
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
UBUNTU_CODENAME=noble
LOGO=ubuntu-logo
`,
  alpine: `NAME="Alpine Linux"
ID=alpine
VERSION_ID=3.22.2
PRETTY_NAME="Alpine Linux v3.22"
HOME_URL="https://alpinelinux.org/"
BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"
`,
  oraclelinux: `NAME="Oracle Linux Server"
VERSION="9.6"
ID="ol"
ID_LIKE="fedora"
VARIANT="Server"
VARIANT_ID="server"
VERSION_ID="9.6"
PLATFORM_ID="platform:el9"
PRETTY_NAME="Oracle Linux Server 9.6"
ANSI_COLOR="0;31"
CPE_NAME="cpe:/o:oracle:linux:9:6:server"
HOME_URL="https://linux.oracle.com/"
BUG_REPORT_URL="https://github.com/oracle/oracle-linux"

ORACLE_BUGZILLA_PRODUCT="Oracle Linux 9"
ORACLE_BUGZILLA_PRODUCT_VERSION=9.6
ORACLE_SUPPORT_PRODUCT="Oracle Linux"
ORACLE_SUPPORT_PRODUCT_VERSION=9.6
`,
};

/** Debian 12's /etc/passwd (base-passwd's master passwd, with _apt from apt's postinst). */
export const DEBIAN_PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`;
