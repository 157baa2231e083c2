#!/usr/bin/env python3
"""Body-extraction dev loop (issue 3): run `clipline extract` on every WCXB dev page,
score the WCXB word F1 per page, and print the N worst pages with the gold lines that
were lost and the lines that were added, so the causes can be classified.

Usage: BIN=/path/to/clipline N=25 python3 scripts/body-failures.py OUT_DIR
       (SKIP=1 re-scores the texts already in OUT_DIR without extracting again)
The figures match `clipline eval extract --set ../shared/corpus/wcxb-dev`.
"""
import gzip, json, os, re, subprocess, sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
SET = os.environ.get('SET', os.path.join(os.path.dirname(__file__), '../../shared/corpus/wcxb-dev'))
BIN = os.environ.get('BIN', 'clipline')
OUT = sys.argv[1] if len(sys.argv) > 1 else 'body-failures'
os.makedirs(OUT, exist_ok=True)
tok = lambda s: [t.lower() for t in re.findall(r'\w+', s)]
def run(fid):
    gt = json.load(open(f'{SET}/ground-truth/{fid}.json'))
    html = gzip.open(f'{SET}/html/{fid}.html.gz').read()
    p = subprocess.run([BIN, 'extract', '-', '--url', gt.get('url') or 'https://x.example/', '--format', 'json'], input=html, capture_output=True)
    try: text = json.loads(p.stdout)['text']
    except Exception: text = ''
    open(f'{OUT}/{fid}.txt', 'w').write(text)
    return fid
ids = sorted(f[:4] for f in os.listdir(f'{SET}/html'))
if os.environ.get('SKIP') != '1':
    with ThreadPoolExecutor(2) as ex: list(ex.map(run, ids))
rows = []
for fid in ids:
    gt = json.load(open(f'{SET}/ground-truth/{fid}.json'))['ground_truth']
    gold = gt.get('main_content') or ''
    pred = open(f'{OUT}/{fid}.txt').read()
    g, p = Counter(tok(gold)), Counter(tok(pred))
    if not g: continue
    sh = sum((g & p).values())
    P = sh / max(1, sum(p.values())); R = sh / sum(g.values())
    F = 2*P*R/(P+R) if P+R else 0
    rows.append((F, P, R, fid, gold, pred))
print('mean F1 %.4f P %.4f R %.4f n=%d' % tuple([sum(r[i] for r in rows)/len(rows) for i in (0,1,2)] + [len(rows)]))
def lines(s): return [re.sub(r'\s+', ' ', l).strip() for l in s.split('\n') if l.strip()]
def norm(l): return ' '.join(tok(l))
N = int(os.environ.get('N', '25'))
rows.sort()
for F, P, R, fid, gold, pred in rows[:N]:
    gl, pl = lines(gold), lines(pred)
    gs, ps = set(map(norm, gl)), set(map(norm, pl))
    print(f'\n=== {fid} F1 {F:.3f} P {P:.3f} R {R:.3f} pred {len(tok(pred))} gold {len(tok(gold))}')
    lost = [l for l in gl if norm(l) not in ps and norm(l)]
    added = [l for l in pl if norm(l) not in gs and norm(l)]
    for l in lost[:6]: print('  - ', l[:140])
    if len(lost) > 6: print(f'  - ... {len(lost)-6} more lost')
    for l in added[:6]: print('  + ', l[:140])
    if len(added) > 6: print(f'  + ... {len(added)-6} more added')
