#!/usr/bin/env python3
"""Writes a large .warc.gz for bench/warc.sh: the fixture pages of Tests/CoreTests/Fixtures/html
repeated under distinct URLs, one gzip member per record, with a request record and every
tenth page as an image response (skipped by newskit), as a crawl has them.

  python3 bench/make-warc.py OUT.warc.gz PAGES
"""
import gzip, io, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = os.path.join(ROOT, "Tests/CoreTests/Fixtures/html")


def record(kind, url, number, content_type, block):
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{number:012d}>\r\n"
            f"WARC-Date: 2024-03-06T10:00:00Z\r\nWARC-Target-URI: {url}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return gzip.compress(head + block + b"\r\n\r\n", compresslevel=6, mtime=0)


def main():
    out, count = sys.argv[1], int(sys.argv[2])
    pages = [open(os.path.join(PAGES, n), "rb").read() for n in sorted(os.listdir(PAGES))]
    number = 0
    with open(out, "wb") as f:
        for i in range(count):
            url = f"https://bench.example/story/{i}"
            number += 1
            f.write(record("request", url, number, "application/http; msgtype=request", f"GET /story/{i} HTTP/1.1\r\nHost: bench.example\r\n\r\n".encode()))
            number += 1
            if i % 10 == 9:
                body, ctype = b"\x89PNG\r\n\x1a\n" + bytes(2000), "image/png"
            else:
                body, ctype = pages[i % len(pages)], "text/html; charset=utf-8"
                if i % len(pages) == 1:  # the windows-1252 page
                    ctype = "text/html"
            http = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
            f.write(record("response", url, number, "application/http; msgtype=response", http))


if __name__ == "__main__":
    main()
