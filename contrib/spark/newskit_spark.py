#!/usr/bin/env python3
"""Runs `newskit export` on Apache Spark: extraction per partition, the merge as Spark stages.

    python3 contrib/spark/newskit_spark.py INPUT... --format csv --format geojson --output OUT \
        [--partitions N] [--master local[2]] [--work DIR] [--newskit PATH] [--single-task-limit N]

Gives the same bytes as `newskit export INPUT... --format ... --output OUT`, whatever the number
of partitions. Python only lists inputs, moves, groups and sorts records; every decision about
documents and entities is made by `newskit extract` and `newskit merge-step` (see README.md).
csv and geojson are written by the partitions that own the rows (`merge-step rows`); any other
format by one `newskit merge` task, refused above --single-task-limit documents.
"""
import argparse
import json
import os
import posixpath
import shutil
import subprocess
import sys
import tempfile
import threading
import uuid
from urllib.parse import urlparse

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
# Formats whose rows are written by the partitions that own them (`merge-step rows`); any other
# format makes the final write one `newskit merge` task over every part file (README.md, "Limits").
ROW_FORMATS = {"csv", "geojson"}
# That single task holds ~1.3 KB per document and writes ~2,000-4,000 documents a second
# (README.md, "Scaling out"): above this many documents it is refused unless raised.
SINGLE_TASK_LIMIT = 1_000_000


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        description="Run `newskit export` on Spark: `newskit extract` on each partition, the merge as Spark stages.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="files or folders as you would give them to `newskit export`; local paths or Hadoop URIs (hdfs://, s3a://)")
    parser.add_argument("--format", "-f", action="append", required=True, metavar="NAME",
                        help="a format to write (repeat for several), as for `newskit export`")
    parser.add_argument("--output", "-o", required=True, metavar="PATH",
                        help="where to write, as for `newskit export` (a POSIX path the executors can reach)")
    parser.add_argument("--option", action="append", default=[], metavar="KEY=VALUE",
                        help="a format setting, passed on to `newskit merge`")
    parser.add_argument("--partitions", type=int, default=0, metavar="N",
                        help="partitions for extraction and for grouping entity keys (default: Spark's default parallelism)")
    parser.add_argument("--master", default=None, metavar="URL",
                        help="Spark master when run with plain python3 (e.g. local[2]); spark-submit's --master wins")
    parser.add_argument("--work", default=None, metavar="DIR",
                        help="folder every executor can reach; each run makes a fresh newskit-XXXX folder in it for partial results and merge steps, and keeps it (default: a temporary folder, removed afterwards)")
    parser.add_argument("--newskit", default=shutil.which("newskit") or "newskit", metavar="PATH",
                        help="the newskit binary on every executor, with its resource bundles beside it (default: newskit on PATH)")
    parser.add_argument("--skip-invalid", action="store_true", help="passed on to `newskit extract`")
    parser.add_argument("--single-task-limit", type=int, default=SINGLE_TASK_LIMIT, metavar="N",
                        help=f"most documents for formats written by one task (all but csv and geojson; default {SINGLE_TASK_LIMIT:,}; 0: no limit)")
    parser.add_argument("--force", action="store_true",
                        help="replace a folder output even when it holds files newskit did not write, as for `newskit export` (never an input, the current folder, / or the home folder)")
    return parser.parse_args(argv)


# Listing inputs: the documents' order and paths must be the ones `newskit export` gives.

def hadoop_files(sc, uri):
    """(relative path, qualified URI) of every file under `uri`, through Hadoop's FileSystem."""
    jvm = sc._jvm
    path = jvm.org.apache.hadoop.fs.Path(uri)
    fs = path.getFileSystem(sc._jsc.hadoopConfiguration())
    status = fs.getFileStatus(path)
    if not status.isDirectory():
        return None
    base = fs.makeQualified(path).toUri().getPath().rstrip("/")
    found = []
    files = fs.listFiles(path, True)
    while files.hasNext():
        qualified = files.next().getPath()
        full = qualified.toUri().getPath()
        found.append((full[len(base) + 1:], qualified.toString()))
    return found


def list_inputs(sc, inputs):
    """Every file to read as (input position, display path, URI), in `newskit export`'s order:
    inputs as given, a folder's files by relative path (UTF-8 byte order), hidden ones left out."""
    planned = []
    for position, given in enumerate(inputs):
        uri = given if urlparse(given).scheme else "file://" + os.path.abspath(given)
        listing = hadoop_files(sc, uri)
        if listing is None:
            planned.append((position, given, uri))
            continue
        visible = [(rel, full) for rel, full in listing if not any(part.startswith(".") for part in rel.split("/"))]
        visible.sort(key=lambda item: item[0].encode("utf-8"))
        prefix = given if given.endswith("/") else given + "/"
        planned.extend((position, prefix + rel, full) for rel, full in visible)
    return planned


def shard_records(sc, planned, partitions):
    """One RDD of shard records (see README.md): JSONL inputs line by line, other files whole."""
    rdds = []
    for position, display, uri in planned:
        if display.lower().endswith(JSONL_SUFFIXES):
            lines = sc.textFile(uri, minPartitions=partitions).zipWithIndex()
            rdds.append(lines.map(lambda item, p=position, d=display: json.dumps(
                {"input": p, "path": d, "line": item[1] + 1, "text": item[0]}, ensure_ascii=False)))
    others = [(p, d, u) for p, d, u in planned if not d.lower().endswith(JSONL_SUFFIXES)]
    if others:
        names = {urlparse(u).path: (p, d) for p, d, u in others}
        files = sc.binaryFiles(",".join(u for _, _, u in others), minPartitions=partitions)
        rdds.append(files.map(lambda item: file_record(names, item)))
    return sc.union(rdds).repartition(partitions)


def file_record(names, item):
    import base64
    position, display = names[urlparse(item[0]).path]
    return json.dumps({"input": position, "path": display, "data": base64.b64encode(item[1]).decode("ascii")})


# Running newskit on executors.

def newskit_pipe(binary, arguments, files=()):
    """A mapPartitions function that streams a partition through `newskit ARGUMENTS`;
    `files` are names given to sc.addFile, passed as the arguments after them."""
    def run(lines):
        from pyspark import SparkFiles
        args = [binary] + list(arguments)
        for flag, name in files:
            args += [flag, SparkFiles.get(name)]
        process = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        failure = []

        def feed():
            try:
                for line in lines:
                    process.stdin.write(line.encode("utf-8") + b"\n")
            except Exception as error:  # noqa: BLE001 - reported after newskit exits
                failure.append(error)
            finally:
                try:
                    process.stdin.close()
                except BrokenPipeError:
                    pass

        feeder = threading.Thread(target=feed, daemon=True)
        feeder.start()
        for line in process.stdout:
            yield line.rstrip(b"\n").decode("utf-8")
        feeder.join()
        status = process.wait()
        if status != 0 or failure:
            raise RuntimeError(f"{' '.join(args)} failed with exit status {status}{': ' + str(failure[0]) if failure else ''}")
    return run


def order_key(line):
    return order_tuple(json.loads(line)["order"])


def order_tuple(order):
    """A DocumentOrder as a Python key sorting as newskit sorts it (path by UTF-8 bytes)."""
    return (order["input"], order["path"].encode("utf-8"), order["record"])


def record_order(line):
    """The order of a partial record without parsing its text: newskit writes keys sorted, so
    `order` is the record's last member, and `,"order":{"input":` cannot occur inside a JSON string."""
    at = line.rfind(',"order":{"input":')
    return order_tuple(json.loads(line[at + 9:-1]) if at >= 0 else json.loads(line)["order"])


def slice_keys(lines):
    """The distinct entity keys of one slice's partial records."""
    keys = set()
    for line in lines:
        keys.update(entity["key"] for entity in json.loads(line)["entities"])
    return keys


def is_header(line):
    return line.startswith('{"format"')


def run(sc, options):
    binary = os.path.abspath(options.newskit) if os.path.exists(options.newskit) else options.newskit
    partitions = options.partitions or sc.defaultParallelism
    # A fresh folder per run, inside --work when given (kept there for inspection).
    if options.work:
        work = os.path.join(os.path.abspath(options.work), f"newskit-{uuid.uuid4().hex[:12]}")
        os.makedirs(work)
    else:
        work = tempfile.mkdtemp(prefix="newskit-spark-")
    # Executors import this module to run the functions below.
    sc.addPyFile(os.path.abspath(__file__))
    try:
        step = lambda name, *more: newskit_pipe(binary, ["merge-step", name, "-", "--quiet", *more])
        # resolve and the final merge say how much they held (on the executor's standard error).
        loud_step = lambda name: newskit_pipe(binary, ["merge-step", name, "-"])
        # Stage 1, per partition: reading, tokens, tagging, place candidates.
        # Each task gets spark.task.cpus cores (1 by default): Spark runs the tasks side by side.
        cores = sc.getConf().get("spark.task.cpus", "1")
        extract = ["extract", "--records", "-", "--output", "-", "--quiet", "--jobs", cores] + (["--skip-invalid"] if options.skip_invalid else [])
        records = shard_records(sc, list_inputs(sc, options.inputs), partitions)
        records.mapPartitions(newskit_pipe(binary, extract)).saveAsTextFile(os.path.join(work, "partials"))
        partials = sc.textFile(os.path.join(work, "partials"))
        # Stage 2: corpus order and repeated ids, on one small row per document.
        counted = sc.accumulator(0)

        def count(line):
            counted.add(1)
            return line
        ids = partials.mapPartitions(step("ids")).map(count).sortBy(order_key, numPartitions=1)
        ids.mapPartitions(step("dedupe")).saveAsTextFile(os.path.join(work, "decisions"))
        check_single_task(options, counted.value)
        # Shipped to every executor; a name unique to this run (a session may run several).
        decisions = f"newskit-decisions-{uuid.uuid4().hex}.jsonl"
        shutil.copyfile(os.path.join(work, "decisions", "part-00000"), os.path.join(work, decisions))
        sc.addFile(os.path.join(work, decisions))
        # Stage 3: entity candidates grouped by key, combined per key, then resolved once.
        keys = partials.mapPartitions(newskit_pipe(binary, ["merge-step", "keys", "-", "--quiet"], [("--decisions", decisions)]))
        grouped = keys.map(lambda line: (json.loads(line)["key"], line)).repartitionAndSortWithinPartitions(partitions)
        combined = grouped.values().mapPartitions(step("combine"))
        combined.coalesce(1).mapPartitions(loud_step("resolve")).saveAsTextFile(os.path.join(work, "resolution"))
        resolution = os.path.join(work, "resolution", "part-00000")
        if set(options.format) <= ROW_FORMATS:
            # Stage 4, per slice: rows written by the partitions that own them; then a cheap join.
            sources = write_row_slices(sc, binary, partials, work, decisions, partitions, options)
        else:
            # Stage 4, one task: every format from the parts on disk (EPUB, bundle, corpus JSON...).
            sources = sorted(os.path.join(work, "partials", name) for name in os.listdir(os.path.join(work, "partials")) if name.startswith("part-"))
        merge = ["merge", *sources, "--resolution", resolution, "--output", os.path.abspath(options.output)]
        for name in options.format:
            merge += ["--format", name]
        for option in options.option:
            merge += ["--option", option]
        if options.force:
            merge.append("--force")
        sc.parallelize([0], 1).mapPartitions(lambda _: run_once([binary] + merge)).collect()
    finally:
        if options.work is None:
            shutil.rmtree(work, ignore_errors=True)


def write_row_slices(sc, binary, partials, work, decisions, partitions, options):
    """Stage 4 for the row formats: partial records range-partitioned by corpus order (each
    dropped copy under the order of the document it repeats), so slice i then i+1 is corpus
    order; the resolution's key lines joined with the keys each slice uses; `merge-step rows` per
    slice; usage rows reduced by entity. Returns the arguments of the final `newskit merge`."""
    dropped = {}
    with open(os.path.join(work, "decisions", "part-00000"), encoding="utf-8") as lines:
        for line in lines:
            decision = json.loads(line)
            if decision.get("drop") and "sameAs" in decision:
                dropped[order_tuple(decision["order"])] = order_tuple(decision["sameAs"])
    shared = sc.broadcast(dropped)

    def slice_order(line):
        order = record_order(line)
        return shared.value.get(order, order)

    records = partials.filter(lambda line: not is_header(line))
    ordered = records.map(lambda line: (slice_order(line), line)).sortByKey(numPartitions=partitions).values()
    slices = ordered.getNumPartitions()
    # The key → entity join: each slice gets the key lines of the keys it uses, no more.
    wanted = ordered.mapPartitionsWithIndex(lambda index, lines: ((key, index) for key in slice_keys(lines)))
    key_lines = sc.textFile(os.path.join(work, "resolution")).filter(lambda line: line.startswith('{"id"')) \
        .map(lambda line: (json.loads(line)["key"], line))
    lookup = wanted.join(key_lines).map(lambda item: item[1]).partitionBy(slices, lambda index: index).values()
    lookup.saveAsTextFile(os.path.join(work, "lookup"))
    rows = os.path.join(work, "rows")
    os.makedirs(rows, exist_ok=True)
    settings = ["--rows-folder", rows, "--quiet"] + [item for option in options.option for item in ("--option", option)]

    def slice_rows(index, lines):
        arguments = ["merge-step", "rows", "-", "--slice", str(index), "--lookup", os.path.join(work, "lookup", "part-%05d" % index), *settings]
        return newskit_pipe(binary, arguments, [("--decisions", decisions)])(lines)

    usage = ordered.mapPartitionsWithIndex(slice_rows).map(lambda line: (json.loads(line)["entity"], line))
    reduced = usage.repartitionAndSortWithinPartitions(partitions).values() \
        .mapPartitions(newskit_pipe(binary, ["merge-step", "usage", "-", "--quiet"]))
    reduced.saveAsTextFile(os.path.join(work, "usage"))
    usage_files = sorted(name for name in os.listdir(os.path.join(work, "usage")) if name.startswith("part-"))
    return ["--slices", rows] + [item for name in usage_files for item in ("--usage", os.path.join(work, "usage", name))]


def check_single_task(options, documents):
    """Refuses formats written by one task (see SINGLE_TASK_LIMIT) on a corpus larger than
    --single-task-limit, before the entity stages and the write."""
    single = [name for name in options.format if name not in ROW_FORMATS]
    limit = options.single_task_limit
    if single and limit and documents > limit:
        raise RuntimeError(
            f"{', '.join(single)} {'is' if len(single) == 1 else 'are'} written by one task holding every document "
            f"(about 1.3 KB each) and the inputs hold {documents:,} documents, more than --single-task-limit {limit:,}. "
            "Write csv and geojson (their rows are written per partition), or raise --single-task-limit "
            "if one executor has the memory and the time (contrib/spark/README.md, \"Limits\").")


def check_formats(binary, names):
    """Refuses unknown format names before any stage runs, when the driver can run newskit too."""
    try:
        listing = subprocess.run([binary, "formats", "--json"], capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return  # newskit only on the executors: `newskit merge` checks at the end
    known = [entry["name"] for entry in json.loads(listing)]
    for name in names:
        if name != "all" and name not in known:
            raise UsageError(f"unknown format \"{name}\"; known: {', '.join(known)} (see `newskit formats`)", status=1)


def check_output(binary, options):
    """Refuses an --output that `newskit export` would refuse (an input, a folder holding files
    newskit did not write, the current folder...), before any stage runs: `newskit merge
    --check-output-only` applies the rules to the local inputs. Hadoop URIs are not compared."""
    local = [path for path in options.inputs if not urlparse(path).scheme]
    command = [binary, "merge", *(local or [os.devnull]), "--output", options.output, "--check-output-only", "--quiet"]
    command += [item for name in options.format for item in ("--format", name)]
    command += [item for option in options.option for item in ("--option", option)]
    command += ["--force"] if options.force else []
    try:
        checked = subprocess.run(command, capture_output=True, text=True)
    except OSError:
        return  # newskit only on the executors: `newskit merge` checks at the end
    if checked.returncode != 0:
        message = checked.stderr.strip().splitlines()
        # newskit's own status: 2 for an output that is or holds an input, 1 for a folder it will not replace
        raise UsageError((message[0] if message else "--output refused").removeprefix("Error: ").removeprefix("newskit: error: "),
                         status=checked.returncode)


class UsageError(Exception):
    """A problem found before any Spark stage ran, with the exit status `newskit` gives for it:
    1 for an unknown format (as `newskit export --format NAME`) or a folder it will not replace,
    2 for an --output that is or holds an input."""

    def __init__(self, message, status=2):
        super().__init__(message)
        self.status = status


def run_once(command):
    status = subprocess.run(command).returncode
    if status != 0:
        raise RuntimeError(f"{' '.join(command)} failed with exit status {status}")
    return [status]


def summary(error):
    """The line of a Spark failure that says what failed: newskit's exit (its own message is on
    the executor's standard error, above), else the first line."""
    lines = str(error).splitlines() or [repr(error)]
    for line in lines:
        if line.lstrip().startswith("RuntimeError:") and "failed with exit status" in line:
            return line.split("RuntimeError: ", 1)[1].strip() + " (newskit's message is above, on the executor's standard error)"
    return lines[0]


def main(argv):
    options = parse_arguments(argv)
    binary = os.path.abspath(options.newskit) if os.path.exists(options.newskit) else options.newskit
    try:
        check_formats(binary, options.format)
        check_output(binary, options)
    except UsageError as error:
        print(f"newskit_spark: error: {error}", file=sys.stderr)
        return error.status
    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName("newskit")
    if options.master:
        builder = builder.master(options.master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        run(spark.sparkContext, options)
    except Exception as error:  # noqa: BLE001 - one line for people, not a JVM trace
        print(f"newskit_spark: error: {summary(error)}", file=sys.stderr)
        return 1
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
