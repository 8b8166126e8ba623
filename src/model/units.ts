import type { Dataset, OrgUnit } from '../data/schema';

/**
 * The units as a tree, depth first in the file's order: each unit under its parent. A multi-year file may hold
 * units of both eras (districts before 1 July 2025, communes and wards after); each sits where its parent says.
 */
export function unitTree(dataset: Dataset): { unit: OrgUnit; depth: number }[] {
  const ids = new Set(dataset.orgUnits.map((u) => u.id));
  const children = new Map<string | null, OrgUnit[]>();
  for (const u of dataset.orgUnits) {
    const parent = u.parent !== undefined && ids.has(u.parent) && u.parent !== u.id ? u.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: { unit: OrgUnit; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const unit of children.get(parent) ?? []) {
      if (seen.has(unit.id)) continue; // a loop of parents is shown once, not for ever
      seen.add(unit.id);
      out.push({ unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  // units caught in a loop of parents (none is a root) still appear
  for (const unit of dataset.orgUnits) if (!seen.has(unit.id)) out.push({ unit, depth: 0 });
  return out;
}
