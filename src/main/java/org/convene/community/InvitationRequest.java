package org.convene.community;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Whom to invite and with which role; shared by the invitations page and the API. */
record InvitationRequest(@NotBlank @Email @Size(max = 320) @Nullable String email, @NotNull @Nullable Role role) {
}
