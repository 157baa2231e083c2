#!/usr/bin/env python3
"""Metadata dev loop (issue 3): list the title / byline / site / date misses of an
`eval extract` run with what Clipline got against the gold, or, given two runs, the pages
whose answers changed between them.

Usage: clipline eval extract --set ../shared/corpus/readability --format json > run.json
       python3 scripts/meta-misses.py run.json [title byline ...]
       python3 scripts/meta-misses.py --diff before.json after.json [title byline ...]
"""
import json, sys

FIELDS = ['title', 'byline', 'site_name', 'published']

def load(path):
    return json.load(open(path))

def totals(run):
    return {f: run.get(f) for f in ['title', 'byline', 'site_name', 'published_day']}

args = sys.argv[1:]
if args and args[0] == '--diff':
    before, after = load(args[1]), load(args[2])
    fields = args[3:] or FIELDS
    print('before', totals(before))
    print('after ', totals(after))
    old = {c['id']: c for c in before['cases']}
    for case in after['cases']:
        for f in fields:
            x, y = (old.get(case['id']) or {}).get(f), case.get(f)
            if x and y and x['got'] != y['got']:
                print(f"{case['id']} {f} {x['matched']} -> {y['matched']} | {x['got']!r} -> "
                      f"{y['got']!r} | gold {y['gold']!r}")
else:
    run = load(args[0])
    fields = args[1:] or FIELDS
    for f in fields:
        print('==', f, run.get(f if f != 'published' else 'published_day'))
        for case in run['cases']:
            x = case.get(f)
            if x and not x['matched']:
                print(f"{case['id']} | got {x['got']!r} | gold {x['gold']!r}")
