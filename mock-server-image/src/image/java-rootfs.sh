#!/usr/bin/env bash
# Assembles a root filesystem that runs Java with no base image: a jlink runtime (at /opt/java),
# every shared library it links against, /etc/passwd with an unprivileged user (10001) and a /tmp.
# For the build machine's architecture it links the build JDK and copies the libraries ldd finds;
# for arm64 it links Debian's arm64 jmods and takes the libraries from Debian's arm64 packages (see
# debian-arm64.sh), so no emulation is needed. Used by build-image.sh, and by the benchmarks to pack
# other mock servers the same way.
# Usage: java-rootfs.sh <rootfs dir> <comma-separated modules> [arm64]
set -euo pipefail

rootfs=$1
modules=$2
arch=${3:-}
here=$(cd "$(dirname "$0")" && pwd)

rm -rf "$rootfs"
mkdir -p "$rootfs/etc" "$rootfs/tmp"
chmod 1777 "$rootfs/tmp"

if [ "$arch" = arm64 ]; then
  debian=$(bash "$here/debian-arm64.sh")
  # Debian's jlink strips native symbols with the host's objcopy, which cannot read arm64 files:
  # strip Java debug attributes only, then the libraries with the cross strip below.
  "$debian/jdk-amd64/bin/jlink" --module-path "$debian/jmods" --add-modules "$modules" \
    --strip-java-debug-attributes --no-man-pages --no-header-files --compress=2 \
    --output "$rootfs/opt/java"
  strip=$debian/bin/aarch64-linux-gnu-strip
else
  java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
  "$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
    --compress=2 --output "$rootfs/opt/java"
  strip=$(command -v strip || true)
fi

# Only java (and keytool, which makes the self-signed TLS certificate) are run; native symbol
# tables are not needed to run them.
rm -f "$rootfs/opt/java/lib/jrt-fs.jar" "$rootfs/opt/java/lib/classlist" \
  "$rootfs/opt/java/lib/jexec"
if [ -n "$strip" ]; then
  find "$rootfs/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec "$strip" --strip-unneeded {} +
fi

copy_library() {
  mkdir -p "$rootfs$(dirname "$2")"
  cp -L "$1" "$rootfs$2"
}

if [ "$arch" = arm64 ]; then
  # The libraries the runtime's files name (readelf reads any architecture), and what they name,
  # from the arm64 packages, at the paths the arm64 loader seeks them.
  copy_library "$debian/sysroot/lib/aarch64-linux-gnu/ld-linux-aarch64.so.1" /lib/ld-linux-aarch64.so.1
  wanted=$(find "$rootfs/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 | xargs -0 "$debian/bin/aarch64-linux-gnu-readelf" -d 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u)
  while [ -n "$wanted" ]; do
    next=""
    for name in $wanted; do
      [ -e "$rootfs/opt/java/lib/$name" ] || [ -e "$rootfs/opt/java/lib/server/$name" ] && continue
      found=""
      for dir in lib/aarch64-linux-gnu usr/lib/aarch64-linux-gnu; do
        if [ -e "$debian/sysroot/$dir/$name" ]; then
          found=/$dir/$name
          break
        fi
      done
      if [ -z "$found" ]; then
        echo "java-rootfs: no arm64 package here provides $name" >&2
        exit 1
      fi
      if [ ! -e "$rootfs$found" ]; then
        copy_library "$debian/sysroot$found" "$found"
        next="$next $("$debian/bin/aarch64-linux-gnu-readelf" -d "$rootfs$found" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')"
      fi
    done
    wanted=$(echo "$next" | tr ' ' '\n' | sort -u | tr '\n' ' ' | xargs)
  done
else
  # The dynamic loader and every library the runtime's binaries need, at the paths they are sought.
  find "$rootfs/opt/java" -type f \( -name '*.so' -o -path '*/bin/java' \) -print0 \
    | xargs -0 ldd 2>/dev/null \
    | grep -oE '(/[^ ]+\.so[^ ]*)' \
    | grep -v "^$rootfs" \
    | sort -u \
    | while read -r lib; do copy_library "$lib" "$lib"; done
fi

printf 'root:x:0:0:root:/:/sbin/nologin\nmock:x:10001:10001:mock:/tmp:/sbin/nologin\n' > "$rootfs/etc/passwd"
printf 'root:x:0:\nmock:x:10001:\n' > "$rootfs/etc/group"
