package kz.kuzet.security;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import kz.kuzet.app.Kuzet;
import kz.kuzet.testing.TestEngine;

/** One small demo world per engine, shared by a test class's read-only tests; close it in @AfterAll. */
final class SharedDemo implements AutoCloseable {
    private final Map<TestEngine, Kuzet> opened = new EnumMap<>(TestEngine.class);
    private final Clock clock = Clock.fixed(DemoFixture.NOW, ZoneOffset.UTC);

    private final Map<String, Actor> actors = new java.util.HashMap<>();

    synchronized Kuzet on(TestEngine engine) {
        return opened.computeIfAbsent(engine, e -> DemoFixture.open(e, clock));
    }

    /** The demo user, logged in for real once per engine (the hash is slow on purpose). */
    synchronized Actor actor(TestEngine engine, String user) {
        Kuzet kuzet = on(engine);
        return actors.computeIfAbsent(engine + "/" + user, k -> DemoFixture.logIn(kuzet, user));
    }

    @Override
    public synchronized void close() {
        opened.values().forEach(Kuzet::close);
        opened.clear();
    }
}
