/**
 * Extra search words per category and language: the words people type that an article may
 * not use ("nødnumre" for the emergency numbers, "strømsvigt" for a power cut). Not facts,
 * only vocabulary, so they need no source. Indexed with the articles (see ./search.ts).
 */
import type { Category, Lang } from './types';

export const SEARCH_KEYWORDS: Record<Lang, Record<Category, string>> = {
  da: {
    warning: 'sirener sirene varsling advarsel alarm S!RENEN faresignal afvarsling',
    communication: 'telefonnet mobilnet mobilnettet nedbrud dækning teleforbindelse internet sms',
    power: 'strømsvigt strømafbrydelse strømnedbrud elnet elforsyning mørklægning',
    cyber: 'cyberangreb hackerangreb betaling betalingskort dankort kontanter hotline',
    weather: 'storm stormflod oversvømmelse højvande orkan skybrud',
    cbrn: 'kemisk radioaktiv nuklear atomulykke gasudslip jod jodtabletter udslip',
    numbers: 'nødnumre nødnummer alarmnummer alarmcentral telefonnumre 112 114 1813 giftlinjen',
    'first-aid': 'førstehjælp hjertestop hjertestarter genoplivning sideleje ulykke',
    water: 'vandforsyning drikkevand vandsvigt kogeanbefaling',
    climate: 'kulde hedebølge varme frost',
    prepare: 'beredskab forberedelse nødforsyning forsyninger husstand madlager',
  },
  en: {
    warning: 'sirens siren warning alert alarm S!RENEN all-clear',
    communication: 'phone network mobile outage signal telecom internet text message',
    power: 'power cut outage blackout electricity grid',
    cyber: 'cyber attack hacker payment card cash hotline',
    weather: 'storm surge flood flooding high water hurricane cloudburst',
    cbrn: 'chemical radioactive nuclear radiation gas leak iodine release',
    numbers: 'emergency numbers emergency number phone numbers 112 114 1813 poison line',
    'first-aid': 'first aid cardiac arrest defibrillator AED CPR recovery position accident',
    water: 'water supply drinking water outage boil',
    climate: 'cold heat heatwave frost',
    prepare: 'preparedness prepare emergency supply supplies household stock',
  },
  uk: {
    warning: 'сирени сирена оповіщення тривога S!RENEN відбій',
    communication: 'телефон мобільний зв’язок мережа інтернет',
    power: 'світло електрика електроенергія відключення блекаут',
    cyber: 'кібератака хакери оплата картка готівка',
    weather: 'шторм повінь нагін',
    cbrn: 'хімічний радіація радіоактивний ядерний йод викид',
    numbers: 'екстрені номери номер телефону 112 114 1813',
    'first-aid': 'перша допомога серце дефібрилятор реанімація',
    water: 'вода водопостачання питна',
    climate: 'холод спека мороз',
    prepare: 'підготовка запаси домогосподарство',
  },
};
