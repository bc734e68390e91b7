#!/usr/bin/env bash
# Runs every benchmark scenario against the PostgreSQL at 127.0.0.1:5432 and rewrites bench/RESULTS.md.
# See bench/README.md. Sizes and repetitions can be overridden, e.g.
#   REPEAT=1 ENTITY_SIZES="400" TABLE_SIZES="10000" LIVE_SIZES="" bench/run.sh
set -euo pipefail
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd -P)
root="$here/.."
retort="$root/bin/retort"
PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
export PGHOST PGPORT PGUSER
base="postgresql://postgres@127.0.0.1:5432"
REPEAT=${REPEAT:-3}
ENTITY_SIZES=${ENTITY_SIZES-"200 400 800"}   # N entities beside the commerce tables
TABLE_SIZES=${TABLE_SIZES-"1000 10000"}      # objects, as Retort's inspector counts them (~9.3 per table)
LARGE_SIZES=${LARGE_SIZES-"50000"}            # table-heavy sizes measured once each (a run is ~30 s)
LIVE_SIZES=${LIVE_SIZES-"50000"}             # objects per database in the two-live-databases diff
JPA_SIZES=${JPA_SIZES-"200"}                  # N JPA entities, with the entity mix of N on top
TAG=${TAG:-main}                              # rows go to bench/results-$TAG.tsv; RESULTS.md shows every such file
COUNT_MAX=${COUNT_MAX:-1000}                  # count round trips (an extra, untimed, logged run) up to this size,
                                              # and always for the two live databases (the size-independence check)
SEED=${SEED:-8}
work=$(mktemp -d -t retort-bench-XXXXXX)
# Snapshot caches live in the run's work directory: a project's in its .retort/cache, a project-less diff's under
# XDG_CACHE_HOME. Uncached rows pass --no-cache; cached rows follow one untimed run that fills the cache.
export XDG_CACHE_HOME="$work/cache"
results="$here/results-$TAG.tsv"; : > "$results"   # kept when a run fails part way
psql_q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

