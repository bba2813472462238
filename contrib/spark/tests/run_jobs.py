#!/usr/bin/env python3
"""Runs several newskit_spark jobs in one Spark session (one JVM start), for the test suite:

    python3 contrib/spark/tests/run_jobs.py --newskit PATH --master local[2] JOBS.json

JOBS.json is a list of {"inputs": [...], "formats": [...], "output": PATH, "partitions": N},
each with an optional "work": DIR (`--work`, kept for inspection), "arguments": [...] (more
command-line arguments) and "error": PATH (the job is expected to fail: its message goes there).
Each job runs exactly what `newskit_spark.py` runs from the command line.
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import newskit_spark  # noqa: E402


def main(argv):
    jobs_file = argv[-1]
    flags = argv[:-1]
    jobs = json.load(open(jobs_file, encoding="utf-8"))
    from pyspark.sql import SparkSession
    master = flags[flags.index("--master") + 1] if "--master" in flags else "local[2]"
    spark = SparkSession.builder.appName("newskit-tests").master(master).getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        for job in jobs:
            arguments = list(job["inputs"]) + ["--output", job["output"], "--partitions", str(job["partitions"])]
            for name in job["formats"]:
                arguments += ["--format", name]
            arguments += ["--newskit", flags[flags.index("--newskit") + 1]]
            if "work" in job:
                arguments += ["--work", job["work"]]
            arguments += job.get("arguments", [])
            try:
                newskit_spark.run(spark.sparkContext, newskit_spark.parse_arguments(arguments))
            except Exception as error:  # noqa: BLE001 - the test reads the message
                if "error" not in job:
                    raise
                with open(job["error"], "w", encoding="utf-8") as out:
                    out.write(newskit_spark.summary(error))
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
