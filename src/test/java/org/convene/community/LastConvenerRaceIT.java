package org.convene.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.convene.testing.ConveneIntegrationTest;
import org.convene.web.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Two conveners, each demoting the other at the same moment: one change goes through, the other
 * is refused because it would leave the community without a convener. Repeated, since a race
 * shows only some of the time.
 */
@ConveneIntegrationTest
@Import(MembersFixtures.class)
class LastConvenerRaceIT {

    private static final int ROUNDS = 10;

    @Autowired
    MembersFixtures fixtures;
    @Autowired
    MemberService service;

    @Test
    void shouldAlwaysLeaveAConvenerWhenTwoDemoteEachOtherAtOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                var carla = fixtures.account("Carla Convener");
                var community = fixtures.community(carla);
                var cole = fixtures.join(community, carla, fixtures.account("Cole Convener"), Role.CONVENER);
                var carlaMember = fixtures.membership(community.id(), carla);
                var barrier = new CyclicBarrier(2);
                List<Future<Boolean>> demotions = new ArrayList<>();
                for (var target : List.of(carlaMember, cole)) {
                    var current = service.get(community.id(), target.memberId());
                    demotions.add(threads.submit(() -> {
                        barrier.await(10, TimeUnit.SECONDS);
                        try {
                            service.assign(community.id(), target.memberId(),
                                    new Assignment(Role.MEMBER, current.unitId(), current.version()));
                            return true;
                        } catch (ConflictException lastConvener) {
                            return false;
                        }
                    }));
                }
                int done = 0;
                for (var demotion : demotions) {
                    done += demotion.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                long conveners = service.get(community.id(), carlaMember.memberId()).role() == Role.CONVENER ? 1 : 0;
                conveners += service.get(community.id(), cole.memberId()).role() == Role.CONVENER ? 1 : 0;
                assertThat(done).as("round %d: demotions that went through", round).isEqualTo(1);
                assertThat(conveners).as("round %d: conveners left", round).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
