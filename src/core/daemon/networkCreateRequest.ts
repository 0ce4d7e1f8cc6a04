// What `docker network create` (and compose's networks) asks the daemon for: the lab's form of
// moby api/types/network CreateRequest and IPAM config. Its own file so that networkCreate.ts and
// networkSubnets.ts, which both read it, do not import each other.

/** One `--subnet` with its `--ip-range`, `--gateway` and `--aux-address`es, as the CLI groups them. */
export interface IpamConfigRequest {
  subnet: string;
  ipRange: string;
  gateway: string;
  /** `--aux-address name=ip`: addresses IPAM never hands out (absent: none). */
  auxAddresses?: Record<string, string>;
}

export interface NetworkCreateRequest {
  name: string;
  driver?: string;
  options?: Record<string, string>;
  labels?: Record<string, string>;
  internal?: boolean;
  attachable?: boolean;
  /** Undefined means the daemon default (IPv4 on, IPv6 off). */
  ipv4?: boolean;
  ipv6?: boolean;
  ipam?: IpamConfigRequest[];
  composeProject?: string;
}
