import { type Sector, SECTOR } from '../lexicon/organizations';
import { type Entity } from './entity-store';

/** An organisation's sector, from a word of its name ("energy ministry", "Police") or, failing that, its roles. */
export const sectorOf = (entity: Entity): Sector | undefined =>
  entity.padded
    .trim()
    .split(' ')
    .map((word) => SECTOR.get(word))
    .find(Boolean) ?? entity.roles.map((role) => SECTOR.get(role)).find(Boolean);

/** Whether a description with this head noun can stand for the organisation. */
export const sectorFits = (entity: Entity, head: string): boolean => {
  const wanted = SECTOR.get(head);
  const actual = sectorOf(entity);
  return !wanted || !actual || wanted === actual;
};
