/**
 * What each figure of the workforce plan means and where it comes from, in English and Welsh
 * (issue 13 item 6), following docs/planning-definitions.md and the planning page's wording.
 */
import type { LocalisedText } from '../shared/localised-text.js';
import { P } from './workforce-plan-words.js';

/** The source of every projected figure, in plain words. */
const PROJECTION_SOURCE: LocalisedText = {
  en: 'Everyday’s projection, from the service’s own record and rota (section 6)',
  cy: 'Rhagamcan Everyday, o gofnod a rota’r gwasanaeth ei hun (adran 6)',
};
const RECORD_SOURCE: LocalisedText = {
  en: 'Everyday’s records: the waiting list and the rota, read live',
  cy: 'Cofnodion Everyday: y rhestr aros a’r rota, wedi’u darllen yn fyw',
};
const PACKAGE_SOURCE: LocalisedText = {
  en: 'NHSRwaitinglist (source below), from Everyday’s records',
  cy: 'NHSRwaitinglist (ffynhonnell isod), o gofnodion Everyday',
};

/** The queueing figures' source in full, set below their definitions. */
export const QUEUEING_SOURCE: LocalisedText = {
  en: 'Source: the waiting-list figures of NHS-R Community, NHSRwaitinglist (github.com/nhs-r-community/NHSRwaitinglist), as the package’s code and tests compute them.',
  cy: 'Ffynhonnell: ffigurau rhestr aros NHS-R Community, NHSRwaitinglist (github.com/nhs-r-community/NHSRwaitinglist), fel y mae cod a phrofion y pecyn yn eu cyfrifo.',
};

