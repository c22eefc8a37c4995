package kz.kuzet.clock;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** All four clocks of a record as of one instant, with the headline: the earliest due among open clocks. */
public record ClockBoard(Instant at, List<ClockStatus> clocks) {

    public ClockBoard {
        clocks = List.copyOf(clocks);
    }

    public Optional<ClockStatus> headline() {
        return clocks.stream()
                .filter(c -> c.state().isOpen())
                .min(Comparator.comparing(ClockStatus::due));
    }

    public ClockStatus get(ClockName name) {
        return clocks.stream().filter(c -> c.name() == name).findFirst().orElseThrow();
    }
}
