# Sourced by ./rasad and .ci/run: finds a JDK >= 21 and exports JAVA_HOME.
# Order: $JAVA_HOME if it is new enough, then the newest JDK under /usr/lib/jvm, then java on PATH.
rasad_java_major() {
  # The JDK's `release` file says its version without starting a JVM; ask java itself only when it is missing.
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" | head -n1
  else
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1
  fi
}
rasad_find_jdk() {
  local cand major best="" bestmajor=0
  for cand in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /opt/jdk* "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    [ -n "$cand" ] && [ -x "$cand/bin/java" ] && [ -x "$cand/bin/javac" ] || continue
    major=$(rasad_java_major "$cand")
    major=${major%%.*}
    [ -n "$major" ] || continue
    if [ "$major" -ge 21 ] && [ "$major" -gt "$bestmajor" ]; then best=$cand; bestmajor=$major; fi
  done
  [ -n "$best" ] || return 1
  printf '%s\n' "$best"
}
if jdk=$(rasad_find_jdk); then
  export JAVA_HOME="$jdk"
  export PATH="$JAVA_HOME/bin:$PATH"
  # Maven's bundled Guice uses sun.misc.Unsafe; JDK 24+ warns about it on every build unless allowed.
  if [ "$(rasad_java_major "$JAVA_HOME" | cut -d. -f1)" -ge 24 ] 2>/dev/null; then
    case " ${MAVEN_OPTS:-} " in *unsafe-memory-access*) ;; *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;; esac
  fi
else
  echo "rasad: no JDK 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm); install one, e.g. apt-get install openjdk-21-jdk-headless" >&2
  return 1 2>/dev/null || exit 1
fi
