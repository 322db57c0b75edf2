#!/usr/bin/env python3
"""Cyclical moments of total employment, and their mapping to vetsim's monthly AR(1) demand cycle.
Written for docs/business-cycle.md. numpy + scipy only.

Data (copies kept in public GitHub repositories; put the files in DATA):
  Employment_FRED.csv, datastream_employment.csv : marina-khi/multiscale_inference,
      Multiple_trends/Code/data/  (FRED download of 2021-11-12: OECD Main Economic Indicators,
      LFEMTTTTxxQ647S, employed persons 15+, quarterly, s.a.; and a Refinitiv Datastream extract)
  PAYEMS.csv  : open-datahub/unemployment (BLS CES total nonfarm payroll jobs, monthly, s.a., to 2023-11)
  JTSJOL.csv  : HadleyBN/adv-econometrics (BLS JOLTS job openings, index Dec 2000 = 100, Dec 2000-Dec 2019)
  pwt101.csv  : jivizcaino/PWT10.1 (Penn World Table, `emp`, annual, millions, to 2019)
"""
import csv, sys
import numpy as np
from scipy.optimize import brentq
from scipy.sparse import diags, identity
from scipy.sparse.linalg import spsolve, splu

DATA = sys.argv[1] if len(sys.argv) > 1 else '/tmp/bc'

# ---- filters and statistics ----
def hp(y, lam):
    n = len(y)
    D = diags([np.ones(n-2), -2*np.ones(n-2), np.ones(n-2)], [0, 1, 2], shape=(n-2, n))
    return y - spsolve((identity(n) + lam*(D.T@D)).tocsc(), y)
def ac(x, lag=1):
    x = x - x.mean(); return float((x[lag:]*x[:-lag]).sum()/(x*x).sum())
def moments(t, v, a, b, lam):
    m = (t >= a) & (t < b+1); c = hp(np.log(v[m]), lam)
    return 100*c.std(), ac(c), t[m][0], t[m][-1], m.sum()

# ---- monthly AR(1) <-> quarterly averages ----
def qac(r):    # lag-1 autocorrelation of 3-month averages of an AR(1) with coefficient r
    return sum(r**abs(3+j-i) for i in range(3) for j in range(3))/sum(r**abs(i-j) for i in range(3) for j in range(3))
def qvar(r):   # variance of a 3-month average / variance of the monthly AR(1)
    return sum(r**abs(i-j) for i in range(3) for j in range(3))/9
def direct(sd_q, a_q):
    """AR(1) whose own (unfiltered) quarterly averages have the data's HP-cycle sd and lag-1 autocorrelation."""
    r = brentq(lambda x: qac(x) - a_q, 1e-6, 0.999999)
    sd_m = sd_q/np.sqrt(qvar(r))
    return r, sd_m*np.sqrt(1 - r*r)/100, sd_m

def indirect_table(nq=116, reps=300, seed=1):
    """HP(1600)-filtered quarterly averages of simulated monthly AR(1)s: sd per unit sigma and lag-1 autocorr."""
    rng = np.random.default_rng(seed); n = nq
    D = diags([np.ones(n-2), -2*np.ones(n-2), np.ones(n-2)], [0, 1, 2], shape=(n-2, n))
    lu = splu((identity(n) + 1600*(D.T@D)).tocsc())
    for r in [0.80, 0.90, 0.95, 0.97, 0.98, 0.99, 1.0]:
        sds, acs = [], []
        for _ in range(reps):
            e = rng.standard_normal(3*nq + 600); d = np.zeros_like(e)
            for k in range(1, len(e)): d[k] = r*d[k-1] + e[k]
            q = d[600:].reshape(nq, 3).mean(1); c = q - lu.solve(q)
            sds.append(c.std()); acs.append(ac(c))
        print(f"  rho_m={r:.2f}: HP sd/sigma={np.mean(sds):.2f}  HP ac1={np.mean(acs):.3f}")

