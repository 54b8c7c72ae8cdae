/*
 * The texts of the toolbar's import button, registered with i18next beside the core texts
 * (de.ts/en.ts) under `dataExchange`; the dialog brings its own (dialog-texts.ts).
 */
import i18next from 'i18next'

export const dataExchangeDe = {
  import: 'Importieren',
  importHint: 'Akteure und Verbindungen aus CSV, Excel, JSON oder GraphML übernehmen',
  chooseFiles: 'Dateien zum Importieren',
}

export const dataExchangeEn: typeof dataExchangeDe = {
  import: 'Import',
  importHint: 'Bring in actors and links from CSV, Excel, JSON or GraphML',
  chooseFiles: 'Files to import',
}

i18next.addResourceBundle('de', 'translation', { dataExchange: dataExchangeDe }, true, false)
i18next.addResourceBundle('en', 'translation', { dataExchange: dataExchangeEn }, true, false)
