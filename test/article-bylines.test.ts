import { describe, expect, it } from 'vitest'
import { buildArticle } from '../src/article/build.js'
import type { ClassifiedLine, Label, Role } from '../src/types.js'

/** Lines from `label[:role]` and text pairs. */
function lines(rows: readonly (readonly [string, string])[]): ClassifiedLine[] {
  return rows.map(([tag, text], line) => {
    const [label, role] = tag.split(':') as [Label, Role | undefined]
    return { line, text, label, ...(role ? { role } : {}), confidence: 0.5, reasons: ['test'] }
  })
}

const authorsOf = (language: string, ...rows: (readonly [string, string])[]): string[] =>
  buildArticle(lines(rows), { language }).authors.map((p) => p.name)

describe('people under a later label of the author line', () => {
  it('are contributors, not authors, even when a bio names them', () => {
    const a = buildArticle(
      lines([
        ['byline:author', 'Texto: Carolina Bessa | Fotos: Davi Kerr'],
        ['byline:bio', 'Carolina Bessa é repórter especial da revista e cobre ciência há doze anos.'],
        ['byline:bio', 'Davi Kerr é fotógrafo documental e colabora com a revista desde 2019.'],
      ]),
      { language: 'pt' },
    )
    expect(a.authors.map((p) => p.name)).toEqual(['Carolina Bessa'])
    expect(a.contributors).toContain('Davi Kerr')
  })

  it('in scripts without case, after a credit word, are contributors too', () => {
    const ja = buildArticle(lines([['byline:author', '文：高木亮　写真：村瀬彩']]), { language: 'ja' })
    expect(ja.authors.map((p) => p.name)).toEqual(['高木亮'])
    expect(ja.contributors).toEqual(['村瀬彩'])
    const zh = buildArticle(lines([['byline:author', '文：王小明 摄影：李华']]), { language: 'zh' })
    expect(zh.authors.map((p) => p.name)).toEqual(['王小明'])
  })
})

