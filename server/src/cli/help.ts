import { EXPORT_FORMATS, IMPORT_FORMATS } from '../../../shared/src/formats/index.ts'

const WHERE = `
  Wo die Karte liegt / where the map is:
    --data-dir DIR     Speicher des Servers direkt (Standard: $DATA_DIR oder ./data).
                       The server's storage directly (default: $DATA_DIR or ./data).
    --server URL       Ein laufender Server, z. B. https://karte.example.org
                       A running server, e.g. https://karte.example.org
    --token T          Bearbeitungs- oder Ansichtstoken (der Teil nach #t= im Link);
                       besser über die Umgebungsvariable QUARTIERSNETZ_TOKEN.
                       Edit or view token (the part after #t= in the link);
                       better through the environment variable QUARTIERSNETZ_TOKEN.`

export const HELP: Readonly<Record<string, string>> = {
  main: `quartiersnetz – Netzwerkkarten ein- und auslesen / read and write network maps

Aufruf / usage:
  npx quartiersnetz <Befehl/command> [Optionen/options]

Befehle / commands:
  export <mapId> --format F   Karte als Datei ausgeben / write a map as a file
  import <mapId> <Datei…>     Datei in eine Karte übernehmen / bring a file into a map
  list                        Karten im Datenverzeichnis auflisten / list the maps of a data directory
  create --title T            Neue Karte anlegen / create a new map

  npx quartiersnetz <Befehl> --help   Hilfe zu einem Befehl / help on one command

Exit-Codes: 0 erledigt / done, 1 fehlgeschlagen / failed, 2 falsche Angaben / bad arguments.
`,
  export: `quartiersnetz export <mapId> --format F [Optionen]

Gibt eine Karte als Datei aus, standardmäßig auf die Standardausgabe.
Writes a map as a file, to standard output by default.

  --format F         ${EXPORT_FORMATS.join(', ')}
  --out DATEI        In diese Datei schreiben (nötig für xlsx im Terminal).
                     Write to this file (required for xlsx in a terminal).
  --dialect D        Nur CSV / CSV only: excel-de (Standard: ";" mit BOM, für deutsches Excel)
                     oder rfc4180 ("," ohne BOM) / or rfc4180 ("," without BOM).
  --lang de|en       Sprache der Spalten und Wörter / language of headers and words (de).
${WHERE}

Beispiele / examples:
  npx quartiersnetz export AbCdEfGhIjKlMnOpQrStUv --format graphml > karte.graphml
  npx quartiersnetz export AbCdEfGhIjKlMnOpQrStUv --format xlsx --out karte.xlsx \\
      --server https://karte.example.org --token "$TOKEN"
`,
  import: `quartiersnetz import <mapId> <Datei> [<Datei>] [Optionen]

Übernimmt Akteure und Verbindungen aus einer Datei in eine Karte – alles in einem Schritt,
den alle Verbundenen sofort sehen. Brings actors and links from a file into a map, in one
step that everyone connected sees at once.

  --format F         ${IMPORT_FORMATS.join(', ')} (sonst aus der Dateiendung / else from the
                     file extension). Bei csv gehen zwei Dateien (Akteure + Verbindungen).
                     For csv, two files work (actors + links).
  --duplicates M     merge (Standard: gleiche Namen zusammenführen / merge equal names)
                     oder skip (vorhandene nicht ändern / leave existing ones alone).
  --dry-run          Nur prüfen und berichten, nichts ändern. Check and report, change nothing.
  --json             Den Bericht als JSON ausgeben / print the report as JSON.
  --lang de|en       Sprache des Berichts / language of the report.
${WHERE}

  Läuft ein Server auf demselben Datenverzeichnis, schreibt --data-dir nicht (der Server
  hält die Karte im Speicher): dann --server und --token verwenden.
  While a server runs on the same data directory, --data-dir does not write (the server
  holds the map in memory): use --server and --token then.

Beispiele / examples:
  npx quartiersnetz import AbCdEfGhIjKlMnOpQrStUv akteure.csv verbindungen.csv --dry-run
  npx quartiersnetz import AbCdEfGhIjKlMnOpQrStUv netz.graphml --server http://localhost:8080
`,
  list: `quartiersnetz list [--data-dir DIR] [--json]

Listet die Karten eines Datenverzeichnisses: ID, Titel, Sozialraum, angelegt am.
Tokens werden nie gezeigt (gespeichert sind nur ihre Hashes).
Lists the maps of a data directory: id, title, area, created. Tokens are never shown (only
their hashes are stored).

  --data-dir DIR     Standard / default: $DATA_DIR oder / or ./data
  --json             Als JSON ausgeben / print as JSON.
`,
  create: `quartiersnetz create --title T [--area A] [Optionen]

Legt eine neue, leere Karte an und zeigt ihre Links EINMAL – sie lassen sich nicht wieder
anzeigen. Creates a new, empty map and shows its links ONCE – they cannot be shown again.

  --title T          Titel der Karte / title of the map (1–200 Zeichen / characters)
  --area A           Sozialraum, z. B. Köln-Mülheim / neighbourhood
  --public-url URL   Basis der Links (Standard: $PUBLIC_URL oder http://localhost:$PORT)
                     Base of the links (default: $PUBLIC_URL or http://localhost:$PORT)
  --json             Als JSON ausgeben / print as JSON.
  --data-dir DIR | --server URL   wie bei export / as for export
`,
}
