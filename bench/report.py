#!/usr/bin/env python3
"""Rewrites bench/RESULTS.md from bench/results-*.tsv (rows written by run.sh), then appends bench/ANALYSIS.md.
  bench/report.py BENCH_DIR REPEAT ELAPSED_SECONDS LOAD_BEFORE LOAD_AFTER
"""
import statistics, subprocess, sys
from collections import OrderedDict
import glob
here, repeat, elapsed, la0, la1 = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
tsvs, out = sorted(glob.glob(here + "/results-*.tsv")), here + "/RESULTS.md"
sh = lambda c: subprocess.run(c, shell=True, capture_output=True, text=True).stdout.strip()
java = sh("java -version 2>&1 | head -1")
pg = sh("psql -X -At -d postgres -c 'SHOW server_version'")
rows = OrderedDict()
for t in tsvs:
  tag = t.rsplit("/", 1)[1][len("results-"):-len(".tsv")]
  for line in open(t):
    fam, scen, size, kind, wall, rss, rt = line.rstrip("\n").split("\t")
    r = rows.setdefault((fam, scen, int(size), kind, tag), {"wall": [], "rss": [], "rt": rt})
    r["wall"].append(float(wall)); r["rss"].append(int(rss))
med = lambda xs: statistics.median(xs)
floors = {(f, z, t): med(r["wall"]) for (f, s, z, k, t), r in rows.items() if k == "floor"}
titles = {"entities": "Entity mix (commerce tables + N entities)",
          "tables": "Table-heavy (size = objects as `retort inspect` counts them, ~9.3 per table)",
          "live": "Two live databases (table-heavy; B has 10% of A's tables changed)",
          "jpa": "Tables from JPA entities (N entity tables with the entity mix of N on top, beside the same tables as SQL)"}
L = ["# Benchmark results", "",
     "Written by `bench/run.sh` (do not edit by hand); see `bench/README.md` for what each scenario means.", "",
     f"- Machine: {sh('nproc')} cores, memory `{sh('free -h | sed -n 2p').split()[1]}` total; {sh('uname -srm')}",
     f"- {java}; PostgreSQL {pg} on 127.0.0.1 (same machine)",
     f"- Written {sh('date -u +%Y-%m-%dT%H:%MZ')} from {len(tsvs)} run.sh invocations (`bench/results-TAG.tsv`, TAG in the"
     f" last column: {', '.join(t.rsplit('/', 1)[1][8:-4] for t in tsvs)}); the last one took {elapsed} s. Wall time is"
     f" the median of the runs listed in the runs column (3 per measurement unless only one is listed)",
     f"- Load average {la0} at the start of the last invocation, {la1} at its end (1, 5 and 15 minutes).",
     "- Wall time and peak RSS are of the whole `bin/retort` process (JVM start included; RSS of the JVM only, not the",
     "  PostgreSQL server). Floor: what PostgreSQL itself needs for the same work, in the same run. Overhead = Retort",
     "  median − floor median. Round trips: protocol round trips of one extra logged run (pgjdbc `Sync` +",
     "  `SimpleQuery` messages, all connections, dev databases included; connection start-up not counted).", ""]
for fam in titles:
    keys = [k for k in rows if k[0] == fam]
    if not keys: continue
    L += [f"## {titles[fam]}", "", "| scenario | size | wall (median) | runs | peak RSS | floor | overhead | round trips | run.sh |",
          "| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- |"]
    for k in keys:
        r = rows[k]; m = med(r["wall"]); f = floors.get((fam, k[2], k[4]))
        fl = f"{f:.2f} s" if f is not None else ""
        ov = "" if k[3] == "floor" or f is None else f"{m - f:+.2f} s"
        L.append(f"| {k[1]} | {k[2]} | {m:.2f} s | {' '.join(f'{w:.2f}' for w in r['wall'])} | "
                 f"{med(r['rss']) / 1024:.0f} MiB | {fl} | {ov} | {r['rt']} | {k[4]} |")
    L.append("")
with open(out, "w") as f:
    f.write("\n".join(L))
    extra = out.replace("RESULTS.md", "ANALYSIS.md")
    import os
    if os.path.exists(extra):
        f.write("\n" + open(extra).read())
