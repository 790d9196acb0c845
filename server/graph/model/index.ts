/**
 * The declarations of the API's graph types, one file each in this folder: what each field of
 * a node type, edge type or interface reads. Everything that reads the graph field by field
 * or compiles a request is derived from this list.
 */
import { ADHESION } from './adhesion.ts';
import { AUTRE_ORGANISME } from './autre-organisme.ts';
import { COLLECTIVITE } from './collectivite.ts';
import { COMMUNE } from './commune.ts';
import { DEPARTEMENT } from './departement.ts';
import { DISTRIBUTION } from './distribution.ts';
import { EDITEUR } from './editeur.ts';
import { EPCI } from './epci.ts';
import { FEDERATION } from './federation.ts';
import type { FieldModel, TypeModel } from './fields.ts';
import { LOGICIEL } from './logiciel.ts';
import { OPSN } from './opsn.ts';
import { PARTENAIRE } from './partenaire.ts';
import { PARTENARIAT } from './partenariat.ts';
import { REGION } from './region.ts';
import { SERVICE } from './service.ts';

export const DECLARATIONS = [
  COLLECTIVITE,
  COMMUNE,
  EPCI,
  DEPARTEMENT,
  REGION,
  AUTRE_ORGANISME,
  OPSN,
  FEDERATION,
  EDITEUR,
  LOGICIEL,
  SERVICE,
  PARTENAIRE,
  ADHESION,
  DISTRIBUTION,
  PARTENARIAT,
] as const;

export type Declaration = (typeof DECLARATIONS)[number];

/** A field of a type with the declaration it is declared in (the type's own, or an interface's). */
export interface DeclaredField {
  field: string;
  model: FieldModel;
  declaredBy: string;
}

/** Every field of a type, its interfaces' first. */
export function fieldsOf(type: TypeModel): DeclaredField[] {
  return [
    ...type.inherits.flatMap(fieldsOf),
    ...Object.entries(type.fields).map(([field, model]) => ({
      field,
      model,
      declaredBy: type.name,
    })),
  ];
}

/** The model as a table: type name → its declaration. */
export type Model = ReadonlyMap<string, TypeModel>;

export const modelOf = (declarations: readonly TypeModel[]): Model =>
  new Map(declarations.map((type) => [type.name, type]));

export const MODEL: Model = modelOf(DECLARATIONS);
