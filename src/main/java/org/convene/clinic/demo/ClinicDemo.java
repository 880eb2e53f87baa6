package org.convene.clinic.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.convene.clinic.AdviceOutcome;
import org.convene.clinic.AdviceStory;
import org.convene.clinic.CaseKind;
import org.convene.clinic.ContributionKind;
import org.convene.clinic.Variation;
import org.convene.clinic.cases.AdviceVerdict;
import org.convene.clinic.cases.CaseContent;
import org.convene.clinic.cases.CaseStore;
import org.convene.clinic.cases.FollowUpReport;
import org.convene.clinic.cases.ImageType;
import org.convene.clinic.followup.FollowUpService;
import org.convene.clinic.protocol.AgendaPlanner;
import org.convene.clinic.session.ClinicSession;
import org.convene.clinic.session.ClinicStore;
import org.convene.clinic.session.ContributionDraft;
import org.convene.community.DemoCommunitySeeded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Demo clinics for the demo community, so a newcomer sees every state: Chloé's ready case
 * with its visual and two related experiences, Dev's clinic scheduled for later today
 * (facilitated by Ben), and Elena's clinic held three days ago with its takeaways and adopted
 * advice (facilitated by Grace), whose follow-up Elena has filed (Hugo and Inés are told how
 * their advice worked out), and Ana's clinic of seven weeks ago whose follow-up is due. Seeded when
 * the demo community is ({@code --convene.demo=true}).
 */
@Component
class ClinicDemo {

    private static final Logger log = LoggerFactory.getLogger(ClinicDemo.class);
    private static final String DOMAIN = "@demo.convene.test";

    private final CaseStore cases;
    private final ClinicStore clinics;
    private final FollowUpService followUps;
    private final Clock clock;

    ClinicDemo(CaseStore cases, ClinicStore clinics, FollowUpService followUps, Clock clock) {
        this.cases = cases;
        this.clinics = clinics;
        this.followUps = followUps;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DemoCommunitySeeded seeded) {
        Map<String, Long> people = seeded.memberIdsByEmail();
        long community = seeded.communityId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        // A ready case, with its visual and two members who have been there.
        long handover = cases.insertDraft(community, id(people, "chloe"), new CaseContent(
                "Night-shift handovers lose open alarms",
                "Our plant runs two 12-hour shifts. At 6:00 the night operator hands over to the day operator "
                        + "in about ten minutes, often while alarms are still active. Twice this quarter an alarm "
                        + "acknowledged at night was never followed up by day: once a chlorine dosing pump ran "
                        + "dry for three hours. We have a paper handover sheet, but it is filled in at the end "
                        + "of a long night and rarely read.",
                "How can we make sure no open alarm is lost at the 6:00 shift handover?", CaseKind.CHALLENGE,
                LocalDate.ofInstant(now, ZoneOffset.UTC).plusWeeks(3)), now);
        var ready = cases.find(handover).orElseThrow();
        ready.clinicCase().markReady();
        ready.clinicCase().markRelatedExperience(id(people, "kemi"));
        ready.clinicCase().markRelatedExperience(id(people, "hugo"));
        cases.save(ready, now);
        cases.saveVisual(handover, ImageType.PNG.contentType(), handoverVisual(), now);

        // A clinic later today.
        long mains = cases.insertDraft(community, id(people, "dev"), new CaseContent(
                "Which mains to renew first on a shrinking budget?",
                "The harbour network has 140 km of cast-iron mains from the 1960s. Our renewal budget fell "
                        + "by a third this year. We rank pipes by burst history, but the last two big bursts were "
                        + "on pipes ranked low. We have pressure data, soil maps and customer complaints, not yet "
                        + "combined.",
                "Which single criterion should weigh most when we rank mains for renewal this year?",
                CaseKind.CHALLENGE, null), now);
        var mainsCase = cases.find(mains).orElseThrow();
        mainsCase.clinicCase().markReady();
        mainsCase.clinicCase().markRelatedExperience(id(people, "femi"));
        mainsCase.clinicCase().schedule();
        cases.save(mainsCase, now);
        clinics.insert(community, mains, id(people, "dev"), id(people, "ben"), Variation.STANDARD,
                AgendaPlanner.plan(60, 1), now.plus(Duration.ofHours(3)),
                List.of(id(people, "femi"), id(people, "jonas"), id(people, "hugo"), id(people, "luis")),
                id(people, "ana"), now);

        long held = heldClinic(community, people, now);
        fileFollowUp(held, now);
        followUpDueClinic(community, people, now);
        followUps.moveDueFollowUps();
        log.info("Demo clinics seeded: a ready case, a clinic later today, a held clinic with its follow-up filed, "
                + "and a follow-up due");
    }

