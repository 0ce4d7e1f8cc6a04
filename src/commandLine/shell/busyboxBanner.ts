// busybox libbb/messages.c bb_banner: "BusyBox v" BB_VER BB_EXTRA_VERSION, where the extra version
// defaults to the build's AUTOCONF_TIMESTAMP. The official busybox image builds 1.37.0 from source,
// so its usage texts start with this line.
export const BUSYBOX_BANNER = 'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.';
