#!/usr/bin/env bash
# Assembles a root filesystem that runs Java with no base image: a jlink runtime of Debian 13's
# OpenJDK 25 (at /opt/java), every shared library it needs, /etc/passwd with an unprivileged user
# (10001) and a /tmp. Both architectures are made the same way, from Debian's packages (see
# debian-jdk.sh), so amd64 and arm64 run one JDK whatever the build machine's own is. Used by
# build-image.sh, and by the benchmarks to pack other mock servers the same way.
# Usage: java-rootfs.sh <rootfs dir> <comma-separated modules> [arm64]
set -euo pipefail

rootfs=$1
modules=$2
arch=${3:-amd64}
here=$(cd "$(dirname "$0")" && pwd)
debian=$(bash "$here/debian-jdk.sh")
sysroot=$debian/sysroot-$arch

rm -rf "$rootfs"
mkdir -p "$rootfs/etc" "$rootfs/tmp"
chmod 1777 "$rootfs/tmp"

# jlink would strip native symbols with the host's objcopy, which may be missing or unable to read
# arm64 files: it strips Java debug attributes only, and Debian's strip does the rest below.
"$debian/bin/jlink" --module-path "$debian/jmods-$arch" --add-modules "$modules" \
  --strip-java-debug-attributes --no-man-pages --no-header-files --compress=zip-6 \
  --output "$rootfs/opt/java"
# Only java (and keytool, which makes the self-signed TLS certificate) are run; native symbol
# tables are not needed to run them.
rm -f "$rootfs/opt/java/lib/jrt-fs.jar" "$rootfs/opt/java/lib/classlist" \
  "$rootfs/opt/java/lib/jexec"
find "$rootfs/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) \
  -exec "$debian/bin/strip-$arch" --strip-unneeded {} +

copy_library() {
  mkdir -p "$rootfs$(dirname "$2")"
  cp -L "$1" "$rootfs$2"
}
needed() { "$debian/bin/readelf" -d "$@" 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u; }

# The dynamic loader, at the path the runtime's programs name, and the libraries they need and what
# those need in turn, from Debian's packages, where the loader seeks them when it has no cache.
interpreter=$("$debian/bin/readelf" -l "$rootfs/opt/java/bin/java" | sed -n 's/.*interpreter: \(.*\)\]/\1/p')
loader=$(basename "$interpreter")
copy_library "$(find "$sysroot" -name "$loader" -print -quit)" "$interpreter"
mapfile -d '' binaries < <(find "$rootfs/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0)
wanted=$(needed "${binaries[@]}")
while [ -n "$wanted" ]; do
  next=""
  for name in $wanted; do
    [ "$name" = "$loader" ] && continue
    [ -e "$rootfs/opt/java/lib/$name" ] || [ -e "$rootfs/opt/java/lib/server/$name" ] && continue
    found=""
    for candidate in "$sysroot"/usr/lib/*-linux-gnu/"$name"; do
      [ -e "$candidate" ] && found=${candidate#"$sysroot"}
    done
    if [ -z "$found" ]; then
      # Only desktop modules (java.desktop's X11, sound and font libraries) need more than the
      # C and C++ libraries; a server runs headless and never loads those.
      echo "java-rootfs: left out $name, which no $arch package fetched provides; what needs it will not load" >&2
      continue
    fi
    if [ ! -e "$rootfs$found" ]; then
      copy_library "$sysroot$found" "$found"
      next="$next $(needed "$rootfs$found")"
    fi
  done
  wanted=$(echo "$next" | tr ' ' '\n' | sort -u | tr '\n' ' ' | xargs)
done

printf 'root:x:0:0:root:/:/sbin/nologin\nmock:x:10001:10001:mock:/tmp:/sbin/nologin\n' > "$rootfs/etc/passwd"
printf 'root:x:0:\nmock:x:10001:\n' > "$rootfs/etc/group"