describe('author lines in every pack language', () => {
  const cases: [string, string, string[]][] = [
    ['en', 'By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['de', 'Von Anna Müller und Jan Maier', ['Anna Müller', 'Jan Maier']],
    ['fr', 'Par Claire Vasseur et Mathieu Ardouin', ['Claire Vasseur', 'Mathieu Ardouin']],
    ['fr', 'Par Martin Untersinger (avec Damien Leloup et Morgane Tual)', ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual']],
    ['it', 'Di Marco Rossi', ['Marco Rossi']],
    ['it', 'di Luigi Di Maio e Giulia Bianchi', ['Luigi Di Maio', 'Giulia Bianchi']],
    ['es', 'Por María José Pérez', ['María José Pérez']],
    ['pt', 'Por João Silva e Ana Costa, de Goiânia', ['João Silva', 'Ana Costa']],
    ['nl', 'Door Jan de Vries en Pieter van den Berg', ['Jan de Vries', 'Pieter van den Berg']],
    ['pl', 'Autor: Katarzyna Nowak', ['Katarzyna Nowak']],
    ['sv', 'Av Erik Johansson och Anna Lindqvist', ['Erik Johansson', 'Anna Lindqvist']],
    ['da', 'Af Mette Kjærgaard', ['Mette Kjærgaard']],
    ['no', 'Av Ola Nordmann og Kari Solheim', ['Ola Nordmann', 'Kari Solheim']],
    ['fi', 'Teksti: Matti Virtanen', ['Matti Virtanen']],
    ['cs', 'Autor: Jan Novák', ['Jan Novák']],
    ['ru', 'Автор: Иван Петров', ['Иван Петров']],
    ['uk', 'Автор: Оксана Гнатюк', ['Оксана Гнатюк']],
    ['ro', 'de Andreea Mihăilescu', ['Andreea Mihăilescu']],
    ['tr', 'Haber: Selin Akgül', ['Selin Akgül']],
    ['id', 'Oleh Rizky Pratama', ['Rizky Pratama']],
    ['ja', '文：山田太郎', ['山田太郎']],
    ['zh', '作者：记者 刘晓晴 通讯员 马骏', ['刘晓晴', '马骏']],
    // A space parts two people in zh and ko; in ja it parts family and given name.
    ['zh', '林雅文 赵启明｜2024-11-20', ['林雅文', '赵启明']],
    ['zh', '林 雅文｜2024-11-20', ['林 雅文']],
    ['ja', '小野寺 葵｜2024年11月20日', ['小野寺 葵']],
    // Katakana names keep their middle dot; Han names listed with ・ are two people.
    ['ja', 'タン・ミンホイ', ['タン・ミンホイ']],
    ['ja', '記者 ジョージ・ハリスン', ['ジョージ・ハリスン']],
    ['ar', 'بقلم: ليلى الحداد', ['ليلى الحداد']],
  ]
  for (const [lang, text, names] of cases) {
    it(`${lang}: ${text}`, () => expect(authorsOf(lang, ['byline:author', text])).toEqual(names))
  }

  it('sends agencies to sources: "By Jane Doe and John Roe, Reuters"', () => {
    const a = buildArticle(lines([['byline:author', 'By Jane Doe and John Roe, Reuters']]), { language: 'en' })
    expect(a.authors.map((p) => p.name)).toEqual(['Jane Doe', 'John Roe'])
    expect(a.sources).toEqual(['Reuters'])
  })

  it('reads "Name, role" and "(role)" after a name', () => {
    const a = buildArticle(lines([['byline:author', 'by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)']]), { language: 'en' })
    expect(a.authors).toEqual([{ name: 'Eleanor Ainge Roy', role: 'reporting' }, { name: 'Adrian Malloch', role: 'photography' }])
    expect(buildArticle(lines([['byline:author', 'Claire Delorme, service communication']]), { language: 'fr' }).authors).toEqual([{ name: 'Claire Delorme', role: 'service communication' }])
  })

  it('uses every pack when the language has none or is unknown', () => {
    expect(authorsOf('xx', ['byline:author', 'Von Anna Müller und Jan Maier'])).toEqual(['Anna Müller', 'Jan Maier'])
    expect(authorsOf('und', ['byline:author', 'Par Martin Untersinger'])).toEqual(['Martin Untersinger'])
    expect(buildArticle(lines([['byline:author', 'By Jane Doe']])).authors.map((p) => p.name)).toEqual(['Jane Doe'])
  })
})

describe('failure modes of other extractors', () => {
  it('never takes a teaser byline (ui:related) as an author', () => {
    const a = buildArticle(lines([
      ['heading:title', 'A title'],
      ['byline:author', 'By Jane Doe'],
      ['body', 'A paragraph of the article that is long enough to be a real paragraph of running text.'],
      ['ui:related', 'Another story everyone reads'],
      ['ui:related', 'By Teaser Author'],
      ['ui:related', 'Von Hans Teaser, 3. Mai 2020'],
    ]), { language: 'en' })
    expect(a.authors.map((p) => p.name)).toEqual(['Jane Doe'])
    expect(a.published).toBeUndefined()
    expect(a.removed.ui.map((r) => r.text)).toContain('By Teaser Author')
  })

  it('never returns a publisher as an author', () => {
    expect(authorsOf('fr', ['byline:author', 'Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger'])).toEqual(['Martin Untersinger'])
    expect(authorsOf('en', ['byline:author', 'The Verge'])).toEqual([])
    expect(authorsOf('en', ['byline:author', 'By The Washington Post'])).toEqual([])
    expect(authorsOf('de', ['byline:author', 'Redaktion Washington Post'])).toEqual([])
    expect(authorsOf('nl', ['byline:author', 'Door Redactie'])).toEqual([])
    expect(authorsOf('en', ['byline:author', 'Associated Press'])).toEqual([])
    expect(authorsOf('de', ['heading:kicker', 'Washington Post'], ['byline', 'Washington Post, 12.03.2024'])).toEqual([])
  })

  it('never makes an agency a person', () => {
    const a = buildArticle(lines([['byline:author', 'Von Anna Müller, dpa'], ['byline:author', 'AFP']]), { language: 'de' })
    expect(a.authors.map((p) => p.name)).toEqual(['Anna Müller'])
    expect(a.sources).toEqual(['dpa', 'AFP'])
  })

  it('strips prefixes as whole words only', () => {
    expect(authorsOf('en', ['byline:author', 'By Byron Vonnegut'])).toEqual(['Byron Vonnegut'])
    expect(authorsOf('de', ['byline:author', 'Von Vonnegut Müller'])).toEqual(['Vonnegut Müller'])
    expect(authorsOf('fr', ['byline:author', 'Par Parisa Dino'])).toEqual(['Parisa Dino'])
    expect(authorsOf('it', ['byline:author', 'Di Dino Zoff'])).toEqual(['Dino Zoff'])
    expect(authorsOf('es', ['byline:author', 'Por Portia Díaz'])).toEqual(['Portia Díaz'])
    expect(authorsOf('nl', ['byline:author', 'Door Doortje Jansen'])).toEqual(['Doortje Jansen'])
    // A capitalised prefix at the end is no part of a name.
    expect(authorsOf('de', ['byline:author', 'Disko Von'])).toEqual([])
  })

  it('keeps diacritics, apostrophes and case', () => {
    expect(authorsOf('en', ['byline:author', "By Siobhán O‘Grady and Seán O'Brien"])).toEqual(['Siobhán O‘Grady', "Seán O'Brien"])
    expect(authorsOf('de', ['byline:author', 'Von Rosalind Achebe-Grant und Jürgen Weiß'])).toEqual(['Rosalind Achebe-Grant', 'Jürgen Weiß'])
    expect(authorsOf('cs', ['byline:author', 'Ing. Jaroslav Kubíček, místostarosta'])).toEqual(['Jaroslav Kubíček'])
    expect(authorsOf('pt', ['byline:author', 'Por E. Jean Carroll'])).toEqual(['E. Jean Carroll'])
  })

  it('needs evidence on unroled byline lines', () => {
    expect(authorsOf('pt', ['byline', 'São Paulo'])).toEqual([])
    expect(authorsOf('de', ['byline', 'Zu den Autoren'])).toEqual([])
    expect(authorsOf('de', ['byline', '04.02.2022 | 15:33 Uhr | Dennis Steimels'])).toEqual(['Dennis Steimels'])
    expect(authorsOf('de', ['byline', 'Von Dennis Steimels'])).toEqual(['Dennis Steimels'])
  })

  it('takes only the first labelled name ("Penulis: X | Editor: Y")', () => {
    expect(authorsOf('id', ['byline:author', 'Penulis: Rizky Pratama | Editor: Dewi Anggraini'])).toEqual(['Rizky Pratama'])
  })

  it('rejects too long runs and single words', () => {
    expect(authorsOf('en', ['byline:author', 'By Admin'])).toEqual([])
    expect(authorsOf('en', ['byline:author', 'By Very Long Capitalised Words Of A Heading'])).toEqual([])
  })
})

describe('bios', () => {
  it('reads "<Name> <copula> <role>" and merges with the author line', () => {
    const a = buildArticle(lines([
      ['byline:author', 'By Callum Reddy and Aisha Bello'],
      ['byline:bio', "Callum Reddy is the Courier's local democracy reporter. He covers the council."],
      ['byline:bio', 'Aisha Bello writes about education and young people in Northgate.'],
    ]), { language: 'en' })
    expect(a.authors).toEqual([
      { name: 'Callum Reddy', role: "the Courier's local democracy reporter", bio: "Callum Reddy is the Courier's local democracy reporter. He covers the council." },
      { name: 'Aisha Bello', bio: 'Aisha Bello writes about education and young people in Northgate.' },
    ])
  })

  it('finds two persons in one bio line', () => {
    const a = buildArticle(lines([['byline:bio', 'Andrés Malamud es politólogo. Martín Schapiro es abogado y analista internacional']]), { language: 'es' })
    expect(a.authors).toEqual([
      { name: 'Andrés Malamud', role: 'politólogo', bio: 'Andrés Malamud es politólogo.' },
      { name: 'Martín Schapiro', role: 'abogado y analista internacional', bio: 'Martín Schapiro es abogado y analista internacional' },
    ])
  })

  it('reads a prefixed bio and an author box holding a name, not a box title', () => {
    const a = buildArticle(lines([
      ['byline:bio', 'About Me'],
      ['byline:bio', 'Andrew Zonenberg'],
      ['byline:bio', 'By Alex Heath, a deputy editor and author of the Command Line newsletter.'],
    ]), { language: 'en' })
    expect(a.authors.map((p) => p.name)).toEqual(['Andrew Zonenberg', 'Alex Heath'])
    expect(a.authors[1]).toMatchObject({ role: 'a deputy editor', bio: 'By Alex Heath, a deputy editor and author of the Command Line newsletter.' })
    expect(authorsOf('pt', ['byline:bio', 'Sobre Carlos Nadalim'])).toEqual([])
  })
})

describe('contributors', () => {
  const contributorsOf = (language: string, text: string): string[] => buildArticle(lines([['byline:contributors', text]]), { language }).contributors

  it('reads the contributors lines of several languages', () => {
    expect(contributorsOf('de', 'Siobhán O‘Grady in Kiew, Isabelle Khurshudyan in Los Angeles, Catherine Belton in London und Aaron Schaffer in Washington haben zu diesem Bericht beigetragen.'))
      .toEqual(['Siobhán O‘Grady', 'Isabelle Khurshudyan', 'Catherine Belton', 'Aaron Schaffer'])
    expect(contributorsOf('en', 'Jane Roe in Kyiv and John Doe in Washington contributed to this report.')).toEqual(['Jane Roe', 'John Doe'])
    expect(contributorsOf('en', 'Additional reporting by Priya Venkataraman.')).toEqual(['Priya Venkataraman'])
    expect(contributorsOf('es', 'Con información de Héctor Camarillo.')).toEqual(['Héctor Camarillo'])
    expect(contributorsOf('de', 'Mitarbeit: Lea Szymanski')).toEqual(['Lea Szymanski'])
    expect(contributorsOf('pt', 'Colaborou Pedro Henrique Lacerda, estagiário sob supervisão de Renata Albuquerque.')).toEqual(['Pedro Henrique Lacerda'])
  })

  it('keeps contributors out of the authors', () => {
    const a = buildArticle(lines([['byline:author', 'By Jane Doe'], ['byline:contributors', 'Additional reporting by John Roe.']]), { language: 'en' })
    expect(a.authors.map((p) => p.name)).toEqual(['Jane Doe'])
    expect(a.contributors).toEqual(['John Roe'])
  })
})

describe('sources', () => {
  it('reads source lines, without labels and generic words', () => {
    const a = buildArticle(lines([['byline:source', 'red, wien.ORF.at/Agenturen'], ['byline:source', 'Kaynak: İHA'], ['byline:source', 'TT']]), { language: 'de' })
    expect(a.sources).toEqual(['wien.ORF.at', 'İHA', 'TT'])
  })

  it('only takes agencies out of references and contacts', () => {
    const a = buildArticle(lines([['byline:source', '↑ Lindgren, Karin (1984). Väderkvarnar i Östra Vedbo. s. 22–27'], ['byline:source', 'Line Holm, kommunikationschef, tlf. 20 00 00 00, presse@example.dk']]), { language: 'sv' })
    expect(a.sources).toEqual([])
  })
})

describe('publishers are not people', () => {
  it('drops a "name" the document writes after a definite article (a paper, not a person)', () => {
    const rows = [
      ['byline:author', 'Washington Post'],
      ['body', 'Ellen Nakashima ist Reporterin für nationale Sicherheit bei der Washington Post.'],
    ] as const
    expect(authorsOf('de', ...rows)).toEqual([])
    expect(authorsOf('en', ['byline:author', 'By Jane Doe'], ['body', 'Jane Doe writes for the Daily Ledger.'])).toEqual(['Jane Doe'])
    // A longer word after the name is not the name: "der Anna Müllerin" does not make Anna Müller a paper.
    expect(authorsOf('de', ['byline:author', 'Von Anna Müller'], ['body', 'Das sagte der Anna Müllerin zufolge niemand.'])).toEqual(['Anna Müller'])
  })
})
