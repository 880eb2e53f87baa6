package org.convene.clinic.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.convene.clinic.cases.InvalidCaseException;
import org.convene.clinic.protocol.ClinicRuleException;
import org.convene.clinic.session.ClinicService;
import org.convene.identity.ConveneUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The summary a presenter writes on the clinic's summary page once the clinic has ended without
 * one (the page itself is the room's, {@link RoomPages}). A plain form post that answers with the
 * page again, so it works without JavaScript; a refusal comes back as the page's alert.
 */
@Controller
class SummaryPages {

    private final ClinicService clinics;

    SummaryPages(ClinicService clinics) {
        this.clinics = clinics;
    }

    /**
     * The presenter's summary form, as the room and the summary page send it.
     *
     * @param takeaways one takeaway per line; blank lines are ignored
     * @param adopted   ids of the advice the presenter will act on
     * @param followUpOn the follow-up date, or null for six weeks from the summary
     */
    record SummaryForm(@Nullable String takeaways, @Nullable List<Long> adopted, @Nullable LocalDate followUpOn) {

        List<String> takeawayLines() {
            return takeaways == null ? List.of()
                    : Arrays.stream(takeaways.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        }

        Set<Long> adoptedIds() {
            return adopted == null ? Set.of() : new LinkedHashSet<>(adopted);
        }
    }

    @PostMapping(RoomContract.ROOM + "/summary")
    String summarise(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long clinicId, @ModelAttribute SummaryForm form, RedirectAttributes redirect) {
        clinics.open(communityId, clinicId, user.accountId());
        String summaryPage = "redirect:" + RoomContract.base(communityId, clinicId) + "/summary";
        try {
            clinics.summarise(clinicId, user.accountId(), form.takeawayLines(), form.adoptedIds(), form.followUpOn());
            return summaryPage + "?saved";
        } catch (ClinicRuleException e) {
            redirect.addFlashAttribute("summaryRefused", e.refusal().messageKey());
        } catch (InvalidCaseException e) {
            redirect.addFlashAttribute("summaryRefused", e.messageKey());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("summaryRefused", "clinic.room.invalid");
        }
        return summaryPage;
    }
}