# ---- data readers ----
def fred_q(cc):
    rows = list(csv.reader(open(f'{DATA}/Employment_FRED.csv'), delimiter=';'))
    j = rows[0].index(f'LFEMTTTT{cc}Q647S'); t, v = [], []
    for r in rows[1:]:
        if len(r) > j and r[j].strip():
            y, mo, _ = r[0].split('-'); t.append(int(y) + (int(mo)-1)//3/4); v.append(float(r[j].replace(',', '.')))
    return np.array(t), np.array(v)
def ds_q(col):
    rows = list(csv.reader(open(f'{DATA}/datastream_employment.csv', encoding='utf-8-sig'), delimiter=';'))
    j = rows[0].index(col); t, v = [], []
    for r in rows[1:]:
        if len(r) > j and r[j].strip():
            q, y = r[0].split(); t.append(int(y) + (int(q[1])-1)/4); v.append(float(r[j].replace(',', '.')))
    return np.array(t), np.array(v)
def payems_m():
    rows = list(csv.reader(open(f'{DATA}/PAYEMS.csv')))[1:]
    return (np.array([int(r[0][:4]) + (int(r[0][5:7])-1)/12 for r in rows]), np.array([float(r[1]) for r in rows]))
def m_to_q(t, v):
    i0 = int(np.argmax(np.isclose((t*12) % 3, 0)))
    n = (len(v) - i0)//3
    return np.floor(t[i0:i0+3*n:3]) + ((t[i0:i0+3*n:3] % 1)*4).round()/4, v[i0:i0+3*n].reshape(n, 3).mean(1)
def pwt(cc):
    t, v = [], []
    for r in csv.DictReader(open(f'{DATA}/pwt101.csv', encoding='utf-8-sig')):
        if r['countrycode'] == cc and r['emp']: t.append(int(r['year'])); v.append(float(r['emp']))
    return np.array(t), np.array(v)
def break_adjust(t, v, breaks):   # replace log growth at break quarters by the local median
    g = np.diff(np.log(v)); tt = t[1:]
    for b in breaks:
        i = int(np.where(np.isclose(tt, b))[0][0]); w = [k for k in range(max(0, i-4), min(len(g), i+5)) if k != i]
        g[i] = np.median(g[w])
    return t, np.exp(np.log(v[0]) + np.concatenate([[0], np.cumsum(g)]))

DE_BREAKS = [1998.0, 2005.0, 2006.0, 2009.75, 2010.0, 2016.0]   # German LFS (Mikrozensus) level shifts

if __name__ == '__main__':
    print('Quarterly HP(1600) cycle of log employment, 1991Q1-2019Q4, and the direct AR(1) mapping')
    t, v = fred_q('DE')
    series = [('USA  BLS CES payroll jobs', m_to_q(*payems_m())),
              ('USA  OECD MEI (CPS persons)', fred_q('US')),
              ('JPN  OECD MEI (LFS)', fred_q('JP')),
              ('GBR  OECD MEI (LFS)', fred_q('GB')),
              ('CHE  Datastream', ds_q('CHE')),
              ('DEU  OECD MEI (LFS) raw', (t, v)),
              ('DEU  OECD MEI break-adjusted', break_adjust(t, v, DE_BREAKS))]
    for name, (t, v) in series:
        sd, a1, t0, t1, n = moments(t, v, 1991, 2019, 1600); r, sig, sdm = direct(sd, a1)
        print(f"  {name:30s} {t0:.2f}-{t1:.2f} n={n}: sd={sd:.2f}% ac1={a1:.3f} -> rho_m={r:.4f} sigma={sig:.5f}"
              f" (a_q^(1/3)={a1**(1/3):.4f}; indirect sigma=sd/2.05={sd/205:.5f})")
    t, v = payems_m(); sd, a1, *_ = moments(t, v, 1991, 2019, 129600)
    print(f"  USA CES monthly HP(129600): sd={sd:.2f}% ac1_m={a1:.4f} -> sigma={sd/100*np.sqrt(1-a1*a1):.5f}")
    print('Annual PWT `emp`, HP(6.25), 1991-2019')
    for cc in ['USA', 'JPN', 'GBR', 'CHE', 'DEU', 'KOR', 'UZB']:
        t, v = pwt(cc); sd, a1, *_ = moments(t, v, 1991, 2019, 6.25); sd2, _, *_ = moments(t, v, 2000, 2019, 6.25)
        print(f"  {cc}: sd={sd:.2f}% ac1={a1:.2f}  (2000-2019 sd={sd2:.2f}%)")
    print('US job openings (JOLTS) added to payroll jobs, 2001-2019')
    idx = np.array([float(x) for x in open(f'{DATA}/JTSJOL.csv').read().split()[1:]])
    tj = 2000 + 11/12 + np.arange(len(idx))/12; lev = idx*7200/idx[(tj >= 2019) & (tj < 2020)].mean()  # 2019 mean ~7.2m (approx.)
    tp, vp = payems_m(); m = (tp >= 2001) & (tp < 2020); mj = (tj >= 2001) & (tj < 2020)
    for name, s in [('jobs', vp[m]), ('jobs + openings', vp[m] + lev[mj])]:
        tq, q = m_to_q(tp[m], s); c = hp(np.log(q), 1600); print(f"  {name:16s} sd={100*c.std():.2f}% ac1={ac(c):.3f}")
    print('Indirect mapping (simulated AR(1), quarterly averages, HP 1600, 116 quarters)'); indirect_table()