    /** Elena reports back early: the buddy worked, the labels partly; Hugo and Inés are told. */
    private void fileFollowUp(long caseId, Instant now) {
        var stored = cases.find(caseId).orElseThrow();
        followUps.close(stored, new FollowUpReport(
                "Each new technician now has a named buddy for their first fifty samples, and the labels are "
                        + "pre-printed for two of our three sampling rounds. Rejected samples fell from one in twenty "
                        + "to one in sixty within a month.",
                List.of(new AdviceVerdict(5, AdviceOutcome.WORKED,
                                "The buddies caught most swapped labels before the samples left the site. Thank you!"),
                        new AdviceVerdict(6, AdviceOutcome.PARTLY,
                                "Pre-printing works for planned rounds; ad-hoc samples are still handwritten."))),
                now);
    }

    /**
     * Ana's clinic, held seven weeks ago on a growth area of the benchmarking report: its
     * follow-up date has passed, so the start-up check makes it due and reminds her.
     */
    private void followUpDueClinic(long community, Map<String, Long> people, Instant now) {
        long ana = id(people, "ana");
        long grace = id(people, "grace");
        long ben = id(people, "ben");
        long chloe = id(people, "chloe");
        Instant start = now.minus(Duration.ofDays(49)).truncatedTo(ChronoUnit.HOURS);
        long caseId = cases.insertDraft(community, ana, new CaseContent(
                "Members stop coming after their first clinic",
                "Forty people joined the community this year. Half came to one clinic and never returned. Those who "
                        + "stayed had either presented a case or given advice that was taken up.",
                "What would make a newcomer come back for a second clinic?", CaseKind.CHALLENGE, null), null,
                start.minus(Duration.ofDays(5)));
        var stored = cases.find(caseId).orElseThrow();
        stored.clinicCase().markReady();
        stored.clinicCase().schedule();
        cases.save(stored, start);
        long clinicId = clinics.insert(community, caseId, ana, grace, Variation.STANDARD, AgendaPlanner.plan(60, 0),
                start, List.of(ben, chloe), ana, start);
        var clinic = clinics.find(clinicId).orElseThrow();
        ClinicSession session = clinic.session();
        session.start(grace, session.stepRevision(), start);
        session.post(ana, ContributionDraft.of(ContributionKind.FRAMING,
                "Newcomers who do not speak in their first clinic rarely come back."), at(start, 4));
        session.advance(grace, session.stepRevision(), at(start, 10));
        session.skipSharing(grace, session.stepRevision(), at(start, 24));
        session.post(ben, ContributionDraft.of(ContributionKind.ADVICE,
                "Ask each newcomer to bring one question to their first clinic, and give them the floor early."),
                at(start, 27));
        session.post(chloe, ContributionDraft.of(ContributionKind.ADVICE,
                "Pair every newcomer with a member from another unit for their first three clinics."), at(start, 31));
        session.advance(grace, session.stepRevision(), at(start, 40));
        session.post(ana, ContributionDraft.of(ContributionKind.TAKEAWAY,
                "Being heard in the first clinic is what brings people back."), at(start, 42));
        session.end(grace, session.stepRevision(), at(start, 46));
        session.clearDomainEvents();
        clinics.save(clinic, at(start, 46));
        stored = cases.find(caseId).orElseThrow();
        LocalDate heldOn = LocalDate.ofInstant(start, ZoneOffset.UTC);
        stored.clinicCase().hold(session, heldOn, Set.of(2L, 3L), heldOn.plusWeeks(6));
        cases.save(stored, at(start, 46));
    }

