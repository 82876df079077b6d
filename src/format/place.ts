/**
 * The unit and indicator of the report a finding belongs to, looked up in an index made once per
 * report (finding each by a scan of the units made a report of 4,000 units and 60,000 findings
 * quadratic).
 */
import type { Finding, Report } from '../types.js';
import { pairKey } from '../util/group.js';

type Unit = Report['units'][number];
type Indicator = Unit['indicators'][number];
interface Index {
  units: Map<string, Unit>;
  indicators: Map<string, Indicator>;
}

const indexes = new WeakMap<Report, Index>();

function indexOf(report: Report): Index {
  let ix = indexes.get(report);
  if (!ix) {
    ix = { units: new Map(), indicators: new Map() };
    for (const u of report.units) {
      // The first of a name wins, as Array.find did.
      if (!ix.units.has(u.name)) ix.units.set(u.name, u);
      for (const i of u.indicators) {
        const k = pairKey(u.name, i.code);
        if (!ix.indicators.has(k) && ix.units.get(u.name) === u) ix.indicators.set(k, i);
      }
    }
    indexes.set(report, ix);
  }
  return ix;
}

export function placeOf(report: Report, f: Pick<Finding, 'unit' | 'indicator'>): { u: Unit | undefined; ind: Indicator | undefined } {
  const ix = indexOf(report);
  const u = f.unit === null ? undefined : ix.units.get(f.unit);
  const ind = u ? ix.indicators.get(pairKey(u.name, f.indicator)) : undefined;
  return { u, ind };
}
