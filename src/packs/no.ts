import type { LanguagePack } from './types.js'

export const no: LanguagePack = {
  code: 'no',
  iso3: 'nob',
  name: 'Norwegian Bokmål',
  script: 'space',
  families: {
    consent: [
      'cookie*', 'informasjonskapsl*', 'samtykke', 'samtykker', 'personopplysning*', 'personvern*',
      'personvernerklæring*', 'våre partnere', 'partnere', 'tredjepart*', 'berettiget interesse',
      'berettigede interesser', 'personalisert* annonser', 'personalisert innhold', 'tilpassede annonser',
      'annonsemåling', 'innholdsmåling', 'geolokasjon*', 'posisjonsdata', 'identifikatorer', 'din enhet',
      'lagre og', 'gdpr', 'behandling av personopplysninger', 'trekke tilbake', 'sporing', 'sporingsteknologi*',
      'lignende teknologier', 'leverandører', 'tcf', 'uten annonser', 'datatilsynet',
    ],
    consentButton: [
      'godta', 'godta alle', 'godta alt', 'godta og lukk', 'jeg godtar', 'aksepter', 'aksepter alle',
      'tillat alle', 'tillat valgte', 'avvis', 'avvis alle', 'avslå', 'fortsett uten', 'tilpass',
      'innstillinger', 'administrer innstillinger', 'administrer valg', 'tilpass innstillinger',
      'lagre innstillinger', 'lagre valg', 'lagre og lukk', 'bekreft valg', 'flere alternativer',
      'mer informasjon', 'les mer', 'vis formål', 'vis partnere', 'kun nødvendige', 'bare nødvendige',
      'nødvendige cookies', 'jeg forstår', 'forstått',
    ],
    paywall: [
      'abonnement*', 'abonnent*', 'abonner', 'bli abonnent', 'allerede abonnent', 'er du allerede', 'for abonnenter',
      'kun for abonnenter', 'premium', 'plussartikkel', 'prøv gratis', 'gratis prøveperiode', 'prøveperiode',
      'ingen binding', 'uten binding', 'bindingstid', 'kan sies opp', 'per måned', 'pr mnd', 'kr mnd',
      'i måneden', 'første måned', 'første måneden', 'full tilgang', 'ubegrenset tilgang', 'tilgang til alt',
      'spesialtilbud', 'les videre', 'les hele', 'for å lese', 'fortsett å lese', 'lås opp', 'betalingsmur',
      'paywall', 'digitalt abonnement', 'e avis', 'inkl mva', 'bli medlem', 'kjøp tilgang',
    ],
    adblock: [
      'adblock*', 'annonseblokk*', 'reklameblokk*', 'ad blocker', 'blokker', 'deaktiver', 'deaktivere', 'slå av',
      'whitelist*', 'hviteliste', 'tillat annonser', 'annonseinntekter', 'reklameinntekter', 'last inn',
      'last inn siden', 'oppdater siden', 'ublock', 'adblock plus', 'du bruker', 'jeg har deaktivert',
      'annonser finansierer',
    ],
    login: [
      'logg inn', 'innlogging', 'login', 'logg ut', 'registrer', 'registrer deg', 'registrering', 'opprett konto',
      'opprett bruker', 'min konto', 'min side', 'mine sider', 'min profil', 'passord', 'glemt passord',
      'e postadresse', 'brukernavn', 'husk meg', 'forbli innlogget', 'fortsett med', 'logg inn med', 'bankid',
      'vipps', 'har du ikke', 'ingen konto', 'har du allerede', 'schibsted konto',
    ],
    nav: [
      'forside', 'forsiden', 'meny', 'søk', 'gå til innhold', 'hopp til', 'hovedinnhold', 'navigasjon', 'seksjoner',
      'arkiv', 'kontakt', 'politikk', 'økonomi', 'næringsliv', 'sport', 'fotball', 'kultur', 'vitenskap',
      'viten', 'teknologi', 'tech', 'debatt', 'lokalt', 'innenriks', 'utenriks', 'verden',
      'været', 'reise', 'helse', 'livsstil', 'video', 'podkast', 'podcast*', 'live',
      'siste nytt', 'nyheter', 'klima', 'kryssord', 'horoskop', 'til toppen', 'e avisen', 'alle seksjoner',
      'oppskrifter',
    ],
    share: [
      'del artikkel', 'del artikkelen', 'del på', 'del via', 'print', 'skriv ut', 'e post', 'epost', 'email',
      'send lenke', 'kopier lenke', 'kopier lenken', 'lenke kopiert', 'kopiert', 'lagre artikkel',
      'lagre artikkelen', 'lagret', 'gi bort', 'lytt til', 'lytt til artikkelen', 'tekststørrelse',
      'messenger', 'flipboard', 'leseliste',
    ],
    related: [
      'les mer', 'les også', 'se også', 'relatert', 'relaterte', 'relaterte artikler', 'mer om', 'mer fra',
      'flere artikler', 'flere nyheter', 'mest lest', 'mest leste', 'mest populære', 'mest delte', 'anbefalt',
      'anbefalte', 'nyhetsbrev*', 'newsletter*', 'din innboks', 'innboks', 'emner', 'tags', 'siste nyheter',
      'ikke gå glipp', 'utvalgt', 'utvalgte', 'du vil kanskje', 'kanskje også',
    ],
    ad: [
      'annonse', 'annonser', 'reklame', 'sponset', 'sponset innhold', 'annonsørinnhold', 'i samarbeid',
      'i samarbeid med', 'presentert av', 'betalt samarbeid', 'partnerinnhold', 'affiliate', 'affiliatelenk*',
      'outbrain', 'taboola', 'artikkelen fortsetter', 'fortsetter under', 'annonsørbetalt', 'annonsebilag',
    ],
    editor: [
      'skjermleser*', 'hurtigtast*', 'tastatursnarvei*', 'trykk på', 'ctrl', 'alt', 'piltast*', 'enter',
      'ble med i', 'forlot dokumentet', 'foreslåtte endringer', 'forslagsmodus', 'redigeringsmodus',
      'skrivebeskyttet', 'versjonslogg', 'versjonshistorikk', 'siste endring', 'endringer lagret',
      'tilgjengelighet', 'punktskrift', 'aktiver støtte',
    ],
    comments: [
      'kommentar*', 'kommenter', 'rapporter', 'rapporter kommentar', 'debattregler',
      'moderering', 'sorter etter', 'nyeste først', 'eldste først', 'vis svar', 'forum', 'disqus',
      'skriv en kommentar', 'for å kommentere',
    ],
    footer: [
      'personvernerklæring', 'personvern', 'cookiepolicy', 'vilkår', 'brukervilkår', 'kjøpsvilkår', 'betingelser',
      'kontakt oss', 'om oss', 'jobb hos', 'ledige stillinger', 'karriere', 'annonsere', 'annonser hos',
      'alle rettigheter', 'copyright', 'nettstedskart', 'tilgjengelighet', 'tilgjengelighetserklæring', 'hjelp',
      'kundeservice', 'ofte stilte', 'faq', 'ansvarlig redaktør', 'redaktør', 'redaksjonen', 'tips oss',
      'vær varsom', 'presseetikk', 'rss', 'pfu', 'redaktørplakaten', 'redaktørplakat*',
    ],
    author: [
      'forfatter', 'skribent', 'journalist', 'reporter', 'korrespondent', 'redaktør', 'sjefredaktør', 'nyhetssjef',
      'kommentator', 'kommentarredaktør', 'spaltist', 'frilansjournalist', 'skrevet av', 'publisert av',
      'utenrikskorrespondent', 'politisk redaktør', 'nyhetsredaktør', 'debattredaktør',
    ],
    bio: [
      'er journalist', 'er reporter', 'er korrespondent', 'er redaktør', 'er kommentator', 'jobber som',
      'har jobbet', 'jobbet tidligere', 'utdannet', 'skriver om', 'skriver for', 'følg', 'følg henne',
      'følg ham', 'bor i', 'alle artikler', 'flere artikler av', 'forfatter av',
    ],
    contributors: [
      'bidro', 'har bidratt', 'bidro til', 'medvirket', 'redigering', 'redigert av', 'faktasjekk', 'grafikk',
      'research', 'ytterligere rapportering', 'i samarbeid med',
    ],
    provenance: [
      'oversatt', 'oversettelse', 'oversatt fra', 'oversatt av', 'maskinoversatt', 'maskinoversettelse',
      'først publisert', 'opprinnelig publisert', 'publisert først', 'ble publisert', 'publisert i',
      'har tidligere vært', 'gjengitt', 'med tillatelse', 'originalartikkel', 'creative commons',
    ],
    credit: [
      'foto', 'fotos', 'bilde', 'bilder', 'fotograf', 'illustrasjon', 'grafikk', 'video', 'arkiv', 'arkivfoto',
      'arkivbilde', 'getty', 'getty images', 'ntb scanpix', 'scanpix', 'skjermdump', 'pressebilde',
      'handout',
    ],
    source: [
      'kilde', 'kilder', 'nyhetsbyrå', 'nyhetsbyrået', 'byrå', 'via', 'ntb', 'ritzau', 'tt', 'reuters', 'afp',
      'med materiale fra',
    ],
    date: [
      'publisert', 'oppdatert', 'sist oppdatert', 'endret', 'i dag', 'i går', 'minutter siden', 'timer siden',
      'time siden', 'dager siden', 'min', 'lesetid', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag',
      'søndag', 'tir', 'ons', 'tor', 'fre', 'lør', 'søn',
    ],
  },
  months: [
    ['januar', 'jan'], ['februar', 'feb'], ['mars', 'mar'], ['april', 'apr'], ['mai'], ['juni', 'jun'],
    ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'],
    ['desember', 'des'],
  ],
  byline: {
    prefixes: ['av', 'tekst', 'publisert av', 'skrevet av'],
    and: ['og', '&'],
    copula: ['er', 'var'],
    contributed: ['har bidratt til denne artikkelen', 'bidro til denne saken', 'har bidratt til saken'],
    in: ['i', 'fra'],
  },
}
