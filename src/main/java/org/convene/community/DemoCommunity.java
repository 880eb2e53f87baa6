package org.convene.community;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.convene.identity.Accounts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With {@code --convene.demo=true}, a living community for newcomers to look around in: a dozen
 * members with profiles across a realistic tree of regions, sites and teams. Seeded once. The switch
 * is read when the application runs, not as a bean condition: the build fixes the bean set
 * ahead of time (README, "Start-up"), so a setting must not decide which beans exist.
 */
@Component
class DemoCommunity implements ApplicationRunner {

    static final String PASSWORD = "practice-together";
    static final String DOMAIN = "@demo.convene.test";
    private static final Logger log = LoggerFactory.getLogger(DemoCommunity.class);

    private final Accounts accounts;
    private final CommunityRepository communities;
    private final UnitRepository units;
    private final MemberRepository members;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean enabled;

    DemoCommunity(Accounts accounts, CommunityRepository communities, UnitRepository units, MemberRepository members,
            ApplicationEventPublisher events, Clock clock, @Value("${convene.demo:false}") boolean enabled) {
        this.accounts = accounts;
        this.communities = communities;
        this.units = units;
        this.members = members;
        this.events = events;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || accounts.findByEmail("ana" + DOMAIN).isPresent()) {
            return;
        }
        var community = communities.save(new Community("Water Operations Practice",
                "Operators, engineers and planners of our water utilities learn from each other's real "
                        + "challenges, so every site can run as well as our best one.",
                "What is said in a clinic stays in the clinic.\nWe ask before we advise.\n"
                        + "Everyone is heard: the quietest voice speaks first.\nWe share what we did, not what others should do.",
                Community.joinUnitTypes(List.of("Region", "Site", "Team")), clock.instant()));
        var unitIds = seedUnits(community.id());
        var memberIds = new LinkedHashMap<String, Long>();
        for (var person : PEOPLE) {
            var account = accounts.register(person.email(), person.name(), PASSWORD);
            var member = new Member(community.id(), account.id(), person.role(), person.name(), person.timeZone(),
                    clock.instant());
            member.editProfile(person.name(), person.jobRole(), person.timeZone(), person.languages(), person.bio(),
                    person.tags());
            member.placeIn(unitIds.get(person.unit()));
            var saved = members.save(member);
            memberIds.put(person.email(), saved.id());
            events.publishEvent(new MemberJoined(community.id(), saved.id(), account.id(), person.role()));
        }
        events.publishEvent(new DemoCommunitySeeded(community.id(), memberIds, unitIds, TEAMS));
        log.info("Demo community seeded: sign in as ana{} (convener) with password {}", DOMAIN, PASSWORD);
    }

    private Map<String, Long> seedUnits(long communityId) {
        var ids = new LinkedHashMap<String, Long>();
        for (var unit : UNITS) {
            var parentId = unit.parent() == null ? null : ids.get(unit.parent());
            ids.put(unit.name(), units.save(new Unit(communityId, parentId, unit.name(), unit.type())).id());
        }
        return ids;
    }

    private record DemoUnit(String name, String type, @Nullable String parent) {
    }

    private record Person(String email, String name, Role role, String unit, String jobRole, String timeZone,
            String languages, List<String> tags, String bio) {

        Person {
            email = email + DOMAIN;
        }
    }

    private static final List<DemoUnit> UNITS = List.of(
            new DemoUnit("North Region", "Region", null),
            new DemoUnit("South Region", "Region", null),
            new DemoUnit("Riverside Plant", "Site", "North Region"),
            new DemoUnit("Lakeside Plant", "Site", "North Region"),
            new DemoUnit("Harbour Plant", "Site", "South Region"),
            new DemoUnit("Riverside Treatment", "Team", "Riverside Plant"),
            new DemoUnit("Riverside Networks", "Team", "Riverside Plant"),
            new DemoUnit("Lakeside Treatment", "Team", "Lakeside Plant"),
            new DemoUnit("Harbour Treatment", "Team", "Harbour Plant"),
            new DemoUnit("Harbour Networks", "Team", "Harbour Plant"));

    private static final List<String> TEAMS = List.of("Riverside Treatment", "Riverside Networks",
            "Lakeside Treatment", "Harbour Treatment", "Harbour Networks");

    private static final List<Person> PEOPLE = List.of(
            new Person("ana", "Ana Lima", Role.CONVENER, "North Region", "Community manager", "Europe/Lisbon",
                    "Portuguese, English, Spanish", List.of("community building", "facilitation"),
                    "I convene this community and keep our clinics a safe space."),
            new Person("ben", "Ben Okafor", Role.FACILITATOR, "Riverside Treatment", "Process engineer",
                    "Europe/London", "English", List.of("facilitation", "filtration", "root cause analysis"),
                    "Twelve years in treatment; I facilitate our monthly case clinics."),
            new Person("chloe", "Chloé Martin", Role.MEMBER, "Lakeside Treatment", "Plant operator", "Europe/Paris",
                    "French, English", List.of("chlorination", "shift handover"),
                    "Night-shift lead; interested in how other plants do handovers."),
            new Person("dev", "Dev Patel", Role.MEMBER, "Harbour Networks", "Network planner", "Europe/London",
                    "English, Gujarati", List.of("leak detection", "asset planning"),
                    "I plan renewals for the harbour network and love a good data set."),
            new Person("elena", "Elena García", Role.MEMBER, "Harbour Treatment", "Laboratory lead", "Europe/Madrid",
                    "Spanish, English", List.of("water quality", "sampling"),
                    "Our lab tests 400 samples a week; ask me about sampling plans."),
            new Person("femi", "Femi Adeyemi", Role.MEMBER, "Riverside Networks", "Field supervisor", "Africa/Lagos",
                    "English, Yoruba", List.of("leak detection", "crew safety"),
                    "Field crews, safety briefings and night repairs."),
            new Person("grace", "Grace Kim", Role.FACILITATOR, "South Region", "Regional operations manager",
                    "Asia/Seoul", "Korean, English", List.of("performance management", "facilitation"),
                    "I look after five sites and their people."),
            new Person("hugo", "Hugo Schmidt", Role.MEMBER, "Lakeside Plant", "Maintenance planner", "Europe/Berlin",
                    "German, English", List.of("predictive maintenance", "asset planning"),
                    "Vibration analysis convert; happy to share our pump programme."),
            new Person("ines", "Inés Rojas", Role.MEMBER, "Riverside Treatment", "Process technician",
                    "America/Bogota", "Spanish", List.of("filtration", "chemical dosing"),
                    "Joined last year from a desalination plant."),
            new Person("jonas", "Jonas Berg", Role.MEMBER, "Harbour Plant", "Energy engineer", "Europe/Stockholm",
                    "Swedish, English", List.of("energy efficiency", "pumping"),
                    "Cutting the kWh per cubic metre, one pump at a time."),
            new Person("kemi", "Kemi Ola", Role.MEMBER, "Lakeside Treatment", "Control room operator", "Europe/London",
                    "English", List.of("SCADA", "alarm management", "shift handover"),
                    "Alarm floods are my nemesis."),
            new Person("luis", "Luis Moreno", Role.MEMBER, "South Region", "Customer service lead", "Europe/Madrid",
                    "Spanish, English", List.of("customer communication", "incident response"),
                    "I make sure customers hear from us before they call us."));
}
