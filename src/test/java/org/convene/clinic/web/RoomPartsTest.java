package org.convene.clinic.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.clinic.session.Clinics.PRESENTER;
import static org.convene.clinic.session.Clinics.T0;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.convene.clinic.CaseKind;
import org.convene.clinic.ContributionKind;
import org.convene.clinic.RoomRole;
import org.convene.clinic.Step;
import org.convene.clinic.Variation;
import org.convene.clinic.cases.CaseContent;
import org.convene.clinic.cases.Cases;
import org.convene.clinic.cases.StoredCase;
import org.convene.clinic.session.ClinicSession;
import org.convene.clinic.session.Clinics;
import org.convene.clinic.session.ContributionDraft;
import org.convene.clinic.session.StoredClinic;
import org.convene.web.Dates;
import org.convene.web.Fragments;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The room's parts as each role sees them, rendered from the real templates and message bundles
 * outside any request, as the room's events are: one render per role shows each role what the
 * protocol lets it do now, and nothing of one person's own.
 */
class RoomPartsTest {

    private static final long MIA = 5;
    private static final CaseContent CONTENT = new CaseContent("Handovers get lost", "Night hands over to day.",
            "How do we keep night-shift handovers complete when the control room is busy?", CaseKind.CHALLENGE, null);

    private final RoomParts parts = new RoomParts(fragments());

