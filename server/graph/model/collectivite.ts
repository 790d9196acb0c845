/** What every collectivité has (the Collectivite interface), declared once for its five types. */
import { isSimulated } from '../simulated.ts';
import { derived, edges, interfaceType, outTo, stored } from './fields.ts';

const ADHESION = { type: 'Adhesion', self: 'collectivite', other: 'opsn' } as const;

export const COLLECTIVITE = interfaceType('Collectivite', {
  id: stored<string>(),
  nom: stored<string>(),
  source: stored<string>(),
  simule: derived(['source'], isSimulated),
  adhesions: edges(outTo('ADHERE_A', 'Opsn'), ADHESION),
  adhesionsTerminees: edges(
    outTo('ADHERAIT_A', 'Opsn', (n, r) => `${r}.fin DESC, ${n}.nom, ${n}.id`),
    ADHESION,
  ),
});