drop_bench_dbs() {
  for db in $(psql -X -At -d postgres -c "SELECT datname FROM pg_database WHERE datname LIKE 'bench\_%'"); do
    psql_q -d postgres -c "DROP DATABASE \"$db\"" >/dev/null
  done
}
fresh_db() { psql_q -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null 2>&1; }
cleanup() { drop_bench_dbs || true; rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# Concatenates a schema folder in path order (the generator names files so this order is a valid creation order),
# committing every 50 files (~500 statements for table-heavy files, as Retort's Materializer does): one
# transaction for everything runs out of lock slots (max_locks_per_transaction) past ~1000 tables.
concat() {
  find "$1" -name '*.sql' | LC_ALL=C sort | { i=0; while read -r f; do
    [ $((i++ % 50)) -eq 0 ] && { [ "$i" -gt 1 ] && echo "COMMIT;"; echo "BEGIN;"; }
    cat "$f"
  done; } > "$2"
  echo "COMMIT;" >> "$2"
}

# Round trips of one untimed run: pgjdbc logs every protocol message at FINEST; a Sync ends an extended-protocol
# exchange and a SimpleQuery is one exchange, so together they count the round trips after connection start-up,
# over every connection of the process (compared databases and dev databases).
logging="$work/logging.properties"
cat > "$logging" <<'EOF'
handlers=java.util.logging.ConsoleHandler
java.util.logging.ConsoleHandler.level=FINEST
java.util.logging.ConsoleHandler.formatter=java.util.logging.SimpleFormatter
java.util.logging.SimpleFormatter.format=%5$s%n
.level=INFO
org.postgresql.core.v3.QueryExecutorImpl.level=FINEST
EOF
round_trips() {  # command...
  RETORT_JAVA_OPTS="-Djava.util.logging.config.file=$logging" "$@" >/dev/null 2>"$work/trace.log" || true
  grep -c -E 'FE=> (Sync|SimpleQuery)' "$work/trace.log" || true
}

# measure FAMILY SCENARIO SIZE KIND ROUNDTRIPS SETUP -- COMMAND...: runs SETUP (untimed) then COMMAND, REPEAT times;
# records wall seconds and peak RSS (KiB) of each run. KIND is "retort" or "floor". Exit status 1 is allowed only
# with --exit-code (diff reports differences with it); anything else fails the benchmark.
measure() {
  local family=$1 scenario=$2 size=$3 kind=$4 rt=$5 setup=$6; shift 7
  local i
  for ((i = 1; i <= REPEAT; i++)); do
    eval "$setup"
    local rc=0
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/out" 2>"$work/err" || rc=$?
    if [ "$rc" -gt 1 ] || { [ "$rc" -eq 1 ] && [[ " $* " != *" --exit-code "* ]]; }; then
      echo "FAILED ($rc): $*" >&2; tail -5 "$work/err" >&2; exit 1
    fi
    read -r wall rss < <(tail -1 "$work/time")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$family" "$scenario" "$size" "$kind" "$wall" "$rss" "$rt" >> "$results"
  done
  echo "  $family $scenario $size $kind: $(awk -F'\t' -v f="$family" -v s="$scenario" -v z="$size" -v k="$kind" \
    '$1==f && $2==s && $3==z && $4==k {printf "%s ", $5}' "$results")s" >&2
}

# cached FAMILY SCENARIO SIZE -- COMMAND...: the same command with the snapshot cache filled by one untimed run first,
# as the row "SCENARIO, cached" right after the uncached one (which runs with --no-cache).
cached() {
  local family=$1 scenario=$2 size=$3; shift 4
  "$@" >/dev/null 2>&1 || true
  measure "$family" "$scenario, cached" "$size" retort - "${CACHED_SETUP:-:}" -- "$@"
}

# A CHECKPOINT after loading, so the timed runs do not share the disk with writing out what the load left dirty.
load() { fresh_db "$1"; psql_q -d "$1" -f "$2" >/dev/null; psql_q -d postgres -c CHECKPOINT >/dev/null; }

echo "building retort.jar" >&2
(cd "$root" && mvn -q -B -ntp package -DskipTests)
drop_bench_dbs
psql_q -d postgres -c "CREATE DATABASE bench_empty" >/dev/null
empty="$base/bench_empty"
started=$(date +%s)
load_before=$(cut -d" " -f1-3 /proc/loadavg)

# --- (a) entity mix ------------------------------------------------------------------------------------------
for n in $ENTITY_SIZES; do
  echo "entity mix N=$n" >&2
  s="$work/e$n"; c="$work/e${n}c"
  python3 "$here/generate.py" entities "$n" "$s/schema" --seed "$SEED"
  python3 "$here/generate.py" entities "$n" "$c" --seed "$SEED" --changed
  concat "$s/schema" "$s.sql"
  load bench_e "$s.sql"
  printf '[migrations]\ndirectory = "migrations"\nversion_schema = "public"\n\n[schema]\ndirectory = "schema"\n' > "$s/retort.toml"
  mkdir -p "$s/migrations"
  rt() { if [ "$n" -le "$COUNT_MAX" ]; then round_trips "$@"; else echo -; fi; }
  measure entities "empty → N (PostgreSQL floor: psql -f)" "$n" floor - 'fresh_db bench_f' -- \
    psql -X -q -v ON_ERROR_STOP=1 -d bench_f -f "$s.sql"
  psql_q -d postgres -c CHECKPOINT >/dev/null  # what the floor's load left dirty is not the next runs' to write
  measure entities "empty → N: diff --from empty --to schema/" "$n" retort "$(rt "$retort" diff --no-cache --from "$empty" --to "$s/schema")" : -- \
    "$retort" diff --no-cache --from "$empty" --to "$s/schema"
  measure entities "empty → N: revision --autogenerate (verified)" "$n" retort \
    "$(rm -f "$s"/migrations/*; rt "$retort" revision --autogenerate --no-cache -m gen -c "$s/retort.toml" --url "$empty")" \
    'rm -f "$s"/migrations/*' -- "$retort" revision --autogenerate --no-cache -m gen -c "$s/retort.toml" --url "$empty"
  rm -f "$s"/migrations/*
  CACHED_SETUP='rm -f "$s"/migrations/*' cached entities "empty → N: revision --autogenerate (verified)" "$n" -- \
    "$retort" revision --autogenerate -m gen -c "$s/retort.toml" --url "$empty"
  measure entities "empty → N: revision --autogenerate --no-verify" "$n" retort \
    "$(rm -f "$s"/migrations/*; rt "$retort" revision --autogenerate --no-verify --no-cache -m gen -c "$s/retort.toml" --url "$empty")" \
    'rm -f "$s"/migrations/*' -- "$retort" revision --autogenerate --no-verify --no-cache -m gen -c "$s/retort.toml" --url "$empty"
  measure entities "no change: diff --from db --to schema/" "$n" retort "$(rt "$retort" diff --no-cache --from "$base/bench_e" --to "$s/schema" --exit-code)" : -- \
    "$retort" diff --no-cache --from "$base/bench_e" --to "$s/schema" --exit-code
  cached entities "no change: diff --from db --to schema/" "$n" -- \
    "$retort" diff --from "$base/bench_e" --to "$s/schema" --exit-code
  measure entities "10% changed: diff --from db --to changed/" "$n" retort "$(rt "$retort" diff --no-cache --from "$base/bench_e" --to "$c")" : -- \
    "$retort" diff --no-cache --from "$base/bench_e" --to "$c"
  cached entities "10% changed: diff --from db --to changed/" "$n" -- "$retort" diff --from "$base/bench_e" --to "$c"
done

# --- (b) table-heavy -----------------------------------------------------------------------------------------
tables_for() { echo $(( ($1 * 10 + 92) / 93 )); }   # ~9.3 objects per table
table_heavy() {  # SIZE REPEAT [large: skip the diff that autogenerate repeats]
  local size=$1 REPEAT=$2 large=${3:-} t s c p
  t=$(tables_for "$size"); echo "table-heavy $size objects ($t tables)" >&2
  s="$work/t$size"; c="$work/t${size}c"; p="$work/t${size}p"
  python3 "$here/generate.py" tables "$t" "$s" --seed "$SEED"
  python3 "$here/generate.py" tables "$t" "$c" --seed "$SEED" --changed
  concat "$s" "$s.sql"
  load bench_t "$s.sql"; bench_t_size=$size
  mkdir -p "$p/migrations"
  printf '[migrations]\ndirectory = "migrations"\nversion_schema = "public"\n\n[schema]\ndirectory = "%s"\n' "$s" > "$p/retort.toml"
  rt() { if [ "$size" -le "$COUNT_MAX" ]; then round_trips "$@"; else echo -; fi; }
  measure tables "empty → N (PostgreSQL floor: psql -f)" "$size" floor - 'fresh_db bench_f' -- \
    psql -X -q -v ON_ERROR_STOP=1 -d bench_f -f "$s.sql"
  psql_q -d postgres -c CHECKPOINT >/dev/null  # what the floor's load left dirty is not the next runs' to write
  [ -n "$large" ] || measure tables "empty → N: diff --from empty --to schema/" "$size" retort \
    "$(rt "$retort" diff --no-cache --from "$empty" --to "$s")" : -- "$retort" diff --no-cache --from "$empty" --to "$s"
  # Not verified: verification proves the upgrade in one transaction, as it would run, and creating 1,000+ tables
  # in one transaction needs more locks than PostgreSQL's default lock table has (verification says so and refuses).
  measure tables "empty → N: revision --autogenerate --no-verify" "$size" retort \
    "$(rm -f "$p"/migrations/*; rt "$retort" revision --autogenerate --no-verify --no-cache -m gen -c "$p/retort.toml" --url "$empty")" \
    'rm -f "$p"/migrations/*' -- "$retort" revision --autogenerate --no-verify --no-cache -m gen -c "$p/retort.toml" --url "$empty"
  rm -f "$p"/migrations/*
  CACHED_SETUP='rm -f "$p"/migrations/*' cached tables "empty → N: revision --autogenerate --no-verify" "$size" -- \
    "$retort" revision --autogenerate --no-verify -m gen -c "$p/retort.toml" --url "$empty"
  measure tables "no change: diff --from db --to schema/" "$size" retort "$(rt "$retort" diff --no-cache --from "$base/bench_t" --to "$s" --exit-code)" : -- \
    "$retort" diff --no-cache --from "$base/bench_t" --to "$s" --exit-code
  cached tables "no change: diff --from db --to schema/" "$size" -- \
    "$retort" diff --from "$base/bench_t" --to "$s" --exit-code
  measure tables "10% changed: diff --from db --to changed/" "$size" retort "$(rt "$retort" diff --no-cache --from "$base/bench_t" --to "$c")" : -- \
    "$retort" diff --no-cache --from "$base/bench_t" --to "$c"
  cached tables "10% changed: diff --from db --to changed/" "$size" -- "$retort" diff --from "$base/bench_t" --to "$c"
  rm -rf "$s" "$c" "$p" "$s.sql"
}
for size in $TABLE_SIZES; do table_heavy "$size" "$REPEAT"; done
for size in $LARGE_SIZES; do table_heavy "$size" 1 large; done

# --- (c) two live databases ----------------------------------------------------------------------------------
for size in $LIVE_SIZES; do
  t=$(tables_for "$size"); echo "two live databases, $size objects each ($t tables)" >&2
  a="$work/la"; b="$work/lb"; rm -rf "$a" "$b"
  python3 "$here/generate.py" tables "$t" "$b" --seed "$SEED" --changed
  concat "$b" "$b.sql"; load bench_lb "$b.sql"
  if [ "${bench_t_size:-}" = "$size" ]; then  # the table-heavy run left this very schema loaded: A is it
    psql_q -d postgres -c "ALTER DATABASE bench_t RENAME TO bench_la" >/dev/null; bench_t_size=
  else
    python3 "$here/generate.py" tables "$t" "$a" --seed "$SEED"
    concat "$a" "$a.sql"; load bench_la "$a.sql"
  fi
  rt() { round_trips "$@"; }
  measure live "two live databases (floor: pg_dump -s of both)" "$size" floor - : -- \
    sh -c 'pg_dump -s -d bench_la >/dev/null && pg_dump -s -d bench_lb >/dev/null'
  measure live "two live databases: diff --from URL --to URL (10% differ)" "$size" retort \
    "$(rt "$retort" diff --from "$base/bench_la" --to "$base/bench_lb")" : -- \
    "$retort" diff --from "$base/bench_la" --to "$base/bench_lb"
  measure live "two live databases: inspect --url URL" "$size" retort \
    "$(rt "$retort" inspect --url "$base/bench_la")" : -- "$retort" inspect --url "$base/bench_la"
  psql_q -d postgres -c "DROP DATABASE bench_la" -c "DROP DATABASE bench_lb" >/dev/null
done

# --- (d) tables from JPA entities ----------------------------------------------------------------------------
# The classpath a build plugin would supply: the compiled entities, retort-hibernate and Hibernate.
for n in $JPA_SIZES; do
  echo "JPA: $n entities + the entity mix of $n" >&2
  j="$work/j$n"
  python3 "$here/generate.py" jpa "$n" "$j" --seed "$SEED"
  python3 "$here/generate.py" entities "$n" "$j/jpa/schema" --seed "$SEED"
  mkdir -p "$j/jpa/lib" "$j/jpa/migrations" "$j/sql/migrations"
  cp "$root"/retort-hibernate/target/retort-hibernate-*[0-9T].jar "$j/jpa/lib/"
  tr ':' '\n' < "$root/retort-hibernate/target/hibernate.classpath" | while read -r jar; do cp "$jar" "$j/jpa/lib/"; done
  javac -nowarn -cp "$j/jpa/lib/*" -d "$j/jpa/classes" $(find "$j/src" -name '*.java')
  printf '[migrations]\ndirectory = "migrations"\n\n[schema]\ndirectory = "schema"\nentities = ["bench.model"]\nclasspath = ["classes", "lib/*"]\n' > "$j/jpa/retort.toml"
  cp -r "$j/jpa/schema" "$j/sql/schema"; cp -r "$j/tables-sql" "$j/sql/schema/jpa_tables"
  printf '[migrations]\ndirectory = "migrations"\n\n[schema]\ndirectory = "schema"\n' > "$j/sql/retort.toml"
  for variant in jpa sql; do
    label=$([ $variant = jpa ] && echo "N tables from JPA entities" || echo "the same N tables as SQL files")
    measure jpa "empty → N: revision --autogenerate (verified), $label" "$n" retort - \
      "rm -f $j/$variant/migrations/*" -- "$retort" revision --autogenerate --no-cache -m gen -c "$j/$variant/retort.toml" --url "$empty"
    rm -f "$j/$variant"/migrations/*
    CACHED_SETUP="rm -f $j/$variant/migrations/*" cached jpa "empty → N: revision --autogenerate (verified), $label" "$n" -- \
      "$retort" revision --autogenerate -m gen -c "$j/$variant/retort.toml" --url "$empty"
  done
done
elapsed=$(( $(date +%s) - started ))

# --- RESULTS.md ----------------------------------------------------------------------------------------------
python3 "$here/report.py" "$here" "$REPEAT" "$elapsed" "$load_before" "$(cut -d" " -f1-3 /proc/loadavg)"
echo "wrote $here/RESULTS.md in ${elapsed}s" >&2