/** Each figure's meaning and source, by section. */
export const DEFINITIONS = {
  projection: [
    {
      figure: { en: 'List size', cy: 'Maint y rhestr' },
      meaning: {
        en: 'People waiting (one-to-one and group lists) at the end of the week.',
        cy: 'Pobl yn aros (rhestrau un i un a grŵp) ar ddiwedd yr wythnos.',
      },
      source: PROJECTION_SOURCE,
    },
    {
      figure: { en: 'Longest wait', cy: 'Yr amser aros hiraf' },
      meaning: {
        en: 'Completed weeks waited by the longest-waiting person at the end of the week (0 to 6 days is week 0, as the live waiting list counts).',
        cy: 'Wythnosau cyfan a arhoswyd gan yr unigolyn sydd wedi aros hiraf ar ddiwedd yr wythnos (0 i 6 diwrnod yw wythnos 0, fel y mae’r rhestr aros fyw yn cyfrif).',
      },
      source: PROJECTION_SOURCE,
    },
    {
      figure: { en: 'Seen within target', cy: 'Wedi’u gweld o fewn y targed' },
      meaning: {
        en: 'Of the people seen for the first time in a week, the share whose wait was at most the target (a wait of d days is within N weeks when d is at most 7 × N). The summary gives the median run’s weekly share averaged over the final 26 weeks (all weeks of a shorter projection), leaving out weeks in which nobody was seen.',
        cy: 'O’r bobl a welwyd am y tro cyntaf mewn wythnos, y gyfran a arhosodd ddim mwy na’r targed (mae aros o d diwrnod o fewn N wythnos pan fo d yn 7 × N neu lai). Mae’r crynodeb yn rhoi cyfran wythnosol y rhediad canolrif ar gyfartaledd dros y 26 wythnos olaf (pob wythnos o ragamcan byrrach), gan adael allan wythnosau pan na welwyd neb.',
      },
      source: PROJECTION_SOURCE,
    },
    {
      figure: { en: 'Median and percentiles', cy: 'Canolrif a chanraddau' },
      meaning: {
        en: 'The projection is run many times with different chances. The median (50th percentile) is the middle run; in 8 runs out of 10 the figure fell between the 10th and the 90th percentile (Hyndman and Fan’s type 7, the default of R and Excel).',
        cy: 'Caiff y rhagamcan ei redeg lawer gwaith gyda siawns wahanol. Y canolrif (50fed canradd) yw’r rhediad canol; mewn 8 rhediad o bob 10 roedd y ffigur rhwng y 10fed a’r 90fed canradd (math 7 Hyndman a Fan, rhagosodiad R ac Excel).',
      },
      source: PROJECTION_SOURCE,
    },
    {
      figure: { en: 'Workforce needed', cy: 'Y gweithlu sydd ei angen' },
      meaning: {
        en: 'The fewest extra sessions a week, added from the first week, whose projection sees the target share of people within the target wait (the median run’s share over the final 26 weeks); in whole-time equivalents at 10 sessions a week. Tried at 0, then 1, 2, 4, 8 and more sessions until the target is met, then narrowed to one session.',
        cy: 'Y nifer lleiaf o sesiynau ychwanegol yr wythnos, wedi’u hychwanegu o’r wythnos gyntaf, y mae eu rhagamcan yn gweld cyfran darged y bobl o fewn yr amser aros targed (cyfran y rhediad canolrif dros y 26 wythnos olaf); mewn cyfwerth ag amser llawn ar 10 sesiwn yr wythnos. Rhoddir cynnig ar 0, yna 1, 2, 4, 8 a mwy o sesiynau nes cyrraedd y targed, ac yna culhau i un sesiwn.',
      },
      source: PROJECTION_SOURCE,
    },
  ],
  demand: [
    {
      figure: { en: 'Joined the waiting list', cy: 'Ymunodd â’r rhestr aros' },
      meaning: {
        en: 'Requests accepted onto the waiting list in the week (Monday to Sunday). The first and last weeks may be part weeks.',
        cy: 'Ceisiadau a dderbyniwyd ar y rhestr aros yn ystod yr wythnos (dydd Llun i ddydd Sul). Gall yr wythnos gyntaf a’r olaf fod yn rhannol.',
      },
      source: RECORD_SOURCE,
    },
    {
      figure: { en: 'First appointments booked', cy: 'Apwyntiadau cyntaf a drefnwyd' },
      meaning: {
        en: 'People taken off the waiting list in the week because their first appointment was booked.',
        cy: 'Pobl a dynnwyd oddi ar y rhestr aros yn ystod yr wythnos oherwydd bod eu hapwyntiad cyntaf wedi’i drefnu.',
      },
      source: RECORD_SOURCE,
    },
    {
      figure: { en: 'One-to-one slots', cy: 'Slotiau un i un' },
      meaning: {
        en: 'The one-to-one appointment slots the rota gave in the week, less leave, cancelled days and bank holidays.',
        cy: 'Y slotiau apwyntiad un i un a roddodd y rota yn ystod yr wythnos, llai absenoldeb, diwrnodau a ganslwyd a gwyliau banc.',
      },
      source: RECORD_SOURCE,
    },
    {
      figure: { en: 'Slots booked', cy: 'Slotiau a drefnwyd' },
      meaning: {
        en: 'Of those slots, how many had an appointment booked into them.',
        cy: 'O’r slotiau hynny, faint oedd ag apwyntiad wedi’i drefnu ynddynt.',
      },
      source: RECORD_SOURCE,
    },
  ],
  queueing: [
    {
      figure: { en: 'Joining and booked a week', cy: 'Yn ymuno ac yn cael apwyntiad bob wythnos' },
      meaning: {
        en: 'Demand: 7 divided by the mean gap in days between people joining the list over the period; capacity: the same over the days people were booked off it (a withdrawal is not capacity).',
        cy: 'Galw: 7 wedi’i rannu â’r bwlch cymedrig mewn diwrnodau rhwng pobl yn ymuno â’r rhestr dros y cyfnod; capasiti: yr un peth dros y diwrnodau y cafodd pobl apwyntiad oddi arni (nid yw tynnu’n ôl yn gapasiti).',
      },
      source: PACKAGE_SOURCE,
    },
    {
      figure: { en: 'Queue load', cy: 'Llwyth y ciw' },
      meaning: {
        en: 'How many people join the list for each one who is booked off it: people joining a week divided by people booked a week. Below 1 the list can settle; 1 or above, it grows.',
        cy: 'Faint o bobl sy’n ymuno â’r rhestr am bob un sy’n cael apwyntiad oddi arni: y bobl sy’n ymuno bob wythnos wedi’u rhannu â’r bobl sy’n cael apwyntiad bob wythnos. O dan 1 gall y rhestr sefydlogi; 1 neu fwy, mae’n tyfu.',
      },
      source: PACKAGE_SOURCE,
    },
    {
      figure: { en: 'Target mean wait', cy: 'Amser aros cymedrig targed' },
      meaning: {
        en: 'The average wait the list has to keep for nearly everyone to be seen within the target: the target wait divided by the factor (4: about 1.8% wait longer than the target).',
        cy: 'Yr amser aros cyfartalog y mae’n rhaid i’r rhestr ei gadw er mwyn i bron pawb gael eu gweld o fewn y targed: yr amser aros targed wedi’i rannu â’r ffactor (4: mae tua 1.8% yn aros yn hwy na’r targed).',
      },
      source: PACKAGE_SOURCE,
    },
    {
      figure: { en: 'Target queue size', cy: 'Maint targed y ciw' },
      meaning: {
        en: 'The number waiting that keeps that average wait at today’s demand: people joining a week times the target mean wait (Little’s law). A list more than twice this size needs relief capacity first.',
        cy: 'Y nifer sy’n aros sy’n cadw’r amser aros cyfartalog hwnnw ar y galw presennol: y bobl sy’n ymuno bob wythnos wedi’u lluosi â’r amser aros cymedrig targed (deddf Little). Mae rhestr sy’n fwy na dwywaith y maint hwn angen capasiti lliniaru yn gyntaf.',
      },
      source: PACKAGE_SOURCE,
    },
    {
      figure: { en: 'Target capacity', cy: 'Capasiti targed' },
      meaning: {
        en: 'The first appointments a week needed to hold the target mean wait, allowing for how uneven joining and booking are: the more uneven, the more spare capacity the list needs. Shown while the list is at most twice its target size.',
        cy: 'Yr apwyntiadau cyntaf bob wythnos sydd eu hangen i ddal yr amser aros cymedrig targed, gan ystyried pa mor anwastad yw ymuno a threfnu apwyntiadau: po fwyaf anwastad, y mwyaf o gapasiti sbâr sydd ei angen ar y rhestr. Fe’i dangosir tra bo’r rhestr ddim mwy na dwywaith ei maint targed.',
      },
      source: PACKAGE_SOURCE,
    },
    {
      figure: { en: 'Relief capacity', cy: 'Capasiti lliniaru' },
      meaning: {
        en: 'The first appointments a week needed to bring an over-long list down to its target size in 26 weeks. Shown once the list is more than twice its target size.',
        cy: 'Yr apwyntiadau cyntaf bob wythnos sydd eu hangen i ddod â rhestr rhy hir i lawr i’w maint targed mewn 26 wythnos. Fe’i dangosir pan fo’r rhestr yn fwy na dwywaith ei maint targed.',
      },
      source: PACKAGE_SOURCE,
    },
    {
      figure: { en: 'Waiting list pressure', cy: 'Pwysau’r rhestr aros' },
      meaning: {
        en: 'Twice the mean wait of those waiting, divided by the target wait. Above 1 the list is likely to miss its target.',
        cy: 'Dwywaith amser aros cymedrig y rhai sy’n aros, wedi’i rannu â’r amser aros targed. Uwchben 1 mae’r rhestr yn debygol o fethu ei tharged.',
      },
      source: PACKAGE_SOURCE,
    },
  ],
} as const;

