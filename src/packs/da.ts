import type { LanguagePack } from './types.js'

export const da: LanguagePack = {
  code: 'da',
  iso3: 'dan',
  name: 'Danish',
  script: 'space',
  families: {
    consent: [
      'cookie*', 'samtykke', 'samtykker', 'personoplysning*', 'persondata', 'privatliv*', 'privatlivspolitik',
      'vores partnere', 'partnere', 'tredjepart*', 'legitim interesse', 'legitime interesser',
      'personaliserede annoncer', 'personaliseret indhold', 'tilpassede annoncer', 'annoncemåling',
      'indholdsmåling', 'geolokation*', 'placeringsdata', 'identifikatorer', 'din enhed', 'opbevare og',
      'gdpr', 'behandling af personoplysninger', 'tilbagekalde', 'trække dit', 'sporing',
      'sporingsteknologi*', 'lignende teknologier', 'leverandører', 'tcf', 'uden annoncer', 'cookiepolitik',
    ],
    consentButton: [
      'accepter', 'accepter alle', 'accepter alt', 'accepter og luk', 'jeg accepterer', 'godkend',
      'godkend alle', 'tillad alle', 'tillad valgte', 'afvis', 'afvis alle', 'afslå', 'fortsæt uden',
      'tilpas', 'indstillinger', 'administrer indstillinger', 'administrer valg', 'tilpas indstillinger',
      'gem indstillinger', 'gem valg', 'gem og luk', 'bekræft valg', 'flere muligheder', 'mere information',
      'læs mere', 'vis formål', 'vis partnere', 'kun nødvendige', 'nødvendige cookies', 'kun nødvendige cookies',
      'jeg forstår', 'okay', 'forstået',
    ],
    paywall: [
      'abonnement*', 'abonnent*', 'abonnér', 'abonner', 'bliv abonnent', 'allerede abonnent', 'er du allerede',
      'for abonnenter', 'kun for abonnenter', 'premium', 'prøv gratis', 'gratis prøveperiode', 'prøveperiode',
      'ingen binding', 'uden binding', 'opsig når', 'kan opsiges', 'opsiges', 'pr måned', 'pr md', 'kr md',
      'om måneden', 'første måned', 'fuld adgang', 'ubegrænset adgang', 'adgang til alt',
      'særligt tilbud', 'læs videre', 'læs hele', 'for at læse', 'fortsæt med at', 'lås op', 'betalingsmur',
      'paywall', 'digitalt abonnement', 'e avis', 'inkl moms', 'bliv medlem', 'køb adgang',
    ],
    adblock: [
      'adblock*', 'annonceblok*', 'reklameblok*', 'ad blocker', 'blocker', 'deaktiver', 'deaktivere', 'slå fra',
      'whitelist*', 'hvidliste', 'tillad annoncer', 'annonceindtægter', 'reklameindtægter', 'genindlæs',
      'genindlæs siden', 'opdater siden', 'ublock', 'adblock plus', 'du bruger',
      'jeg har deaktiveret', 'annoncer finansierer',
    ],
    login: [
      'log ind', 'login', 'log på', 'log ud', 'registrer', 'registrer dig', 'registrering', 'opret konto',
      'opret bruger', 'min konto', 'min profil', 'adgangskode', 'kodeord', 'glemt adgangskode', 'glemt kodeord',
      'e mailadresse', 'mailadresse', 'brugernavn', 'husk mig', 'forbliv logget', 'fortsæt med', 'log ind med',
      'mitid', 'har du ikke', 'ingen konto', 'har du allerede', 'allerede bruger',
    ],
    nav: [
      'forside', 'forsiden', 'menu', 'søg', 'søgning', 'gå til indhold', 'spring til', 'hovedindhold', 'navigation',
      'sektioner', 'arkiv', 'kontakt', 'politik', 'økonomi', 'erhverv', 'sport', 'fodbold', 'kultur',
      'videnskab', 'viden', 'teknologi', 'tech', 'debat', 'holdninger', 'lokalt', 'indland', 'udland',
      'verden', 'vejret', 'vejr', 'rejser', 'sundhed', 'livsstil', 'video', 'podcast*', 'live', 'seneste nyt',
      'nyheder', 'klima', 'krydsord', 'horoskop', 'til toppen', 'e avisen', 'alle sektioner',
    ],
    share: [
      'del artikel', 'del artiklen', 'del på', 'del via', 'print', 'udskriv', 'e mail', 'email', 'mail',
      'send link', 'kopier link', 'kopiér link', 'link kopieret', 'kopieret', 'gem artikel', 'gem artiklen', 'gemt',
      'giv artikel', 'giv artiklen', 'lyt til', 'lyt til artiklen', 'tekststørrelse', 'messenger', 'flipboard',
      'læseliste',
    ],
    related: [
      'læs mere', 'læs også', 'se også', 'relateret', 'relaterede', 'relaterede artikler', 'mere om', 'mere fra',
      'flere artikler', 'flere nyheder', 'mest læste', 'mest læst', 'mest populære', 'mest delte', 'anbefalet',
      'anbefalede', 'nyhedsbrev*', 'newsletter*', 'din indbakke', 'indbakke', 'emner', 'tags', 'seneste nyheder',
      'gå ikke glip', 'udvalgt', 'udvalgte', 'du vil måske', 'måske også',
    ],
    ad: [
      'annonce', 'annoncer', 'reklame', 'sponsoreret', 'sponsoreret indhold', 'annoncørbetalt', 'i samarbejde',
      'i samarbejde med', 'præsenteret af', 'betalt samarbejde', 'partnerindhold', 'affiliate', 'affiliatelink*',
      'outbrain', 'taboola', 'artiklen fortsætter', 'fortsætter nedenfor', 'annoncørindhold',
    ],
    editor: [
      'skærmlæser*', 'tastaturgenvej*', 'genvejstast*', 'tryk på', 'ctrl', 'alt', 'piletast*', 'enter',
      'har tilsluttet', 'sluttede sig', 'forlod dokumentet', 'foreslåede ændringer', 'forslagstilstand',
      'redigeringstilstand', 'skrivebeskyttet', 'versionshistorik', 'seneste ændring', 'ændringer gemt',
      'tilgængelighed', 'punktskrift', 'aktiver understøttelse',
    ],
    comments: [
      'kommentar*', 'kommenter', 'besvar', 'anmeld', 'anmeld kommentar', 'rapporter', 'synes godt', 'regler for debat',
      'debatregler', 'moderering', 'sorter efter', 'nyeste først', 'ældste først', 'vis svar', 'forum', 'disqus',
      'skriv en kommentar', 'for at kommentere',
    ],
    footer: [
      'privatlivspolitik', 'cookiepolitik', 'vilkår', 'brugervilkår', 'handelsbetingelser', 'betingelser',
      'kontakt os', 'om os', 'job hos', 'ledige stillinger', 'karriere', 'annoncering', 'annoncer hos',
      'alle rettigheder', 'copyright', 'sitemap', 'tilgængelighed', 'tilgængelighedserklæring', 'hjælp',
      'kundeservice', 'ofte stillede', 'faq', 'ansvarshavende', 'ansvarshavende chefredaktør', 'chefredaktør',
      'redaktionen', 'tip os', 'presseetik', 'rss', 'pressemeddelelser',
    ],
    author: [
      'forfatter', 'skribent', 'journalist', 'reporter', 'korrespondent', 'redaktør', 'chefredaktør',
      'nyhedschef', 'klummeskribent', 'kommentator', 'freelancejournalist', 'skrevet af', 'udgivet af',
      'udlandskorrespondent', 'politisk redaktør',
    ],
    bio: [
      'er journalist', 'er reporter', 'er korrespondent', 'er redaktør', 'arbejder som', 'har arbejdet',
      'arbejdede tidligere', 'uddannet', 'skriver om', 'skriver for', 'følg', 'følg hende', 'følg ham',
      'bor i', 'alle artikler', 'flere artikler af', 'forfatter til',
    ],
    contributors: [
      'medvirkede', 'har medvirket', 'bidrog', 'bidrog til', 'redigering', 'redigeret af', 'faktatjek', 'grafik',
      'research', 'yderligere reportage', 'i samarbejde med',
    ],
    provenance: [
      'oversat', 'oversættelse', 'oversat fra', 'oversat af', 'maskinoversat', 'maskinoversættelse',
      'først bragt', 'først udgivet', 'oprindeligt bragt', 'oprindeligt udgivet', 'blev bragt', 'bragt i',
      'har tidligere været', 'genudgivet', 'med tilladelse', 'originalartikel', 'creative commons',
    ],
    credit: [
      'foto', 'fotos', 'billede', 'billeder', 'fotograf', 'illustration', 'grafik', 'video', 'arkiv', 'arkivfoto',
      'getty', 'getty images', 'ritzau scanpix', 'scanpix', 'skærmbillede', 'pressefoto', 'privatfoto', 'handout',
    ],
    source: [
      'kilde', 'kilder', 'nyhedsbureau', 'nyhedsbureauet', 'bureau', 'via', 'ritzau', 'ntb', 'tt', 'reuters', 'afp',
      'med materiale fra',
    ],
    date: [
      'publiceret', 'udgivet', 'opdateret', 'senest opdateret', 'ændret', 'i dag', 'i går', 'minutter siden',
      'timer siden', 'time siden', 'dage siden', 'min', 'læsetid', 'mandag', 'tirsdag', 'onsdag', 'torsdag',
      'fredag', 'lørdag', 'søndag', 'tir', 'ons', 'tor', 'fre', 'lør', 'søn',
    ],
  },
  months: [
    ['januar', 'jan'], ['februar', 'feb'], ['marts', 'mar'], ['april', 'apr'], ['maj'], ['juni', 'jun'],
    ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'],
    ['december', 'dec'],
  ],
  byline: {
    prefixes: ['af', 'tekst', 'indsendt af', 'skrevet af'],
    and: ['og', '&'],
    copula: ['er', 'var'],
    contributed: ['har bidraget til denne artikel', 'medvirkede til artiklen', 'bidrog til artiklen'],
    in: ['i', 'fra'],
  },
}
