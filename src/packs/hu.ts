import type { LanguagePack } from './types.js'

export const hu: LanguagePack = {
  code: 'hu',
  iso3: 'hun',
  name: 'Hungarian',
  script: 'space',
  families: {
    consent: [
      'süti*', 'cookie*', 'hozzájárulásod', 'hozzájárulását', 'hozzájárulok', 'személyes adat*', 'adatvédelm*', 'adatkezel*', 'partnereink*', 'harmadik fél',
      'harmadik felek', 'jogos érdek*', 'személyre szabott', 'személyre szab*', 'hirdetésmérés', 'tartalommérés',
      'helyadatok', 'földrajzi hely*', 'azonosító*', 'eszközén', 'eszközödön', 'tárolása és', 'gdpr',
      'célokból', 'visszavonhatod', 'visszavonhatja', 'böngészési élmény*', 'felhasználói élmény*', 'hasonló technológiák', 'nyomon követés*',
      'követőkód*', 'tcf', 'reklámmentes',
    ],
    consentButton: [
      'elfogadom', 'összes elfogadása', 'mindet elfogadom', 'elfogadás', 'elfogad', 'elfogadom és bezárom', 'egyetértek',
      'elutasítom', 'összes elutasítása', 'elutasítás', 'mindet elutasítom', 'folytatás elfogadás', 'testreszabás',
      'beállítások', 'süti beállítások', 'beállítások kezelése', 'lehetőségek kezelése', 'preferenciák kezelése',
      'beállítások mentése', 'kiválasztottak mentése', 'mentés és bezárás', 'választás megerősítése',
      'további lehetőségek', 'további információ', 'több információ', 'célok megjelenítése',
      'partnerek megjelenítése', 'csak szükséges', 'csak a szükséges', 'szükséges sütik', 'összes engedélyezése',
      'engedélyezés', 'rendben', 'értem',
    ],
    paywall: [
      'előfizet*', 'előfizetés*', 'előfizető*', 'fizess elő', 'csak előfizetőknek', 'előfizetőknek szóló', 'már előfizető',
      'prémium', 'premium', 'exkluzív tartalom', 'próbaidőszak', 'ingyenes próba', 'próbáld ki', 'hűségidő nélkül',
      'bármikor lemondható', 'lemondható', 'ft hó', 'forint hó', 'ft hónap', 'első hónap', 'korlátlan hozzáférés',
      'teljes hozzáférés', 'minden cikk', 'különleges ajánlat', 'tovább olvasás', 'olvass tovább',
      'olvasd tovább', 'a cikk folytatás*', 'feloldás', 'fizetőfal', 'paywall', 'digitális előfizetés', 'e lap',
      'áfával', 'támogass', 'légy támogató', 'csomagot választ*',
    ],
    adblock: [
      'adblock*', 'ad blocker', 'reklámblokkol*', 'hirdetésblokkol*', 'blokkoló*', 'kapcsold ki', 'kapcsolja ki',
      'kikapcsol*', 'fehérlist*', 'engedélyezd a hirdetéseket', 'hirdetések engedélyezése', 'hirdetési bevétel*',
      'reklámbevétel*', 'töltsd újra', 'frissítsd az oldalt', 'oldal újratöltése', 'ublock', 'adblock plus',
      'használsz', 'kikapcsoltam',
    ],
    login: [
      'bejelentkezés', 'jelentkezz be', 'lépj be', 'login', 'kijelentkezés', 'regisztráció',
      'regisztrálj', 'regisztrálok', 'fiók létrehozása', 'fiókom', 'fiókod', 'profilom', 'jelszó', 'jelszavad',
      'elfelejtett jelszó', 'elfelejtetted a', 'e mail cím', 'email cím', 'felhasználónév', 'emlékezz rám',
      'maradj bejelentkezve', 'folytatás google', 'nincs még fiókod', 'van már fiókod', 'regisztrált felhasználók',
    ],
    nav: [
      'főoldal', 'címlap', 'nyitóoldal', 'menü', 'keresés', 'kereső', 'ugrás a tartalomra', 'ugrás a', 'fő tartalom',
      'navigáció', 'rovatok', 'rovat', 'archívum', 'belföld', 'külföld', 'politika', 'gazdaság', 'sport',
      'foci', 'futball', 'kultúra', 'tudomány', 'tech', 'technológia', 'vélemény', 'publicisztika', 'világ',
      'időjárás', 'utazás', 'egészség', 'életmód', 'videó', 'podcast*', 'élő közvetítés', 'percről percre',
      'hírek', 'friss hírek', 'legfrissebb', 'ingatlan', 'klíma', 'horoszkóp',
      'keresztrejtvény', 'bulvár', 'vissza a tetejére', 'összes rovat',
    ],
    share: [
      'megosztás', 'oszd meg', 'megosztom', 'megosztás facebookon', 'nyomtatás', 'nyomtat', 'e mail', 'email', 'küldés',
      'link másolása', 'másold a linket', 'link másolva', 'másolva', 'cikk mentése', 'mentés később', 'elmentve',
      'meghallgatás', 'hallgasd meg', 'betűméret', 'szövegméret', 'messenger', 'flipboard', 'olvasólista',
    ],
    related: [
      'kapcsolódó', 'kapcsolódó cikkek', 'kapcsolódó hírek', 'ajánlott', 'ajánlott cikkek', 'ajánló', 'ezek is érdekelhetnek',
      'érdekelhet', 'olvasta már', 'ezt olvasta már', 'olvasd el', 'további cikkek', 'további hírek', 'még több',
      'legolvasottabb*', 'legnépszerűbb*', 'legfrissebb hírek', 'hírlevél*', 'newsletter*', 'postafiók*', 'címkék',
      'témák', 'nehogy lemaradj', 'ne maradj le', 'ajánljuk', 'szerkesztő ajánl*',
    ],
    ad: [
      'hirdetés', 'reklám', 'szponzorált', 'szponzorált tartalom', 'támogatott tartalom', 'fizetett tartalom',
      'pr cikk', 'partnerünk', 'affiliate', 'outbrain',
      'taboola', 'a cikk folytatódik', 'hirdetés után',
    ],
    editor: [
      'képernyőolvasó*', 'billentyűparancs*', 'gyorsbillentyű*', 'nyomd meg', 'nyomja meg', 'ctrl', 'alt', 'billentyű*',
      'nyílbillentyű*', 'enter', 'közreműködő*', 'csatlakozott a dokumentumhoz', 'elhagyta a dokumentumot', 'javasolt módosítás*', 'javaslat mód',
      'szerkesztési mód', 'csak olvasható', 'verziótörténet', 'utolsó módosítás', 'módosítások mentve', 'akadálymentes*',
      'braille', 'támogatás bekapcsolása',
    ],
    comments: [
      'hozzászólás*', 'komment*', 'válaszolj', 'jelentem', 'tetszik', 'lájk*',
      'házirend', 'moderál*', 'legújabb elöl', 'legrégebbi elöl', 'válaszok megjelenítése', 'fórum',
      'disqus', 'szólj hozzá', 'írj hozzászólást',
    ],
    footer: [
      'impresszum', 'adatvédelmi tájékoztató', 'adatvédelmi szabályzat', 'süti szabályzat', 'felhasználási feltételek',
      'általános szerződési', 'aszf', 'ászf', 'kapcsolat', 'elérhetőség*', 'rólunk', 'karrier', 'állásajánlat*',
      'médiaajánlat', 'hirdetési ajánlat', 'minden jog fenntartva', 'jog fenntartva', 'copyright', 'oldaltérkép',
      'akadálymentesség', 'súgó', 'gyakori kérdések', 'gyik', 'ügyfélszolgálat', 'szerkesztőség', 'etikai kódex',
      'rss', 'médiatanács', 'nmhh',
    ],
    author: [
      'szerző', 'szerzők', 'szerzője', 'újságíró', 'tudósító', 'riporter', 'szerkesztő', 'főszerkesztő',
      'rovatvezető', 'publicista', 'kommentátor', 'munkatárs', 'munkatársunk', 'munkatársunktól', 'tudósítónk',
    ],
    bio: [
      'újságíróként', 'riporterként', 'tudósítójaként', 'írásai', 'kövesd', 'kövesse',
      'összes cikke', 'cikkei', 'könyv szerzője', 'díjas',
    ],
    contributors: [
      'közreműködött', 'közreműködők', 'közreműködésével', 'szerkesztette', 'szerkesztés', 'korrektúra',
      'tényellenőrzés', 'infografika', 'grafika', 'kiegészítő tudósítás',
    ],
    provenance: [
      'fordította', 'fordítás', 'fordító', 'gépi fordítás', 'automatikus fordítás', 'eredetileg megjelent',
      'eredetileg a', 'először megjelent', 'először jelent', 'cikk eredetileg', 'engedélyével',
      'engedélyével közöljük', 'eredeti cikk', 'eredeti változat', 'creative commons', 'átvett',
    ],
    credit: [
      'fotó', 'fotók', 'fénykép', 'kép', 'képek', 'illusztráció', 'illusztratív', 'infografika', 'grafika', 'videó',
      'archív', 'archív fotó', 'fotós', 'fotóriporter', 'getty', 'getty images', 'mti fotó', 'képernyőkép', 'képforrás',
      'forrás', 'shutterstock',
    ],
    source: [
      'forrás', 'források', 'hírügynökség', 'ügynökség', 'mti', 'magyar távirati', 'via', 'mti hírügynökség',
    ],
    date: [
      'közzétéve', 'publikálva', 'frissítve', 'frissítés', 'utolsó frissítés', 'módosítva', 'ma', 'tegnap',
      'tegnapelőtt', 'perce', 'órája', 'perccel ezelőtt', 'órával ezelőtt', 'olvasási idő', 'hétfő', 'kedd', 'szerda', 'csütörtök',
      'péntek', 'szombat', 'vasárnap',
    ],
  },
  months: [
    ['január', 'jan', 'januári'], ['február', 'feb', 'febr', 'februári'], ['március', 'márc', 'márciusi'],
    ['április', 'ápr', 'áprilisi'], ['május', 'máj', 'májusi'], ['június', 'jún', 'júniusi'], ['július', 'júl', 'júliusi'],
    ['augusztus', 'aug', 'augusztusi'], ['szeptember', 'szept', 'szep', 'szeptemberi'], ['október', 'okt', 'októberi'],
    ['november', 'nov', 'novemberi'], ['december', 'dec', 'decemberi'],
  ],
  byline: {
    prefixes: ['szerző', 'írta', 'szöveg'],
    and: ['és', '&'],
    copula: [],
    contributed: ['közreműködött', 'a cikk elkészítésében közreműködött'],
    in: [],
  },
}
