#!/bin/sh
# The tutorial's commands: host, container and none modes next to the default bridge.
docker run -it --network=host busybox /bin/sh
docker run -dit --name container-a busybox /bin/sh
docker run -it --network=container:container-a busybox /bin/sh
docker run -it --network=none busybox /bin/sh
docker network create app
docker run -d --name web --network app --network-alias www nginx
docker run --rm --network app busybox nslookup web