    private static Fragments fragments() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/common", "i18n/clinic");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        var beans = new GenericApplicationContext();
        beans.registerBean("dates", Dates.class);
        beans.registerBean("clinicTimes", ClinicTimes.class);
        beans.refresh();
        return new Fragments(engine, beans, new DefaultFormattingConversionService());
    }

    private static StoredClinic stored(ClinicSession session) {
        return Clinics.stored(session, 1, 7, Set.of(MIA));
    }

    private static StoredCase scheduledCase() {
        var clinicCase = Cases.draft(7, PRESENTER, CONTENT);
        clinicCase.markReady();
        clinicCase.schedule();
        return new StoredCase(1, clinicCase, 3, T0, null, null, null, null);
    }

    private Map<RoomPart, String> render(ClinicSession session, RoomRole role, Locale locale) {
        StoredClinic clinic = stored(session);
        return parts.parts(clinic, 3, role, locale, "Europe/London", LocalDate.of(2026, 3, 2),
                () -> ClinicViews.build(clinic, scheduledCase(), id -> new RoomView.Person(id, "Person " + id),
                        role, RoomView.NOBODY, false, List.of()));
    }

    private Map<RoomPart, String> render(ClinicSession session, RoomRole role) {
        return render(session, role, Locale.ENGLISH);
    }

    @Test
    void shouldGiveOnlyTheFacilitatorTheControls() {
        ClinicSession notStarted = Clinics.scheduled();

        assertThat(render(notStarted, RoomRole.FACILITATOR).get(RoomPart.CONTROLS)).contains("Start the clinic");
        assertThat(render(notStarted, RoomRole.MEMBER).get(RoomPart.CONTROLS)).doesNotContain("<button");
        assertThat(render(notStarted, RoomRole.PRESENTER).get(RoomPart.COMPOSER))
                .contains("You can contribute once the clinic has started.");
    }

    @Test
    void shouldLetEachRoleDoWhatTheUnderstandingStepAllowsIt() {
        ClinicSession understanding = Clinics.runningIn(Step.UNDERSTANDING);
        understanding.post(MIA, ContributionDraft.of(ContributionKind.QUESTION, "Who writes the note?"), T0);
        understanding.raiseHand(MIA, T0);

        var member = render(understanding, RoomRole.MEMBER);
        var presenter = render(understanding, RoomRole.PRESENTER);
        var facilitator = render(understanding, RoomRole.FACILITATOR);

        // Members choose what they post, the step's own kind first; advice is offered so that it can be refused.
        assertThat(member.get(RoomPart.COMPOSER)).contains("value=\"QUESTION\" checked").contains("value=\"ADVICE\"");
        assertThat(member.get(RoomPart.CONTRIBUTIONS)).contains("Who writes the note?").doesNotContain("data-reply=");
        assertThat(member.get(RoomPart.QUEUE)).contains("Raise your hand").contains("Lower your hand")
                .doesNotContain("Give the floor");
        // The presenter answers questions, in their thread only.
        assertThat(presenter.get(RoomPart.COMPOSER)).contains("name=\"kind\" value=\"ANSWER\"")
                .doesNotContain("type=\"radio\"");
        assertThat(presenter.get(RoomPart.CONTRIBUTIONS)).contains("data-reply-kind=\"ANSWER\"");
        assertThat(presenter.get(RoomPart.QUEUE)).doesNotContain("Raise your hand");
        // The facilitator gives the floor, lowers hands and clears the queue.
        assertThat(facilitator.get(RoomPart.QUEUE)).contains("Give the floor to Person 5")
                .contains("Lower Person 5&#39;s hand").contains("Clear the queue");
        assertThat(facilitator.get(RoomPart.CONTROLS)).contains("Next: Sharing related experience");
    }

    @Test
    void shouldKeepThePresenterListeningDuringAdviceInTheDelayedResponseVariation() {
        ClinicSession advice = Clinics.runningIn(Step.ADVICE, Variation.DELAYED_RESPONSE);
        advice.post(MIA, ContributionDraft.of(ContributionKind.ADVICE, "Read the alarms aloud."), T0);

        var presenter = render(advice, RoomRole.PRESENTER);
        var member = render(advice, RoomRole.MEMBER);

        assertThat(presenter.get(RoomPart.COMPOSER)).contains("the presenter listens to the advice")
                .doesNotContain("<form");
        assertThat(presenter.get(RoomPart.CONTRIBUTIONS)).doesNotContain("data-reply=");
        assertThat(member.get(RoomPart.CONTRIBUTIONS)).contains("data-reply-kind=\"COMMENT\"");
        assertThat(member.get(RoomPart.COMPOSER)).contains("Tell it as a story");
    }

    @Test
    void shouldMarkEveryPartToReplaceItsNamesakeAndNothingOfOnePersonsOwn() {
        ClinicSession understanding = Clinics.runningIn(Step.UNDERSTANDING);

        render(understanding, RoomRole.MEMBER).forEach((part, html) -> {
            assertThat(html).contains("id=\"" + part.elementId() + "\"").contains("hx-swap-oob=\"true\"");
            assertThat(html).doesNotContain("data-member=\"m" + RoomView.NOBODY + "\"");
        });
    }

    @Test
    void shouldRenderOncePerClinicVersionAndAudience() {
        ClinicSession understanding = Clinics.runningIn(Step.UNDERSTANDING);
        StoredClinic clinic = stored(understanding);
        int[] views = {0};
        java.util.function.Supplier<RoomView> counted = () -> {
            views[0]++;
            return ClinicViews.build(clinic, scheduledCase(), id -> new RoomView.Person(id, "Person " + id),
                    RoomRole.MEMBER, RoomView.NOBODY, false, List.of());
        };

        for (int viewer = 0; viewer < 100; viewer++) {
            parts.parts(clinic, 3, RoomRole.MEMBER, Locale.ENGLISH, "Europe/London", LocalDate.of(2026, 3, 2), counted);
        }

        assertThat(views[0]).isEqualTo(1);
    }

    @Test
    void shouldSpeakTheAudiencesLanguage() {
        ClinicSession understanding = Clinics.runningIn(Step.UNDERSTANDING);

        assertThat(render(understanding, RoomRole.FACILITATOR, Locale.forLanguageTag("es")).get(RoomPart.CONTROLS))
                .contains("Atrás");
        assertThat(render(understanding, RoomRole.FACILITATOR).get(RoomPart.CONTROLS)).contains("Back");
    }

    @Test
    void shouldShowTheLatestThreadsOfALongStepAndOfferTheEarlierOnes() {
        ClinicSession understanding = Clinics.runningIn(Step.UNDERSTANDING);
        int posted = RoomView.THREADS_SHOWN + 5;
        for (int n = 1; n <= posted; n++) {
            understanding.post(MIA, ContributionDraft.of(ContributionKind.QUESTION, "Question number " + n + "?"), T0);
        }

        String contributions = render(understanding, RoomRole.MEMBER).get(RoomPart.CONTRIBUTIONS);

        assertThat(contributions).contains("Question number " + posted + "?", "Question number 6?")
                .doesNotContain("Question number 5?", "Question number 1?")
                .contains("Show 5 earlier contributions", "hx-get=\"/communities/1/clinics/42/room/threads/UNDERSTANDING\"",
                        "id=\"earlier-UNDERSTANDING\"");
        RoomView room = ClinicViews.build(stored(understanding), scheduledCase(),
                id -> new RoomView.Person(id, "Person " + id), RoomRole.MEMBER, RoomView.NOBODY, false, List.of());
        assertThat(room.earlier(Step.UNDERSTANDING)).extracting(thread -> thread.item().text())
                .containsExactly("Question number 1?", "Question number 2?", "Question number 3?",
                        "Question number 4?", "Question number 5?");
    }
}
