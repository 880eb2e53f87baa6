/**
 * Communities of practice: their members and roles, member profiles, the tree of units,
 * invitations and the member directory. Other modules ask {@link org.convene.community.CommunityAccess}
 * who may see and do what in a community.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community")
@org.jspecify.annotations.NullMarked
package org.convene.community;
