/**
 * The service report's appendices (issue 12 item 3): A, every figure's definition and source
 * (the dashboard's `definitions`); B, every method with its exact rule and source (core's
 * evidence/definitions.ts, its rules given here in Welsh too); C, the disclosure rule the
 * report is under and how many figures it hid.
 */
import { DISCLOSURE_RULE } from '../access/disclosure-control.js';
import type { EvidenceDashboard } from '../contracts/evidence.js';
import { definitionOf, METRIC_IDS, type MetricId } from '../evidence/definitions.js';
import type { LocalisedText } from '../shared/localised-text.js';
import type { DocumentBlock } from './document-model.js';
import { publicSource, type ReportLanguage } from './service-report-format.js';
import { APPENDIX_TITLES, W } from './service-report-words.js';

/** Each method's rule in Welsh; the English is core's (`definitionOf(id).rule`). */
const RULES_CY: Readonly<Record<MetricId, string>> = {
  'wilson-interval':
    'Cyfwng sgôr Wilson heb gywiriad parhad, z = 1.959964; dim cyfwng pan na chyfrifir neb (n = 0).',
  'mean-ci':
    'cymedr ± t(0.975, n − 1) × gwyriad safonol / √n, gwyriad safonol gyda rhannydd n − 1; dim cyfwng am lai na dau werth.',
  median:
    'Rhyngosod llinol rhwng ystadegau trefn (math 7, fel quantile() R a PERCENTILE.INC Excel) ar werthoedd unigol; mae RTT GIG Lloegr yn rhyngosod o fewn bandiau wythnosol o ddata wedi’u grwpio, felly disgwylir gwahaniaethau bach.',
  'percentile-90':
    'Rhyngosod llinol math 7: h = (n − 1) × 0.9, rhwng y ⌊h⌋-fed a’r ⌈h⌉-fed gwerth wedi’u trefnu (o 0).',
  'within-weeks': 'Mae aros o d diwrnod o fewn N wythnos pan fo d ≤ 7 × N; cyfwng Wilson 95%.',
  sii: 'Atchweliad sgwariau lleiaf wedi’i bwysoli o gyfradd y grŵp ar safle canol y boblogaeth gronnus (y mwyaf difreintiedig yn gyntaf, pwysau = cyfran y boblogaeth); SII = −llethr, felly mae cyfradd uwch ymhlith y mwyaf difreintiedig yn bositif; cyfwng hyder 95% o gyfeiliornad safonol y llethr gyda t ar (grwpiau − 2) gradd rhyddid, fel confint() lm() R.',
  rii: 'RII = SII / y gyfradd gymedrig; ei gyfwng hyder yw cyfwng SII wedi’i rannu â’r un gyfradd gymedrig.',
  'tt-caseness':
    'Lefel achos: PHQ-9 ≥ 10 neu GAD-7 ≥ 8. Wedi gorffen: o leiaf ddau gyswllt triniaeth wedi’u mynychu. Wedi’u paru: sgôr cyntaf ac olaf ar gyfer PHQ-9 a GAD-7.',
  'tt-recovery': 'Wedi adfer: lefel achos ar y dechrau, ac yn yr olaf PHQ-9 < 10 a GAD-7 < 8.',
  'tt-reliable-improvement': 'Trothwyon newid dibynadwy: PHQ-9 6 phwynt, GAD-7 4 pwynt.',
  'tt-reliable-deterioration':
    'Dirywiad ar y naill fesur neu’r llall: PHQ-9 olaf − cyntaf ≥ 6 neu GAD-7 olaf − cyntaf ≥ 4.',
  'tt-reliable-recovery':
    'Adferiad dibynadwy = adferiad a gwelliant dibynadwy yn yr un cyfnod gofal.',
  'paired-change': 'newid = olaf − cyntaf; cymedr ± t(0.975, n − 1) × gwyriad safonol / √n.',
  'reliable-change-index':
    'RCI = (olaf − cyntaf) / (SD₁ × √2 × √(1 − r)); dibynadwy pan fo |RCI| > 1.96.',
  'copm-important-change':
    'Gwelliant pwysig: newid perfformiad ≥ 2 a newid boddhad ≥ 2 (sgoriau i 2 le degol).',
  'gas-achieved':
    'Mae T ≥ 50 (ρ = 0.3) yn golygu bod nodau wedi’u cyflawni fel y disgwyl neu’n well.',
  'eq5d-paretian-change':
    'Gwell: o leiaf un dimensiwn yn well a dim un yn waeth; gwaeth: o leiaf un yn waeth a dim un yn well; cymysg: rhai’n well a rhai’n waeth; heb newid: pob un o’r pump yr un fath.',
  'eq5d-index-change':
    'Fe’i gwrthodir, gyda rheswm, pan ddaw’r ddau fynegai o setiau gwerthoedd gwahanol.',
  'disclosure-control':
    'Dangosir 0 fel 0; ataliwyd 1–7; talgrynnwyd eraill i’r 5 agosaf; lle mae gan gyfanswm a ddangosir un gell wedi’i hatal yn union, ataliwyd y gell leiaf nesaf hefyd, dro ar ôl tro nes ei fod yn sefydlog.',
  'cost-comparison':
    'cost = oriau × cost uned yr awr; isel / canolog / uchel o’r ystodau a nodwyd o funudau fesul apwyntiad.',
  'uptake-per-1000':
    '1,000 × rhifiadur / rhestr gofrestredig; cyfwng Wilson 95% wedi’i raddio yn yr un ffordd.',
  'group-rate': 'Caiff rhesi gyda’r un allwedd grŵp eu hadio cyn cymryd y gyfradd.',
  'imd-quintile':
    'cwintel = ⌈degradd / 2⌉, o fewn un mynegai yn unig: ni chaiff IMD 2019 Lloegr a WIMD 2019 Cymru byth eu cyfuno.',
  core20:
    'Degradd IMD 2019 1 neu 2; diffiniad ar gyfer Lloegr yw Core20 ac ni chaiff ei gymhwyso i WIMD.',
};

