/**
 * The demo clinic seeded with {@code --convene.demo=true}.
 */
@org.jspecify.annotations.NullMarked
package org.convene.clinic.demo;
