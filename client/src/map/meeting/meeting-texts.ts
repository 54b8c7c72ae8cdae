/*
 * The meeting mode's UI texts, kept here so parallel work on de.ts/en.ts does not collide:
 * de.ts and en.ts each mount them with one line (`meeting: meetingDe`).
 */

export const meetingDe = {
  moderationTab: 'Moderation',
  sessionTab: 'Sitzung',
  lockedBanner: 'Die Karte ist gesperrt — nur die Moderation kann gerade ändern.',
  lockedBannerFacilitator:
    'Die Karte ist gesperrt — die anderen können gerade nur zuschauen, Sie können weiter ändern.',
  closed: {
    linkRevoked:
      'Dieser Link gilt nicht mehr. Die Moderation hat neue Links verteilt — bitte fragen Sie nach dem neuen Link.',
    mapDeleted: 'Die Karte wurde gelöscht. Sie ist nicht mehr erreichbar.',
    tooLarge: 'Die Karte ist voll: Die letzte Änderung war zu groß und wurde nicht gespeichert.',
    rateLimited:
      'Zu viele Änderungen auf einmal. Die Verbindung wird nach einer kurzen Pause wiederhergestellt.',
    mapFull: 'Die Sitzung ist voll. Bitte versuchen Sie es später oder mit dem Link zum Ansehen.',
    originRefused:
      'Der Server hat die Verbindung von dieser Seite abgelehnt (andere Website). Bitte öffnen Sie den Link direkt.',
    badMessage: 'Verbindungsfehler. Bitte laden Sie die Seite neu.',
    slow: 'Die Verbindung war zu langsam und wurde getrennt. Sie wird von selbst wiederhergestellt.',
    toStart: 'Zur Startseite',
  },
  organisationLabel: 'Ihre Organisation (freiwillig)',
  organisationPlaceholder: 'z. B. Jugendamt Kalk',
  handRaise: 'Melden',
  handLower: 'Meldung zurücknehmen',
  handUp: 'meldet sich',
  follow: 'Folgen',
  unfollow: 'Nicht mehr folgen',
  following: 'Sie folgen {{name}}. Verschieben Sie die Karte, um aufzuhören.',
  followOf: '{{name}} folgen',
  spotlightBanner: 'Die Moderation hebt hervor: {{label}}',
  timerBanner: 'Zeit',
  timerWithLabel: '{{label}}: noch',
  timerOneMinute: 'Noch eine Minute.',
  timerEnd: 'Die Zeit ist um.',
  voteDotsOn: '{{count}} Punkt',
  voteDotsOn_other: '{{count}} Punkte',
  startModerationLink: 'Link für die Moderation',
  startModerationHelp:
    'Nur für die Moderation — wer diesen Link hat, kann die Karte sperren und löschen. Geben Sie ihn nicht weiter.',
  startCopyModeration: 'Moderationslink kopieren',
  startOpenModeration: 'Als Moderation öffnen',
}

type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> }

export const meetingEn: Texts<typeof meetingDe> = {
  moderationTab: 'Facilitation',
  sessionTab: 'Session',
  lockedBanner: 'The map is locked — only the facilitator can change it right now.',
  lockedBannerFacilitator:
    'The map is locked — the others can only watch right now; you can still change it.',
  closed: {
    linkRevoked:
      'This link is no longer valid. The facilitator has handed out new links — please ask for the new one.',
    mapDeleted: 'The map was deleted. It can no longer be opened.',
    tooLarge: 'The map is full: the last change was too large and was not saved.',
    rateLimited: 'Too many changes at once. The connection comes back after a short pause.',
    mapFull: 'The meeting is full. Please try again later or use the view link.',
    originRefused:
      'The server refused the connection from this page (another website). Please open the link directly.',
    badMessage: 'Connection error. Please reload the page.',
    slow: 'The connection was too slow and was cut. It comes back by itself.',
    toStart: 'To the start page',
  },
  organisationLabel: 'Your organisation (optional)',
  organisationPlaceholder: 'e.g. Youth Office Kalk',
  handRaise: 'Raise hand',
  handLower: 'Lower hand',
  handUp: 'raises a hand',
  follow: 'Follow',
  unfollow: 'Stop following',
  following: 'You follow {{name}}. Move the map to stop.',
  followOf: 'Follow {{name}}',
  spotlightBanner: 'The facilitator highlights: {{label}}',
  timerBanner: 'Time',
  timerWithLabel: '{{label}}: left',
  timerOneMinute: 'One minute left.',
  timerEnd: 'Time is up.',
  voteDotsOn: '{{count}} dot',
  voteDotsOn_other: '{{count}} dots',
  startModerationLink: 'Link for the facilitator',
  startModerationHelp:
    'Only for the facilitator — whoever has this link can lock and delete the map. Do not pass it on.',
  startCopyModeration: 'Copy the facilitator link',
  startOpenModeration: 'Open as facilitator',
}
