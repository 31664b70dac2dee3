import { describe, expect, it } from 'vitest'
import { buildArticle } from '../src/article/build.js'
import type { ClassifiedLine, Label, Role } from '../src/types.js'

function lines(rows: readonly (readonly [string, string])[]): ClassifiedLine[] {
  return rows.map(([tag, text], line) => {
    const [label, role] = tag.split(':') as [Label, Role | undefined]
    return { line, text, label, ...(role ? { role } : {}), confidence: 1, reasons: [] }
  })
}

const published = (language: string, text: string): string | undefined => buildArticle(lines([['byline:date', text]]), { language }).published?.iso

describe('dates in many languages and formats', () => {
  const cases: [string, string, string][] = [
    ['de', '04.05.20 14:50', '2020-05-04T14:50'],
    ['de', '11. November 2024', '2024-11-11'],
    ['en', 'May 2, 2020', '2020-05-02'],
    ['en', 'Sunday, May 8, 2016', '2016-05-08'],
    ['en', 'February 1, 2016: 12:41 PM ET', '2016-02-01T12:41'],
    ['en', 'First published February 1, 2016: 1:28 AM ET', '2016-02-01T01:28'],
    ['en', 'Jun 7, 2023, 8:54 PM UTC', '2023-06-07T20:54'],
    ['en', 'Thu 3 Jan 2019 02.00 EST', '2019-01-03T02:00'],
    ['fr', '3 mai 2020', '2020-05-03'],
    ['fr', 'mar. 5 nov. 2024 21:47', '2024-11-05T21:47'],
    ['zh', '2020年5月3日', '2020-05-03'],
    ['ja', '2025年2月19日 5時00分', '2025-02-19T05:00'],
    ['zh', '发表于 2024-6-3 21:14:07', '2024-06-03T21:14'],
    ['en', '2024-03-12', '2024-03-12'],
    ['ko', '입력 2025.01.22 06:00', '2025-01-22T06:00'],
    ['de', '12/03/2024', '2024-03-12'],
    ['fr', '12/03/2024', '2024-03-12'],
    ['de', '2. 4. 2024', '2024-04-02'],
    ['es', '13 de mayo de 2024 · 10:32 hrs', '2024-05-13T10:32'],
    ['pt', '21.dez.2018 às 12h55', '2018-12-21T12:55'],
    ['pt', '22 de fevereiro de 2024, 0:02', '2024-02-22T00:02'],
    ['it', '28 maggio 2024 ore 07:15', '2024-05-28T07:15'],
    ['nl', '3 maart 2024 om 09:48', '2024-03-03T09:48'],
    ['pl', '14 maja 2024, 06:30', '2024-05-14T06:30'],
    ['cs', '6. května 2024', '2024-05-06'],
    ['ru', '3 апреля 2024', '2024-04-03'],
    ['uk', '12 листопада 2023, 18:40', '2023-11-12T18:40'],
    ['sv', 'Publicerad 14 januari 2025 kl. 06.30', '2025-01-14T06:30'],
    ['da', 'Publiceret 16. april 2024 kl. 05:00', '2024-04-16T05:00'],
    ['no', 'Publisert 12.03.2024 06:00', '2024-03-12T06:00'],
    ['fi', '15.3.2024 klo 6.02', '2024-03-15T06:02'],
    ['fi', 'Sivua on viimeksi muokattu 3. helmikuuta 2024', '2024-02-03'],
    ['hu', '2024. május 12.', '2024-05-12'],
    ['ro', '14 martie 2024, 10:27', '2024-03-14T10:27'],
    ['tr', 'Yayınlanma: 14.11.2024 09:15', '2024-11-14T09:15'],
  ]
  for (const [lang, text, iso] of cases) it(`${lang}: ${text}`, () => expect(published(lang, text)).toBe(iso))

  it('keeps the original text and the line', () => {
    const a = buildArticle(lines([['body', 'x'], ['byline:date', 'Veröffentlicht am 11. November 2024, 14:05 Uhr']]), { language: 'de' })
    expect(a.published).toEqual({ iso: '2024-11-11T14:05', text: '11. November 2024, 14:05', line: 1 })
  })

  it('reads month names of every pack when the language is unknown', () => {
    expect(published('und', '3 mai 2020')).toBe('2020-05-03')
    expect(published('xx', '6. května 2024')).toBe('2024-05-06')
    expect(buildArticle(lines([['byline:date', '11. November 2024']])).published?.iso).toBe('2024-11-11')
  })

  it('reads ambiguous numeric dates day-first, month-first in English', () => {
    expect(published('en', '12/03/2024')).toBe('2024-12-03')
    expect(published('en', '13/03/2024')).toBe('2024-03-13')
    expect(published('de', '03/13/2024')).toBe('2024-03-13')
  })

  it('ignores impossible and relative dates', () => {
    expect(published('en', '31.02.2024')).toBeUndefined()
    expect(published('de', 'vor 5 Stunden')).toBeUndefined()
    expect(published('en', 'Updated 3 hours ago')).toBeUndefined()
    expect(published('de', 'Version 1.2.3')).toBeUndefined()
    expect(published('ja', '[06月24日 11時30分]')).toBeUndefined()
  })
})

describe('published and updated', () => {
  const dates = (language: string, ...rows: [string, string][]): [string | undefined, string | undefined] => {
    const a = buildArticle(lines(rows), { language })
    return [a.published?.iso, a.updated?.iso]
  }

  it('takes the earliest date as published and a later one as updated', () => {
    expect(dates('de', ['byline:date', '12.03.2024, 14:05 Uhr'], ['byline:date', 'Aktualisiert: 12.03.2024, 17:30 Uhr'])).toEqual(['2024-03-12T14:05', '2024-03-12T17:30'])
    expect(dates('en', ['byline:date', 'Updated 3 hours ago'], ['byline:date', 'Published 11 March 2024, 18:42'])).toEqual(['2024-03-11T18:42', undefined])
    expect(dates('de', ['byline:date', 'Veröffentlicht am 7. Oktober 2023 · Aktualisiert am 12. Januar 2024'])).toEqual(['2023-10-07', '2024-01-12'])
    expect(dates('fr', ['byline:date', 'Publié le 14 mars 2024 à 06h30, modifié à 09h12'])).toEqual(['2024-03-14T06:30', '2024-03-14T09:12'])
    expect(dates('fr', ['byline:date', 'Date 23.05.2011'], ['byline:date', 'Date 23.05.2011'])).toEqual(['2011-05-23', undefined])
  })

  it('reads dates on author lines when there is no date line', () => {
    expect(dates('fr', ['byline:author', 'Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger'])).toEqual(['2015-05-04T13:36', '2015-05-05T20:13'])
    expect(dates('en', ['byline:author', 'Posted on 2 February 2024 by Maddie Okonkwo-Hart'], ['byline:date', 'May 3, 2024'])).toEqual(['2024-05-03', undefined])
  })

  it('takes the first publication from a provenance note only without byline dates', () => {
    const note: [string, string] = ['byline:provenance', 'Dieser Artikel war zuerst am 11. November 2024 in englischer Sprache erschienen.']
    expect(dates('de', note)).toEqual(['2024-11-11', undefined])
    expect(dates('de', note, ['byline:date', '13.11.2024'])).toEqual(['2024-11-13', undefined])
  })

  it('never reads dates from removed or body lines', () => {
    expect(dates('de', ['ui:related', '3. Mai 2020'], ['body', 'Am 11. November 2024 sprach er.'], ['ui:comments', '12.03.2024 14:00'])).toEqual([undefined, undefined])
  })
})
