#!/usr/bin/env bash
# Builds Kuzet's self-contained application image and, on Debian/Ubuntu, its .deb package:
#   1. a Java runtime made by jlink from the JDK's jmods and the JavaFX modular jars (with their native libraries),
#   2. the application image (jpackage --type app-image): launcher bin/kuzet, the runtime, the jars on the class path,
#   3. the .deb (jpackage --type deb) from that image: /opt/kuzet, a menu entry with the icon, /usr/bin/kuzet.
# Usage: installer/build.sh [--type app-image|deb] [--version X.Y.Z[-SNAPSHOT]]
# Needs target/kuzet.jar and target/lib (./mvnw package); the Maven profile 'installer' runs this after package.
# Output: target/installer/image/kuzet (application image), target/installer/kuzet_VERSION-1_amd64.deb
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
project="$(cd "$here/.." && pwd)"
target="$project/target"
out="$target/installer"

type=deb
version=""
while [ $# -gt 0 ]; do
  case "$1" in
    --type) type="$2"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "installer/build.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
case "$type" in
  app-image|deb) ;;
  *) echo "installer/build.sh: --type must be app-image or deb, not '$type'" >&2; exit 2 ;;
esac

fail() { echo "installer/build.sh: $*" >&2; exit 1; }

[ -f "$target/kuzet.jar" ] && [ -d "$target/lib" ] \
  || fail "target/kuzet.jar or target/lib is missing: run './mvnw -B package -DskipTests' first"

# The JDK whose jlink/jpackage/jmods we use: JAVA_HOME, else the one the java on PATH belongs to.
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
for tool in jar jlink jpackage; do
  [ -x "$JAVA_HOME/bin/$tool" ] || fail "$JAVA_HOME/bin/$tool not found: set JAVA_HOME to a full JDK 17 or later"
done
[ -f "$JAVA_HOME/jmods/java.base.jmod" ] \
  || fail "$JAVA_HOME/jmods is missing: install the JDK's jmods (Debian: openjdk-17-jdk, not just -headless)"

# The version: from the pom (passed by Maven) or the jar's manifest; packages want it without -SNAPSHOT.
if [ -z "$version" ]; then
  rm -rf "$out/manifest" && mkdir -p "$out/manifest"
  version="$(cd "$out/manifest" && "$JAVA_HOME/bin/jar" xf "$target/kuzet.jar" META-INF/MANIFEST.MF \
    && sed -n 's/^Implementation-Version: *//p' META-INF/MANIFEST.MF | tr -d '\r')"
fi
[ -n "$version" ] || fail "no version: pass --version or build target/kuzet.jar with Maven"
app_version="${version%-SNAPSHOT}"

vendor="State Technical Service JSC"
description="Kuzet: analyst console of the National Cybersecurity Coordination Center"

strip_comments() { sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$1"; }

mkdir -p "$out"

# 1. The runtime. JavaFX's jars for this platform (classifier linux) are modular: jlink links them like jmods.
#    Their native libraries stay inside the module as resources, which JavaFX would unpack into the user's home
#    on every first start; copying them into the runtime's lib/ lets JavaFX load them from there directly.
fx_jars=( "$target"/lib/javafx-*-linux.jar )
[ -f "${fx_jars[0]}" ] || fail "no JavaFX jars for Linux in target/lib (javafx-*-linux.jar)"
modules="$(strip_comments "$here/jlink-modules.txt" | paste -sd, -)"
runtime="$out/runtime"
runtime_key="$(
  { "$JAVA_HOME/bin/java" -version 2>&1; echo "$modules"; sha256sum "${fx_jars[@]}" | cut -d' ' -f1; } | sha256sum
)"
if [ -f "$runtime/kuzet-runtime.key" ] && [ "$(cat "$runtime/kuzet-runtime.key")" = "$runtime_key" ]; then
  echo "installer: runtime up to date ($runtime)"
