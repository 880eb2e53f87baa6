package org.convene.benchmarking;

/**
 * A participating unit (team, site, business unit, region) as the analysis sees it.
 *
 * @param id    the unit's id
 * @param label the name to show; under anonymous visibility the caller passes a stable
 *              label such as "Unit C" instead, the analysis never needs the real name
 */
record Unit(long id, String label) {
}
