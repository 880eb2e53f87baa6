package org.convene.benchmarking;

/** What performance looks like in one dimension at one level (the list position gives the level). */
record LevelDescriptor(String descriptor) {
}