else
  echo "installer: linking the runtime ($modules)"
  rm -rf "$runtime" "$out/fx-modules"
  mkdir -p "$out/fx-modules"
  cp "${fx_jars[@]}" "$out/fx-modules/"
  "$JAVA_HOME/bin/jlink" \
    --module-path "$JAVA_HOME/jmods:$out/fx-modules" \
    --add-modules "$modules" \
    --include-locales en,kk,ru \
    --strip-debug --no-header-files --no-man-pages --compress=2 \
    --output "$runtime"
  for jar in "${fx_jars[@]}"; do
    natives=( $("$JAVA_HOME/bin/jar" tf "$jar" | grep '\.so$' || true) )
    [ ${#natives[@]} -eq 0 ] || (cd "$runtime/lib" && "$JAVA_HOME/bin/jar" xf "$jar" "${natives[@]}")
  done
  ls "$runtime"/lib/libglassgtk3.so >/dev/null || fail "JavaFX native libraries were not copied into the runtime"
  echo "$runtime_key" > "$runtime/kuzet-runtime.key"
fi

# 2. The application image. The jars go on the class path (the app is not modular); JavaFX comes from the runtime.
input="$out/input"
rm -rf "$input" "$out/image"
mkdir -p "$input/lib" "$out/image"
cp "$target/kuzet.jar" "$input/"
find "$target/lib" -maxdepth 1 -name '*.jar' ! -name 'javafx-*' -exec cp {} "$input/lib/" \;

"$JAVA_HOME/bin/java" -Djava.awt.headless=true "$here/icon/KuzetIcon.java" "$out/icon"

java_options=()
while IFS= read -r option; do
  java_options+=(--java-options "$option")
done < <(strip_comments "$here/java-options.txt")

echo "installer: application image kuzet $app_version"
"$JAVA_HOME/bin/jpackage" \
  --type app-image \
  --name kuzet \
  --app-version "$app_version" \
  --vendor "$vendor" \
  --description "$description" \
  --copyright "$vendor" \
  --icon "$out/icon/kuzet.png" \
  --input "$input" \
  --main-jar kuzet.jar \
  --main-class kz.kuzet.Launcher \
  --runtime-image "$runtime" \
  "${java_options[@]}" \
  --dest "$out/image"
cp "$here/linux/kuzet.desktop" "$out/image/kuzet/lib/kuzet.desktop"
echo "installer: $out/image/kuzet ($(du -sh "$out/image/kuzet" | cut -f1))"

[ "$type" = deb ] || exit 0

# 3. The .deb, from the image, installed in /opt/kuzet. linux/deb holds jpackage's templates we replace:
#    - control: dependencies listed by hand instead of the list jpackage derives from this build machine's
#      library packages, whose names differ between Debian and Ubuntu releases. JavaFX's glass toolkit needs GTK 3
#      (renamed libgtk-3-0t64 in Debian 13 and Ubuntu 24.04), which brings X11, Pango, Cairo, fontconfig and
#      FreeType; OpenGL for hardware rendering; the X extensions AWT links against (report rendering).
#      (control starts the list with libc6: jpackage prefixes this one with a comma.)
#    - postinst/prerm: the menu entry (linux/kuzet.desktop) and /usr/bin/kuzet as plain files, not through
#      xdg-desktop-menu, which makes the installation fail on machines without a desktop menu set up.
deb_deps="libgtk-3-0 | libgtk-3-0t64, libgl1, libx11-6, libxext6, libxi6, libxrender1, libxtst6, libfreetype6, \
libfontconfig1, zlib1g"
command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null \
  || fail "building a .deb needs dpkg-deb and fakeroot (apt-get install fakeroot)"
rm -f "$out"/kuzet_*.deb
echo "installer: .deb package"
"$JAVA_HOME/bin/jpackage" \
  --type deb \
  --name kuzet \
  --app-version "$app_version" \
  --vendor "$vendor" \
  --description "$description" \
  --copyright "$vendor" \
  --icon "$out/icon/kuzet.png" \
  --app-image "$out/image/kuzet" \
  --install-dir /opt \
  --resource-dir "$here/linux/deb" \
  --linux-package-name kuzet \
  --linux-deb-maintainer "${KUZET_DEB_MAINTAINER:-kuzet@localhost}" \
  --linux-app-category misc \
  --linux-package-deps "$deb_deps" \
  ${JPACKAGE_VERBOSE:+--verbose} \
  --dest "$out"
deb="$(ls "$out"/kuzet_*.deb)"
echo "installer: $deb ($(du -h "$deb" | cut -f1))"
