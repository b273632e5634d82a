#!/usr/bin/env bash
# Where SSPR Preflight's start-up time goes (issue 17).
#
# Starts the packaged application once in the configuration of StartupBenchmark (prod profile, demo directory,
# embedded H2, a local OIDC discovery stub, the container image's JVM flags), with class loading logged
# (-Xlog:class+load), Quarkus's step timing on (-Dquarkus.debug.print-startup-times=true) and a JFR recording
# (settings=profile) dumped when the first 200 on / arrives, and prints, through dev.ssprpreflight.startup.StartupProfile:
#   (a) launch -> first 200 on / (longer than in the benchmark: the logging and JFR cost), the installed features,
#       and Quarkus's start-up steps by wall-clock time (the extensions' start; our StartupEvent observers and
#       @Startup beans inside LifecycleEventsBuildStep.startupEvent);
#   (b) classes loaded by the first 200, per second of uptime and per library (package prefix), top 25;
#   (c) JFR execution samples by the first 200: per library anywhere on the stack and of the top frame, per class of
#       ours on the stack, per thread (top 25);
#   and, 5 s after the first 200, the RSS and the JVM's native memory tracking (-XX:NativeMemoryTracking=summary)
#   committed per area (heap, class metadata, code cache, threads, ...).
# Then the same for the bare Quarkus REST reference (benchmarks/bare-quarkus) and for ours with sspr.directory=graph
# against a Graph and an Entra ID at a closed local port (the Graph adapter's start without a network).
#
# Usage, from anywhere:  scripts/startup-profile.sh [sspr|bare|graph|all] [output directory]
#   default all, target/startup-profile (the class-load logs, JFR files and application logs stay there;
#   open a .jfr with `jfr print` / `jfr summary` or JDK Mission Control for more).
# Packages both applications first when their target/quarkus-app is missing (offline, -DskipTests), and builds the
# test classpath once into target/bench-cp.txt (delete it after a dependency change). Needs a JDK 17 (jcmd).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -f target/quarkus-app/quarkus-run.jar ]]; then
    ./mvnw -B -ntp -o -q package -DskipTests
fi
if [[ ! -f benchmarks/bare-quarkus/target/quarkus-app/quarkus-run.jar ]]; then
    ./mvnw -f benchmarks/bare-quarkus/pom.xml -B -ntp -o -q package -DskipTests
fi
if [[ ! -f target/bench-cp.txt || ! -d target/test-classes/dev/ssprpreflight/startup ]]; then
    ./mvnw -B -ntp -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt \
        -Dmdep.includeScope=test
fi
exec java -cp "target/classes:target/test-classes:$(cat target/bench-cp.txt)" \
    dev.ssprpreflight.startup.StartupProfile "${1:-all}" "${2:-target/startup-profile}"
