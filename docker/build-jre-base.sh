#!/usr/bin/env bash
# Builds a Java 17 runtime image from this machine's JDK, with no image registry: a jlink'ed JRE,
# the shared libraries it links (as ldd finds them) and nothing else, imported with docker import.
# The kit's Dockerfiles build on it as they do on eclipse-temurin:17-jre:
#
#   docker/build-jre-base.sh                      # tags wethod-jre-base:17
#   docker build --build-arg BASE_IMAGE=wethod-jre-base:17 -t wethod-projects-mock mock-server
#
# Usage: build-jre-base.sh [TAG]. JAVA_HOME picks the JDK (17, with its jmods: Debian's
# openjdk-17-jdk-headless); DOCKER the docker client.
set -euo pipefail

tag=${1:-wethod-jre-base:17}
docker=${DOCKER:-docker}
jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac || command -v java)")")")}

if [ ! -d "$jdk/jmods" ]; then
  echo "build-jre-base: $jdk has no jmods folder; set JAVA_HOME to a full JDK 17" >&2
  echo "(Debian/Ubuntu: apt-get install openjdk-17-jdk-headless)." >&2
  exit 2
fi
version=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
if [ "$version" != 17 ]; then
  echo "build-jre-base: $jdk is Java $version, not 17" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rootfs=$work/rootfs
java_home=/opt/java/openjdk

# The Java SE platform plus what servers commonly use of the JDK's own modules (the internal
# Unsafe that libraries rely on, elliptic-curve TLS, management, JFR, DNS, zip file systems).
modules=java.se,jdk.unsupported,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.management,jdk.management.agent,jdk.jfr,jdk.zipfs,jdk.naming.dns,jdk.charsets,jdk.localedata,jdk.net,jdk.httpserver
"$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,it \
  --strip-debug --no-man-pages --no-header-files --compress=2 \
  --output "$rootfs$java_home"

# The libraries the runtime links, at the paths the dynamic loader looks them up. Those of the
# X11 display and the splash screen are left out: the runtime is headless.
find "$rootfs$java_home" -type f \( -name '*.so' -o -path '*/bin/*' \) \
  ! -name libawt_xawt.so ! -name libjawt.so ! -name libsplashscreen.so -print0 |
  xargs -0 ldd 2>/dev/null |
  awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// && $1 !~ /:$/ { print $1 }' |
  sort -u |
  while read -r library; do
    mkdir -p "$rootfs$(dirname "$library")"
    cp -L "$library" "$rootfs$library"
  done

# The class-data sharing archive the JDK's own image has (it starts a JVM about a third faster).
"$rootfs$java_home/bin/java" -Xshare:dump >/dev/null

# UTF-8 as the default charset (LANG below), name lookup by /etc/hosts then DNS, a /tmp.
if [ -d /usr/lib/locale/C.utf8 ]; then
  mkdir -p "$rootfs/usr/lib/locale"
  cp -r /usr/lib/locale/C.utf8 "$rootfs/usr/lib/locale/"
fi
mkdir -p "$rootfs/tmp" "$rootfs/etc"
chmod 1777 "$rootfs/tmp"
echo 'hosts: files dns' >"$rootfs/etc/nsswitch.conf"

previous=$("$docker" image inspect -f '{{.Id}}' "$tag" 2>/dev/null || true)
tar -C "$rootfs" --numeric-owner --owner=0 --group=0 -cf - . |
  "$docker" import \
    --change "ENV JAVA_HOME=$java_home" \
    --change "ENV PATH=$java_home/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
    --change 'ENV LANG=C.UTF-8' \
    --change 'CMD ["java", "-version"]' \
    --message "Java $version runtime from $jdk (jlink), headless" \
    - "$tag" >/dev/null
if [ -n "$previous" ] && [ "$previous" != "$("$docker" image inspect -f '{{.Id}}' "$tag")" ]; then
  # The base this one replaces, unless images built on it still need it.
  "$docker" image rm "$previous" >/dev/null 2>&1 || true
fi
echo "Built $tag from $jdk: $("$docker" image inspect -f '{{.Size}}' "$tag" | awk '{ printf "%.0f MB", $1 / 1e6 }')"
