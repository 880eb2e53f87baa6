/**
 * The shared web layer: the page layout, error answers (problem+json for the API, error pages
 * for people), the language choice, and the exceptions other modules raise to produce them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
@org.jspecify.annotations.NullMarked
package org.convene.web;
