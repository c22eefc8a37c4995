package kz.kuzet.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kuzet.clock.ClockBoard;
import kz.kuzet.clock.ClockStatus;

/** The JSON shape of a record's clocks: {"headline": NAME|null, "clocks": [...]}. */
final class ClockJson {
    private ClockJson() {
    }

    static Map<String, Object> board(ClockBoard board) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("headline", board.headline().map(c -> c.name().id()).orElse(null));
        m.put("clocks", board.clocks().stream().map(ClockJson::clock).toList());
        return m;
    }

    static List<Map<String, Object>> clocks(ClockBoard board) {
        return board.clocks().stream().map(ClockJson::clock).toList();
    }

    static Map<String, Object> clock(ClockStatus c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name().id());
        m.put("start", c.start() == null ? null : c.start().toString());
        m.put("due", c.due() == null ? null : c.due().toString());
        m.put("state", c.state().id());
        m.put("remaining_seconds", c.remainingSeconds());
        return m;
    }
}
