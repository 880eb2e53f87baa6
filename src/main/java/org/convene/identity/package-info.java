/**
 * Accounts, sign-in (form, remember-me, API tokens), the first administrator and the
 * security configuration. Other modules see who is signed in through {@link org.convene.identity.ConveneUser}
 * and create or look up accounts through {@link org.convene.identity.Accounts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
@org.jspecify.annotations.NullMarked
package org.convene.identity;
