package org.convene.community;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How invitations behave.
 *
 * @param validity how long an invitation link can be used after it is created ({@code convene.invitations.validity})
 */
@ConfigurationProperties("convene.invitations")
record InvitationSettings(@DefaultValue("14d") Duration validity) {
}