/** The staffing norm's column meanings, with the norm's numbers in them. */
export function normDefinitions(
  population: string,
  sessionsPerWte: string,
): readonly { figure: LocalisedText; meaning: LocalisedText; source: LocalisedText }[] {
  const rota: LocalisedText = {
    en: 'Everyday’s rota: the clinic templates running today',
    cy: 'Rota Everyday: y templedi clinig sy’n rhedeg heddiw',
  };
  const norm: LocalisedText = {
    en: 'The staffing norm and its source, above',
    cy: 'Y norm staffio a’i ffynhonnell, uchod',
  };
  return [
    {
      figure: P.population,
      meaning: {
        en: 'Patients registered at the practice (its list size). Unknown when no list size is recorded, never zero; a total adds the known list sizes only.',
        cy: 'Cleifion sydd wedi’u cofrestru yn y practis (maint ei restr). Anhysbys pan nad oes maint rhestr wedi’i gofnodi, byth yn sero; mae cyfanswm yn adio’r meintiau rhestr hysbys yn unig.',
      },
      source: {
        en: 'In England, NHS Digital’s Patients Registered at a GP Practice; elsewhere, as the service recorded it',
        cy: 'Yn Lloegr, Patients Registered at a GP Practice gan NHS Digital; mewn mannau eraill, fel y’i cofnodwyd gan y gwasanaeth',
      },
    },
    {
      figure: P.delivered,
      meaning: {
        en: 'Clinic hours a week at the practice’s sites divided by four (a session is four hours). Leave and one-off changes do not change the weekly pattern.',
        cy: 'Oriau clinig yr wythnos yn safleoedd y practis wedi’u rhannu â phedwar (mae sesiwn yn bedair awr). Nid yw absenoldeb a newidiadau untro yn newid y patrwm wythnosol.',
      },
      source: rota,
    },
    {
      figure: P.needed,
      meaning: {
        en: `Registered population divided by ${population}, to two decimal places, in proportion (not rounded up to whole sessions).`,
        cy: `Poblogaeth gofrestredig wedi’i rhannu â ${population}, i ddau le degol, yn gymesur (heb ei thalgrynnu i fyny i sesiynau cyfan).`,
      },
      source: norm,
    },
    {
      figure: P.gapSessions,
      meaning: {
        en: 'Sessions needed minus sessions delivered, never below zero. A PCN’s or the service’s gap is the sum of its practices’ gaps: one practice’s surplus does not cover another’s gap, as the norm is for each practice.',
        cy: 'Y sesiynau sydd eu hangen llai’r sesiynau a ddarperir, byth yn llai na sero. Bwlch PCN neu’r gwasanaeth yw swm bylchau ei bractisau: nid yw gwarged un practis yn llenwi bwlch un arall, gan fod y norm ar gyfer pob practis.',
      },
      source: norm,
    },
    {
      figure: P.gapWte,
      meaning: {
        en: `The gap in sessions divided by ${sessionsPerWte}, the sessions a week of one whole-time equivalent, to two decimal places.`,
        cy: `Y bwlch mewn sesiynau wedi’i rannu â ${sessionsPerWte}, sef sesiynau’r wythnos un cyfwerth ag amser llawn, i ddau le degol.`,
      },
      source: {
        en: 'The NHS job-planning convention of ten programmed activities a week',
        cy: 'Confensiwn cynllunio swyddi’r GIG o ddeg gweithgaredd rhaglenedig yr wythnos',
      },
    },
  ];
}