    private long heldClinic(long community, Map<String, Long> people, Instant now) {
        long elena = id(people, "elena");
        long grace = id(people, "grace");
        long ines = id(people, "ines");
        long hugo = id(people, "hugo");
        long kemi = id(people, "kemi");
        Instant start = now.minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        long caseId = cases.insertDraft(community, elena, new CaseContent(
                "New technicians make sampling errors",
                "Our lab takes 400 samples a week. Since three new technicians joined, one sample in twenty "
                        + "is rejected for a labelling or chain-of-custody error, against one in a hundred before. "
                        + "Training is a two-day course in the first week.",
                "What would most quickly bring new technicians' sampling errors down?", CaseKind.CHALLENGE, null),
                start.minus(Duration.ofDays(7)));
        var stored = cases.find(caseId).orElseThrow();
        stored.clinicCase().markReady();
        stored.clinicCase().markRelatedExperience(ines);
        stored.clinicCase().markRelatedExperience(hugo);
        stored.clinicCase().schedule();
        cases.save(stored, start);
        long clinicId = clinics.insert(community, caseId, elena, grace, Variation.DELAYED_RESPONSE,
                AgendaPlanner.plan(60, 2), start, List.of(ines, hugo, kemi), id(people, "ana"), start);
        var clinic = clinics.find(clinicId).orElseThrow();
        ClinicSession session = clinic.session();
        session.start(grace, session.stepRevision(), start);
        session.post(elena, ContributionDraft.of(ContributionKind.FRAMING,
                "Errors are mostly labels swapped between bottles, and forms signed before the sample is taken."),
                at(start, 3));
        session.advance(grace, session.stepRevision(), at(start, 8));
        session.post(kemi, ContributionDraft.of(ContributionKind.QUESTION,
                "Who checks a new technician's first samples?"), at(start, 10));
        session.post(elena, ContributionDraft.replyTo(1 + 1, ContributionKind.ANSWER,
                "Nobody in particular: whoever is in the lab that day."), at(start, 12));
        session.advance(grace, session.stepRevision(), at(start, 22));
        session.post(ines, ContributionDraft.of(ContributionKind.STORY,
                "At the desalination plant we had the same after a hiring wave."), at(start, 24));
        session.advance(grace, session.stepRevision(), at(start, 28));
        session.post(hugo, new ContributionDraft(ContributionKind.ADVICE,
                "Pair each new technician with one named buddy for their first fifty samples.", null,
                new AdviceStory("Our new planners got maintenance orders wrong.",
                        "I gave each one a named buddy who signed off their first orders.",
                        "Errors fell to the team's usual level within a month.")), at(start, 30));
        session.post(ines, ContributionDraft.of(ContributionKind.ADVICE,
                "Pre-print the labels from the sampling plan, so nothing is handwritten in the field."),
                at(start, 33));
        session.post(kemi, ContributionDraft.replyTo(5, ContributionKind.COMMENT,
                "The buddy also learns: our seniors found two of their own shortcuts that way."), at(start, 36));
        session.advance(grace, session.stepRevision(), at(start, 44));
        session.post(elena, ContributionDraft.of(ContributionKind.TAKEAWAY,
                "The course is not the problem: the first weeks in the field are."), at(start, 45));
        session.post(elena, ContributionDraft.of(ContributionKind.TAKEAWAY,
                "A named buddy and pre-printed labels, starting Monday."), at(start, 47));
        session.end(grace, session.stepRevision(), at(start, 50));
        session.clearDomainEvents();
        clinics.save(clinic, at(start, 50));
        stored = cases.find(caseId).orElseThrow();
        stored.clinicCase().hold(session, LocalDate.ofInstant(start, ZoneOffset.UTC), Set.of(5L, 6L), null);
        cases.save(stored, at(start, 50));
        return caseId;
    }

    private static Instant at(Instant start, int minutes) {
        return start.plus(Duration.ofMinutes(minutes));
    }

    private static long id(Map<String, Long> people, String name) {
        Long id = people.get(name + DOMAIN);
        if (id == null) {
            throw new IllegalStateException("the demo community has no " + name);
        }
        return id;
    }

    /** A simple diagram of the case, drawn here so the demo needs no binary file: night → handover → day. */
    static byte[] handoverVisual() {
        var image = new BufferedImage(720, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0xF7F5F0));
            g.fillRect(0, 0, 720, 360);
            box(g, 30, 110, 200, 130, new Color(0x2B3A55), "Night shift", "18:00 – 06:00");
            box(g, 490, 110, 200, 130, new Color(0xA55D07), "Day shift", "06:00 – 18:00");
            g.setColor(new Color(0x1F5F5B));
            g.setStroke(new BasicStroke(6));
            g.drawLine(240, 175, 470, 175);
            g.fillPolygon(new int[] {480, 458, 458}, new int[] {175, 162, 188}, 3);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
            g.drawString("06:00 handover", 285, 160);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 17));
            g.drawString("~10 minutes, paper sheet", 268, 205);
            g.setColor(new Color(0xA8322A));
            g.fillOval(320, 250, 22, 22);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            g.drawString("2 open alarms lost this quarter", 350, 268);
            g.setColor(new Color(0x1D2422));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
            g.drawString("Where do open alarms get lost?", 30, 60);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void box(Graphics2D g, int x, int y, int w, int h, Color color, String title, String hours) {
        g.setColor(color);
        g.fillRoundRect(x, y, w, h, 18, 18);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
        g.drawString(title, x + 24, y + 56);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        g.drawString(hours, x + 24, y + 90);
    }
}
