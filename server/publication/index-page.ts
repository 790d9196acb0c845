/**
 * The listing of the published files: a JSON document (`index.json`, for programs) and the
 * same as a page in French (`index.html`, served at `/donnees/`). The page has no script and
 * no inline style (the server's Content-Security-Policy forbids both: its stylesheet is a
 * file beside it), and every text in it is escaped; the provenances come from the data.
 */
import { DATASETS } from './datasets.ts';
import type { DatasetStats } from './writers.ts';

export interface PublishedFile {
  nom: string;
  titre: string;
  description: string;
  lignes: number;
  provenances: DatasetStats['sources'];
  csv: { chemin: string; octets: number };
  json: { chemin: string; octets: number };
  schema: string;
}

export interface PublishedIndex {
  titre: string;
  description: string;
  revision_graphe: number;
  genere_le: string;
  format_csv: Record<string, string>;
  fichiers: PublishedFile[];
}

export const CSV_FORMAT = {
  encodage: 'UTF-8 (sans BOM)',
  separateur: ',',
  fin_de_ligne: 'LF (\\n)',
  guillemets:
    'RFC 4180 : une valeur contenant une virgule, un guillemet ou un saut de ligne est entre guillemets, ses guillemets doublés',
  valeurs_vides: 'cellule vide',
  formules:
    "un texte commençant par =, +, -, @, une tabulation ou un retour chariot est précédé d'une apostrophe (') pour qu'un tableur ne l'exécute pas ; le fichier JSON garde la valeur exacte",
};

export function indexDocument(input: {
  revision: number;
  generatedAt: Date;
  stats: ReadonlyMap<string, DatasetStats>;
}): PublishedIndex {
  return {
    titre: 'Maillage — le réseau des opérateurs publics de services numériques en données ouvertes',
    description:
      "Fichiers régénérés depuis le graphe courant. Chaque ligne porte sa provenance (source) et sa date de modification quand elle est connue. Les données simulées du graphe de démonstration n'y figurent jamais.",
    revision_graphe: input.revision,
    genere_le: input.generatedAt.toISOString(),
    format_csv: CSV_FORMAT,
    fichiers: DATASETS.map((dataset) => {
      const stats = input.stats.get(dataset.name);
      if (!stats) throw new Error(`Missing dataset ${dataset.name}`);
      return {
        nom: dataset.name,
        titre: dataset.title,
        description: dataset.description,
        lignes: stats.rows,
        provenances: stats.sources,
        csv: { chemin: `${dataset.name}.csv`, octets: stats.csvBytes },
        json: { chemin: `${dataset.name}.json`, octets: stats.jsonBytes },
        schema: `${dataset.name}.schema.json`,
      };
    }),
  };
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside an element or a quoted attribute. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A column's description (Markdown in the schema): escaped, its `code` spans as <code>. */
const describe = (text: string) =>
  escapeHtml(text).replace(/`([^`]+)`/g, (_, code: string) => `<code>${code}</code>`);

const FORMAT_LABELS: Record<string, string> = {
  encodage: 'Encodage',
  separateur: 'Séparateur',
  fin_de_ligne: 'Fin de ligne',
  guillemets: 'Guillemets',
  valeurs_vides: 'Valeurs vides',
  formules: 'Formules de tableur',
};

const number = (n: number) => new Intl.NumberFormat('fr-FR').format(n).replace(/\u202f/g, ' ');

function size(bytes: number): string {
  if (bytes < 1024) return `${number(bytes)} o`;
  if (bytes < 1024 * 1024) return `${number(Math.round(bytes / 1024))} Ko`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} Mo`;
}

/** Shown per file; the others are counted in index.json. */
const SHOWN_SOURCES = 10;

function fileSection(file: PublishedFile): string {
  const e = escapeHtml;
  const dataset = DATASETS.find((d) => d.name === file.nom)!;
  const columns = dataset.fields
    .map(
      (f) =>
        `<tr><th scope="row"><code>${e(f.name)}</code></th><td>${e(f.type)}</td><td>${describe(f.description)}</td></tr>`,
    )
    .join('\n');
  const sources = file.provenances
    .slice(0, SHOWN_SOURCES)
    .map((s) => `<li><code>${e(s.source)}</code> : ${number(s.lignes)} lignes</li>`)
    .join('\n');
  const more = file.provenances.length - SHOWN_SOURCES;
  return `<section id="${e(file.nom)}">
<h2>${e(file.titre)}</h2>
<p>${e(file.description)}</p>
<p>${number(file.lignes)} lignes.</p>
<ul class="fichiers">
<li><a href="${e(file.csv.chemin)}" download>${e(file.csv.chemin)}</a> (CSV, ${size(file.csv.octets)})</li>
<li><a href="${e(file.json.chemin)}" download>${e(file.json.chemin)}</a> (JSON, ${size(file.json.octets)})</li>
<li><a href="${e(file.schema)}">${e(file.schema)}</a> (description des colonnes, Table Schema)</li>
</ul>
${sources ? `<h3>Provenances</h3>\n<ul>\n${sources}${more > 0 ? `\n<li>et ${number(more)} autres (voir index.json)</li>` : ''}\n</ul>` : ''}
<details>
<summary>Colonnes</summary>
<table>
<thead><tr><th scope="col">Colonne</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead>
<tbody>
${columns}
</tbody>
</table>
</details>
</section>`;
}

