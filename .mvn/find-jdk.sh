# Sourced by ./mvnw. Samspår needs a JDK 21 or newer (Vaadin 25, Spring Boot 4), while the
# default `java` on many Linux machines is older. When JAVA_HOME is unset or too old, look for
# a newer JDK in the usual places and use it; otherwise explain how to set JAVA_HOME.
samspar_java_major() {
  # prints the major version of the JDK at $1, or 0
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || { echo 0; return; }
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
samspar_required=21
samspar_current=0
if [ -n "${JAVA_HOME-}" ]; then
  samspar_current=$(samspar_java_major "$JAVA_HOME")
fi
if [ "${samspar_current:-0}" -lt "$samspar_required" ]; then
  samspar_best=""
  samspar_best_major=0
  set +f # mvnw runs with globbing off
  for samspar_candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$samspar_candidate" ] || continue
    samspar_major=$(samspar_java_major "$samspar_candidate")
    if [ "${samspar_major:-0}" -gt "$samspar_best_major" ]; then
      samspar_best="$samspar_candidate"
      samspar_best_major=$samspar_major
    fi
  done
  set -f
  if [ "$samspar_best_major" -ge "$samspar_required" ]; then
    [ -z "${JAVA_HOME-}" ] || echo "mvnw: JAVA_HOME=$JAVA_HOME is older than Java $samspar_required." >&2
    echo "mvnw: using JDK $samspar_best_major at $samspar_best" >&2
    JAVA_HOME="$samspar_best"
    export JAVA_HOME
  else
    echo "mvnw: Samspår needs a JDK $samspar_required or newer, and none was found." >&2
    echo "mvnw: install one (e.g. Temurin 25) and set JAVA_HOME, e.g. export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64" >&2
    exit 1
  fi
fi
