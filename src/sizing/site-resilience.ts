import { and, eq, input, optionInput, text } from '../expr/expression.js';

/**
 * A DAG stretched over two sites whose DR copies are not lagged and are activated by a datacenter switchover
 * (Microsoft "Understanding Database Availability Groups"; "Planning for High Availability and Site Resilience" [S72]):
 * the option that names `datacenter_switchover` as its site-loss recovery in data/options.csv.
 */
export const siteResilientDag = eq(optionInput('site_loss'), text('datacenter_switchover'));

/**
 * The calculator's active/active user distribution [S71]: users active in both sites, each site the other's DR, so
 * each site carries both sites' users after a site failure; active/passive keeps every user in the primary site.
 */
export const activeActive = and(siteResilientDag, eq(input('user_distribution'), text('active-active')));
