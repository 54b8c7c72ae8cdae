/*
 * Texts of the dot vote bar: registered with i18next when the vote bar's chunk loads (only
 * while a vote exists), so they do not weigh on the map's first load.
 */
import i18next from 'i18next'

export const voteDe = {
  refused: {
    'invalid-message': 'Das hat der Server nicht verstanden.',
    'not-identified': 'Bitte geben Sie zuerst Ihren Namen an.',
    'not-allowed': 'Mit einem Link zum Ansehen kann man nicht abstimmen.',
    'vote-closed': 'Die Abstimmung ist schon beendet.',
    'unknown-record': 'Das gibt es auf der Karte nicht mehr.',
    'no-dots-left': 'Sie haben keine Punkte mehr.',
    'no-dot-to-remove': 'Dort haben Sie keinen Punkt gesetzt.',
  },
  voteBar: 'Abstimmung',
  voteRemaining: 'Sie haben noch {{count}} Punkt',
  voteRemaining_other: 'Sie haben noch {{count}} Punkte',
  votePlace: 'Punkt setzen',
  voteTarget: 'Worauf?',
  voteTargetSelection: 'die Auswahl auf der Karte',
  voteTakeBack: 'Punkt zurücknehmen',
  voteSelectHint: 'Wählen Sie einen Akteur, eine Verbindung oder eine Notiz aus.',
  voteOnSelected: 'Auf: {{label}}',
  voteMine: 'Ihre Punkte hier: {{count}}',
  voteHidden: 'Das Ergebnis bleibt verborgen, bis die Moderation es zeigt.',
  voteResults: 'Ergebnis',
  voteResultsEmpty: 'Noch keine Punkte.',
  voteClosed: 'beendet',
  ranking: 'Rangfolge',
}

type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> }

export const voteEn: Texts<typeof voteDe> = {
  refused: {
    'invalid-message': 'The server did not understand that.',
    'not-identified': 'Please give your name first.',
    'not-allowed': 'A view link cannot vote.',
    'vote-closed': 'The vote has already ended.',
    'unknown-record': 'That is no longer on the map.',
    'no-dots-left': 'You have no dots left.',
    'no-dot-to-remove': 'You have no dot there.',
  },
  voteBar: 'Vote',
  voteRemaining: 'You have {{count}} dot left',
  voteRemaining_other: 'You have {{count}} dots left',
  votePlace: 'Place a dot',
  voteTarget: 'On what?',
  voteTargetSelection: 'the selection on the map',
  voteTakeBack: 'Take a dot back',
  voteSelectHint: 'Select an actor, a link or a note.',
  voteOnSelected: 'On: {{label}}',
  voteMine: 'Your dots here: {{count}}',
  voteHidden: 'The result stays hidden until the facilitator reveals it.',
  voteResults: 'Result',
  voteResultsEmpty: 'No dots yet.',
  voteClosed: 'ended',
  ranking: 'Ranking',
}

i18next.addResourceBundle('de', 'translation', { meeting: voteDe }, true, false)
i18next.addResourceBundle('en', 'translation', { meeting: voteEn }, true, false)
