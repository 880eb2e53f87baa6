package org.convene.benchmarking;

import java.util.List;

/**
 * A dimension in which a unit is below the round's median, with the way forward.
 *
 * @param level         the unit's level in the dimension
 * @param nextLevel     level + 1, the next step of its developmental path
 * @param nextDescriptor what performance looks like at the next level
 * @param learnFrom     the units at higher levels in this dimension, nearest level first
 *                      (those who made the next step most recently are the natural first
 *                      conversation), ties in the round's unit order
 */
record GrowthArea(Dimension dimension, int level, int nextLevel, String nextDescriptor, List<Unit> learnFrom) {
}