function isMetricId(id: string): id is MetricId {
  return (METRIC_IDS as readonly string[]).includes(id);
}

/** The method's title in the report's language, for the definitions table. */
function methodTitle(method: string | null, language: ReportLanguage): string | null {
  if (method === null || !isMetricId(method)) return null;
  const d = definitionOf(method);
  return language === 'en' ? d.title : d.titleCy;
}

const DISCLOSURE_TEXT = {
  statement: (hidden: number): LocalisedText => ({
    en: `The figures in this report leave the service, so all of them are under disclosure control, whoever produced it. A count of 0 is shown as 0; a count from 1 to 7 is suppressed; every other count is rounded to the nearest 5 (8 becomes 10, 12 becomes 10, 13 becomes 15). Rates and their intervals are worked out from the rounded counts, and are suppressed when either count is. A median or mean over 1 to 7 people is not shown. In each breakdown, wherever a hidden count could be worked out from the others and the total, a further count is hidden. People’s own comments are never included. ${String(hidden)} figures are hidden in this report.`,
    cy: `Mae’r ffigurau yn yr adroddiad hwn yn gadael y gwasanaeth, felly maent i gyd o dan reolaeth datgelu, pwy bynnag a’i lluniodd. Dangosir cyfrif o 0 fel 0; caiff cyfrif o 1 i 7 ei atal; caiff pob cyfrif arall ei dalgrynnu i’r 5 agosaf (daw 8 yn 10, 12 yn 10, 13 yn 15). Cyfrifir cyfraddau a’u cyfyngau o’r cyfrifon wedi’u talgrynnu, a chânt eu hatal pan ataliwyd y naill gyfrif neu’r llall. Ni ddangosir canolrif na chymedr dros 1 i 7 o bobl. Ym mhob dadansoddiad, lle bynnag y gellid cyfrifo cyfrif cudd o’r lleill a’r cyfanswm, caiff cyfrif arall ei guddio. Ni chynhwysir sylwadau pobl eu hunain byth. Mae ${String(hidden)} o ffigurau wedi’u cuddio yn yr adroddiad hwn.`,
  }),
  rule: { en: 'Rule:', cy: 'Rheol:' },
} as const;

/** How many figures of the dashboard disclosure control hid. */
export function hiddenFigures(dashboard: EvidenceDashboard): number {
  const all = [
    ...dashboard.sections.flatMap((s) => s.figures),
    ...dashboard.outcomes.flatMap((o) => [
      o.change,
      ...(o.reliablyImproved ? [o.reliablyImproved] : []),
      ...(o.reliablyDeteriorated ? [o.reliablyDeteriorated] : []),
    ]),
    ...dashboard.breakdowns.flatMap((b) => b.rows.flatMap((r) => r.figures)),
    ...dashboard.inequality.flatMap((i) => [i.sii, i.rii]),
  ];
  return all.filter((f) => f.suppressed).length;
}

export function appendixBlocks(
  dashboard: EvidenceDashboard,
  language: ReportLanguage,
): DocumentBlock[] {
  const l = language;
  return [
    { kind: 'pageBreak' },
    { kind: 'heading', text: APPENDIX_TITLES.definitions[l] },
    {
      kind: 'table',
      header: [W.figure[l], W.whatIsCounted[l], W.source[l]],
      widths: [1.2, 2.6, 1.6],
      rows: dashboard.definitions.map((d) => {
        const method = methodTitle(d.method, l);
        return [
          d.title[l],
          d.definition[l],
          method === null
            ? publicSource(d.source, l)
            : `${publicSource(d.source, l)}. ${W.method[l]}: ${method}`,
        ];
      }),
    },
    { kind: 'heading', text: APPENDIX_TITLES.methods[l] },
    {
      kind: 'table',
      header: [W.method[l], W.rule[l], W.source[l]],
      widths: [1.2, 2.6, 1.6],
      rows: METRIC_IDS.map((id) => {
        const d = definitionOf(id);
        return [
          l === 'en' ? d.title : d.titleCy,
          l === 'en' ? d.rule : RULES_CY[id],
          publicSource(d.source, l),
        ];
      }),
    },
    { kind: 'heading', text: APPENDIX_TITLES.disclosure[l] },
    { kind: 'paragraph', text: DISCLOSURE_TEXT.statement(hiddenFigures(dashboard))[l] },
    {
      kind: 'paragraph',
      text: `${DISCLOSURE_TEXT.rule[l]} ${dashboard.disclosure?.rule ?? DISCLOSURE_RULE.name}.`,
    },
  ];
}
