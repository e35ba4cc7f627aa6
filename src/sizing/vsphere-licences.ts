import {
  add,
  and,
  div,
  type Expr,
  eq,
  gt,
  ifThen,
  input,
  le,
  max,
  mul,
  not,
  optionInput,
  or,
  roundUp,
  rowField,
  text,
} from '../expr/expression.js';
import { type Figure, optionFigure, type RowSet, rowFigure } from '../expr/figure.js';
import type { FigureId } from '../model/figure-ids.js';
import { ref } from '../model/figure-ref.js';
import { cheapest, type EditionFigure, editionChoiceFigures } from './edition-choice.js';
import { licenceLine, licenceLineFigures } from './licence-lines.js';
import { supportShareOf } from './prices.js';

export const vsphereEditionCandidates = {
  id: 'vsphereEditions',
  label: 'vSphere editions',
  kind: 'table',
  table: 'vsphere-editions',
  keyColumn: 'rank',
} as const satisfies RowSet;
export const vcenterEditionCandidates = {
  id: 'vcenterEditions',
  label: 'vCenter Server editions',
  kind: 'table',
  table: 'vcenter-editions',
  keyColumn: 'rank',
} as const satisfies RowSet;

const needs = (need: string, has: string) => or(not(optionInput(need)), rowField(has));
const backup = (method: string) => eq(input('backup_method'), text(method));
const isKit = gt(rowField('kit_hosts'), 0);
const largestSite = (primary: FigureId, dr: FigureId) => max(ref(primary), ref(dr));

/** A vCenter Server per site with hosts; Foundation manages a few hosts only [L:S97] [L:3.3]. */
const vcenterFigures: readonly Figure[] = [
  optionFigure(
    'sites',
    { label: 'Sites with hosts', unit: 'sites', kind: 'count' },
    add(ifThen(gt(ref('primaryHosts'), 0), 1, 0), ifThen(gt(ref('drHosts'), 0), 1, 0)),
  ),
  ...editionChoiceFigures({
    set: vcenterEditionCandidates,
    valid: {
      label: 'Manages the hosts of the largest site',
      source: '[L:S97]',
      expr: or(eq(rowField('max_hosts'), 0), le(largestSite('primaryHosts', 'drHosts'), rowField('max_hosts'))),
    },
    licences: { label: 'vCenter Server licences, one per site', source: '[L:S97]', expr: ref('sites') },
    validId: 'vcenterEditionValid',
    validLabel: 'A vCenter Server edition manages every site',
  }),
];

/**
 * vSphere: the cheapest edition, with the vCenter Server it needs, that has every feature the option needs
 * [L:3.1] [L:S31]: per processor [L:S22], or an Essentials kit for a site of at most three hosts of two
 * processors that bundles vCenter Server Essentials [L:S20] [L:S97].
 */
const vsphereFigures: readonly Figure[] = [
  optionFigure(
    'licensedSites',
    { label: 'Sites with licensed hosts', unit: 'sites', kind: 'count' },
    add(ifThen(gt(ref('primaryHosts'), 0), 1, 0), ifThen(gt(ref('drLicensedHosts'), 0), 1, 0)),
  ),
  ...editionChoiceFigures({
    set: vsphereEditionCandidates,
    valid: {
      label: 'Has every feature the option needs, and a kit covers each site',
      source: '[L:3.1] [L:S31] [L:S20]',
      expr: and(
        needs('needs_ha', 'ha'),
        needs('needs_vmotion', 'vmotion'),
        needs('needs_drs', 'drs'),
        needs('needs_app_monitoring', 'app_monitoring'),
        or(not(backup('vdr')), rowField('data_recovery')),
        or(
          not(isKit),
          and(
            le(largestSite('primaryHosts', 'drLicensedHosts'), rowField('kit_hosts')),
            le(input('host_sockets'), rowField('kit_processors_per_host')),
            le(input('host_cores_per_socket'), rowField('max_cores_per_processor')),
          ),
        ),
      ),
    },
    licences: {
      label: 'Processor licences, or kits (one per site)',
      source: '[L:S22] [L:S20]',
      expr: ifThen(
        isKit,
        ref('licensedSites'),
        mul(
          ref('licensedHosts'),
          input('host_sockets'),
          roundUp(div(input('host_cores_per_socket'), rowField('max_cores_per_processor'))),
        ),
      ),
    },
    alsoCosts: {
      id: 'vsphereEditionsVcenterCost',
      label: 'vCenter Server bought beside it',
      source: '[L:S97]',
      expr: ifThen(rowField('includes_vcenter'), 0, ref('vcenterSeparateCost')),
    },
    validId: 'vsphereEditionValid',
    validLabel: 'A vSphere edition has every feature needed',
  }),
  rowFigure(vsphereEditionCandidates.id)(
    'vsphereEditionsIncludesVcenter',
    { label: 'Bundles vCenter Server Essentials', unit: 'yes/no', kind: 'flag', source: '[L:S97]' },
    rowField('includes_vcenter'),
  ),
];

const chosenVcenter = (what: EditionFigure): Expr => cheapest(vcenterEditionCandidates.id, `vcenterEditions${what}`);
const chosenVsphere = (what: EditionFigure | 'IncludesVcenter'): Expr =>
  cheapest(vsphereEditionCandidates.id, `vsphereEditions${what}`);

export const vsphereLicenceFigures: readonly Figure[] = [
  ...vcenterFigures,
  optionFigure(
    'vcenterSeparateCost',
    { label: 'vCenter Server bought separately: cost', unit: 'currency', kind: 'money', source: '[L:S97]' },
    chosenVcenter('Cost'),
  ),
  ...vsphereFigures,
  ...licenceLineFigures(
    licenceLine('vsphereLicence'),
    '[L:S20] [L:S22]',
    chosenVsphere('Edition'),
    chosenVsphere('Licences'),
    chosenVsphere('UnitPrice'),
    supportShareOf(chosenVsphere('PriceItem')),
  ),
  optionFigure(
    'vcenterInVsphereKit',
    { label: 'vCenter Server Essentials comes in the vSphere kit', unit: 'yes/no', kind: 'flag', source: '[L:S97]' },
    chosenVsphere('IncludesVcenter'),
  ),
  ...licenceLineFigures(
    licenceLine('vcenterLicence'),
    '[L:S97]',
    ifThen(
      ref('vcenterInVsphereKit'),
      text('vCenter Server Essentials (in the vSphere kit)'),
      chosenVcenter('Edition'),
    ),
    ifThen(ref('vcenterInVsphereKit'), 0, chosenVcenter('Licences')),
    chosenVcenter('UnitPrice'),
    supportShareOf(chosenVcenter('PriceItem')),
  ),
];
