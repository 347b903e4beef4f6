#!/usr/bin/env bash
# Assembles a root filesystem that runs Java with no base image: a jlink runtime of the build JDK
# (at /opt/java), every shared library it links against, /etc/passwd with an unprivileged user
# (10001) and a /tmp. Used by build-image.sh, and by the benchmarks to pack other mock servers the
# same way.
# Usage: java-rootfs.sh <rootfs dir> <comma-separated modules>
set -euo pipefail

rootfs=$1
modules=$2
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}

rm -rf "$rootfs"
mkdir -p "$rootfs/etc" "$rootfs/tmp"
chmod 1777 "$rootfs/tmp"

"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=2 --output "$rootfs/opt/java"

# Only java (and keytool, which makes the self-signed TLS certificate) are run; native symbol
# tables are not needed to run them.
rm -f "$rootfs/opt/java/lib/jrt-fs.jar" "$rootfs/opt/java/lib/classlist" \
  "$rootfs/opt/java/lib/jexec"
if command -v strip >/dev/null; then
  find "$rootfs/opt/java" -name '*.so' -exec strip --strip-unneeded {} +
fi

# The dynamic loader and every library the runtime's binaries need, at the paths they are sought.
find "$rootfs/opt/java" -type f \( -name '*.so' -o -path '*/bin/java' \) -print0 \
  | xargs -0 ldd 2>/dev/null \
  | grep -oE '(/[^ ]+\.so[^ ]*)' \
  | grep -v "^$rootfs" \
  | sort -u \
  | while read -r lib; do
      mkdir -p "$rootfs$(dirname "$lib")"
      cp -L "$lib" "$rootfs$lib"
    done

printf 'root:x:0:0:root:/:/sbin/nologin\nmock:x:10001:10001:mock:/tmp:/sbin/nologin\n' > "$rootfs/etc/passwd"
printf 'root:x:0:\nmock:x:10001:\n' > "$rootfs/etc/group"
