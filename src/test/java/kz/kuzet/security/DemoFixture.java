package kz.kuzet.security;

import java.time.Clock;
import java.time.Instant;
import kz.kuzet.app.Kuzet;
import kz.kuzet.demo.DemoWorld;
import kz.kuzet.testing.TestEngine;

/** A small demo world (with its demo users) on a fresh database of the given engine. */
final class DemoFixture {
    static final Instant NOW = Instant.parse("2026-07-12T05:00:00Z");

    private DemoFixture() {
    }

    static Kuzet open(TestEngine engine, Clock clock) {
        Kuzet kuzet = engine.open(clock);
        new DemoWorld(kuzet, DemoWorld.DEFAULT_SEED, DemoWorld.Size.SMALL).load();
        return kuzet;
    }

    static Actor logIn(Kuzet kuzet, String user) {
        return kuzet.authenticator().logIn(user, DemoUsers.PASSWORD.toCharArray());
    }
}
