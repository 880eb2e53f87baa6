/**
 * The clinic's pages and the live room: views, the contract between server and browser
 * ({@code RoomContract}, {@code RoomPart}), the parts rendered once and pushed ({@code RoomParts},
 * {@code RoomPush}).
 */
@org.jspecify.annotations.NullMarked
package org.convene.clinic.web;
