// The 17 rare earth elements. Names, symbols and atomic numbers are IUPAC's. The light/heavy class
// is the USGS one as stated by Cordier (USGS) in EARTH Magazine: light = atomic numbers 57–64
// (La–Gd), heavy = 65–71 (Tb–Lu) plus Y, Sc neither. Other authorities' classes and per-element
// uses are added only once verified against their source (none yet; see the dataset report).
import { usgsCordierEarth2011 } from './sources';
import type { ElementGroup, RareEarthElement } from './types';

function element(name: string, symbol: string, atomicNumber: number, usgsGroup: ElementGroup): RareEarthElement {
  return {
    name,
    symbol,
    atomicNumber,
    classifications: [{ authority: 'USGS', group: usgsGroup, source: usgsCordierEarth2011 }],
    primaryUses: [],
  };
}

/** Ordered by atomic number. */
export const elements: readonly RareEarthElement[] = [
  element('Scandium', 'Sc', 21, 'neither'),
  element('Yttrium', 'Y', 39, 'heavy'),
  element('Lanthanum', 'La', 57, 'light'),
  element('Cerium', 'Ce', 58, 'light'),
  element('Praseodymium', 'Pr', 59, 'light'),
  element('Neodymium', 'Nd', 60, 'light'),
  element('Promethium', 'Pm', 61, 'light'),
  element('Samarium', 'Sm', 62, 'light'),
  element('Europium', 'Eu', 63, 'light'),
  element('Gadolinium', 'Gd', 64, 'light'),
  element('Terbium', 'Tb', 65, 'heavy'),
  element('Dysprosium', 'Dy', 66, 'heavy'),
  element('Holmium', 'Ho', 67, 'heavy'),
  element('Erbium', 'Er', 68, 'heavy'),
  element('Thulium', 'Tm', 69, 'heavy'),
  element('Ytterbium', 'Yb', 70, 'heavy'),
  element('Lutetium', 'Lu', 71, 'heavy'),
];
