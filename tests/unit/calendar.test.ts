import { expect, test } from 'vitest'

import { escapeText, eventCalendar, foldLine } from '../../site/src/lib/calendar'

import { snapshotFixture } from '../fixtures/snapshot'

test('text values escape backslash, semicolon, comma and newlines', () => {
  expect(escapeText('Kom, og møt oss; vi har\njobber \\o/')).toBe(
    'Kom\\, og møt oss\\; vi har\\njobber \\\\o/',
  )
})

test('long lines fold at 75 octets without splitting a letter', () => {
  const folded = foldLine(`SUMMARY:${'æ'.repeat(60)}`)
  const lines = folded.split('\r\n')
  expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true)
  expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true)
  expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'æ'.repeat(60)}`)
})

test('an event becomes a calendar file with UTC times, place and link', () => {
  const event = snapshotFixture().events[0]!
  const ics = eventCalendar({
    event,
    locale: 'nb',
    url: 'https://talent.example/nb/arrangementer/jobbmesse/',
    description: 'Kom, og møt oss',
    placeName: 'Hamar',
  })
  expect(ics.split('\r\n')).toEqual([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Talentregion//Events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    'UID:event-v1@talentregion',
    'DTSTAMP:20261002T100000Z',
    'DTSTART:20270206T090000Z',
    'DTEND:20270206T150000Z',
    'SUMMARY:Jobbmesse',
    'DESCRIPTION:Kom\\, og møt oss',
    'LOCATION:Kulturhuset\\, Storgata 1\\, Hamar',
    'URL:https://talent.example/nb/arrangementer/jobbmesse/',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ])
})