/**
 * Where a reader finds what: each dataset's content, said once for the page. A dataset the
 * list does not name (added later) is shown with its own description only.
 */
export const WHAT_EACH_FILE_HOLDS: Readonly<Record<string, string>> = {
  operateurs:
    'les opérateurs, avec leurs faits publics (SIREN, forme juridique, statut au registre de l’ANCT…)',
  adhesions: 'les adhésions statutaires en cours des collectivités aux opérateurs',
  'collectivites-servies':
    'les collectivités que chaque opérateur sert, directement ou par leur EPCI',
  'services-proposes':
    'les métiers que chaque opérateur propose (cybersécurité, outils collaboratifs, SIG…) : ceux qu’il déclare, et ceux que couvrent les services du registre de l’ANCT qu’il offre (provenance : le fichier du registre)',
  usages: 'les services du registre de l’ANCT utilisés par chaque collectivité',
  distributions:
    'les logiciels que chaque opérateur distribue, avec leur mode ; chaque service du registre de l’ANCT qu’un opérateur offre y figure aussi, en mode SUPPORT (le registre ne dit pas comment)',
};

function whatEachFileHolds(files: PublishedFile[]): string {
  const e = escapeHtml;
  const items = files
    .filter((file) => WHAT_EACH_FILE_HOLDS[file.nom])
    .map(
      (file) =>
        `<li><a href="#${e(file.nom)}"><code>${e(file.nom)}</code></a> : ${e(WHAT_EACH_FILE_HOLDS[file.nom]!)}</li>`,
    )
    .join('\n');
  return items ? `<h2>Quel fichier contient quoi</h2>\n<ul>\n${items}\n</ul>` : '';
}

const DATE_TIME_FR = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

/** « 7 décembre 2026 à 16:20 (heure de Paris) »; the text as given when it is no date. */
function dateTimeFr(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${DATE_TIME_FR.format(date)} (heure de Paris)`;
}

export function renderIndexHtml(index: PublishedIndex): string {
  const e = escapeHtml;
  const format = Object.entries(index.format_csv)
    .map(([key, value]) => `<li>${e(FORMAT_LABELS[key] ?? key)} : ${e(value)}</li>`)
    .join('\n');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Données ouvertes — Maillage</title>
<link rel="stylesheet" href="donnees.css">
<link rel="alternate" type="application/json" href="index.json">
<link rel="alternate" type="application/atom+xml" title="Changements du réseau (Atom)" href="changements.atom">
<link rel="alternate" type="application/feed+json" title="Changements du réseau (JSON Feed)" href="changements.json">
</head>
<body>
<main>
<p><a href="/">← Retour à Maillage</a> (les pages de l’application, ses tableaux et ses exports pour tableur)</p>
<h1>${e(index.titre)}</h1>
<p>${e(index.description)}</p>
<p>Révision du graphe ${number(index.revision_graphe)}, fichiers générés le <time datetime="${e(index.genere_le)}">${e(dateTimeFr(index.genere_le))}</time>. La même liste pour les programmes : <a href="index.json">index.json</a>.</p>
${whatEachFileHolds(index.fichiers)}
<h2>Les changements du réseau</h2>
<p>Les 100 derniers changements enregistrés (adhésions, appartenances à un EPCI, offres, distributions et usages qui commencent ou prennent fin), sans rien de simulé, en flux <a href="changements.atom" data-testid="flux-atom">Atom</a> et <a href="changements.json" data-testid="flux-json">JSON Feed</a> ; <code>?opsn=…</code>, <code>?departement=…</code> et <code>?service=…</code> les restreignent.</p>
<h2>Format des fichiers CSV</h2>
<ul>
${format}
</ul>
${index.fichiers.map(fileSection).join('\n')}
</main>
</body>
</html>
`;
}

export const INDEX_CSS = `body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0; color: #1e1e1e; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
section { border-top: 1px solid #ccc; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.25rem 0.5rem; border-bottom: 1px solid #eee; }
code { overflow-wrap: anywhere; }
a { color: #000091; }
`;
